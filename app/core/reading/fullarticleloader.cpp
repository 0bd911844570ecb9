#include "reading/fullarticleloader.h"

#include "base/logging.h"
#include "net/feedfetcher.h"
#include "net/weburl.h"
#include "storage/articlerepository.h"
#include "threading/workpool.h"

namespace Reading {

namespace {

// Servers label pages loosely; anything that is plainly not a page (images, PDF, audio) is not
// worth parsing.
bool isPageType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type.isEmpty() || type == "text/html" || type == "application/xhtml+xml" ||
           type == "text/plain" || type == "application/xml" || type == "text/xml";
}

} // namespace

FullArticleLoader::FullArticleLoader(QSqlDatabase database, QNetworkAccessManager *network,
                                     QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    Net::FetchOptions options;
    options.maxBodyBytes = Html::ArticleExtractor::MaxPageBytes;
    m_fetcher = new Net::FeedFetcher(network, options, this);
    connect(m_fetcher, &Net::FeedFetcher::finished, this, &FullArticleLoader::onFetched);
}

FullArticleLoader::~FullArticleLoader() = default;

bool FullArticleLoader::isLoading(qint64 articleId) const
{
    return m_loading.contains(articleId);
}

void FullArticleLoader::load(qint64 articleId)
{
    if (m_loading.contains(articleId))
        return;
    m_loading.insert(articleId);

    Storage::ArticleRepository articles(m_database);
    const std::optional<Storage::Article> article = articles.article(articleId);
    if (!article) {
        finishLater(articleId, {},
                    articles.errorMessage().isEmpty() ? tr("The article no longer exists.")
                                                      : articles.errorMessage());
        return;
    }
    if (!article->fullContent.isEmpty()) {
        finishLater(articleId, article->fullContent, {});
        return;
    }
    const QUrl link(article->row.link);
    if (!Net::isWebUrl(link)) {
        finishLater(articleId, {}, tr("The article has no web page to load."));
        return;
    }
    Net::FetchRequest request;
    request.sourceId = articleId; // echoed back in the result: here it names the article
    request.url = link;
    m_fetcher->fetch(request);
}

void FullArticleLoader::finishLater(qint64 articleId, const QString &html, const QString &error)
{
    QMetaObject::invokeMethod(
        this,
        [this, articleId, html, error] {
            m_loading.remove(articleId);
            if (error.isEmpty())
                emit loaded(articleId, html);
            else
                emit failed(articleId, error);
        },
        Qt::QueuedConnection);
}

void FullArticleLoader::onFetched(const Net::FetchResult &result)
{
    const qint64 articleId = result.sourceId;
    if (!result.ok()) {
        m_loading.remove(articleId);
        emit failed(articleId, result.errorText);
        return;
    }
    if (!isPageType(result.contentType)) {
        m_loading.remove(articleId);
        emit failed(
            articleId,
            tr("The article's link leads to a file of type %1, not to a web page.")
                .arg(QString::fromLatin1(result.contentType.split(';').constFirst().trimmed())));
        return;
    }
    // Parsing a large page takes a while: off this thread, with copies of what it needs.
    WorkPool::run(
        this,
        [body = result.body, url = result.finalUrl, type = result.contentType] {
            return Html::ArticleExtractor::extract(body, url, type);
        },
        [this, articleId](const Html::ExtractedArticle &article) {
            onExtracted(articleId, article);
        });
}

void FullArticleLoader::onExtracted(qint64 articleId, const Html::ExtractedArticle &article)
{
    m_loading.remove(articleId);
    if (!article.ok) {
        emit failed(articleId, article.error);
        return;
    }
    Storage::ArticleRepository articles(m_database);
    // Not being able to keep a copy does not stop the person from reading this one.
    if (!articles.setFullContent(articleId, article.html))
        qCWarning(lcStorage) << "full article" << articleId
                             << "not stored:" << articles.errorMessage();
    emit loaded(articleId, article.html);
}

} // namespace Reading
