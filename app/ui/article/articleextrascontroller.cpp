#include "ui/article/articleextrascontroller.h"

#include "models/databaseworker.h"
#include "net/feedfetcher.h"
#include "reading/commentthread.h"
#include "reading/fullarticleloader.h"
#include "reading/relatedarticles.h"
#include "storage/library.h"
#include "storage/sourcerepository.h"
#include "ui/article/articledisplay.h"

#include <algorithm>

namespace Ui {

namespace {

struct RelatedCards
{
    QList<Reading::ArticleCard> related;
    QList<Reading::ArticleCard> moreFromSource;
};

} // namespace

ArticleExtrasController::ArticleExtrasController(Storage::Library &library, ArticleDisplay *display,
                                                 Models::DatabaseWorker *worker,
                                                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_library(library), m_display(display), m_worker(worker),
      m_comments(new Reading::CommentThread(new Net::FeedFetcher(network, {}, this), this)),
      m_fullArticles(new Reading::FullArticleLoader(library.database().connection(), network, this))
{
    connect(m_fullArticles, &Reading::FullArticleLoader::loaded, this,
            [this](qint64 articleId, const QString &html) {
                m_display->setFullArticle(articleId, html);
            });
    connect(m_fullArticles, &Reading::FullArticleLoader::failed, this,
            [this](qint64 articleId, const QString &message) {
                m_display->setFullArticleFailed(articleId, message);
            });
    connect(m_comments, &Reading::CommentThread::loaded, this,
            [this](const QList<Reading::Comment> &comments) {
                Pages::CommentsState state;
                state.stage = Pages::CommentsState::Stage::Loaded;
                state.comments = comments;
                m_display->setComments(m_commentsFor, state);
            });
    connect(m_comments, &Reading::CommentThread::failed, this, [this](const QString &message) {
        Pages::CommentsState state;
        state.stage = Pages::CommentsState::Stage::Failed;
        state.error = message;
        m_display->setComments(m_commentsFor, state);
    });
}

void ArticleExtrasController::onLoadStarted(qint64 articleId)
{
    // The page is shown again after a full article or a style change: the cards stay valid.
    if (articleId == m_relatedFor)
        return;
    m_relatedFor = articleId;
    // 0: the daily briefing, which has neither cards nor a full article.
    if (articleId == 0)
        return;
    const Storage::Article &article = m_display->article();
    if (article.fullContent.isEmpty() && sourceWantsFullArticles(article.row.sourceId))
        m_display->requestFullArticle();
    m_worker->run<RelatedCards>(
        this,
        [articleId](const QSqlDatabase &database) {
            return RelatedCards{Reading::RelatedArticles::find(database, articleId, RelatedCount),
                                Reading::RelatedArticles::moreFromSource(
                                    database, articleId, MoreFromSourceCount + RelatedCount)};
        },
        [this, articleId](const RelatedCards &cards) {
            // A card shows once: more from the source leaves out what is already related.
            QList<Reading::ArticleCard> more = cards.moreFromSource;
            more.removeIf([&cards](const Reading::ArticleCard &card) {
                return std::any_of(cards.related.cbegin(), cards.related.cend(),
                                   [&card](const auto &related) { return related.id == card.id; });
            });
            m_display->setRelated(articleId, cards.related, more.mid(0, MoreFromSourceCount));
        });
}

void ArticleExtrasController::loadFullArticle(qint64 articleId)
{
    m_display->setFullArticleLoading(articleId);
    m_fullArticles->load(articleId);
}

bool ArticleExtrasController::sourceWantsFullArticles(qint64 sourceId) const
{
    if (sourceId == 0)
        return false;
    const std::optional<Storage::Source> source =
        Storage::SourceRepository(m_library.database().connection()).find(sourceId);
    return source && source->loadFullArticle;
}

void ArticleExtrasController::loadComments(qint64 articleId)
{
    const QUrl feed(m_display->article().commentFeedUrl);
    if (articleId != m_display->article().row.id || !feed.isValid())
        return;
    m_commentsFor = articleId;
    Pages::CommentsState loading;
    loading.stage = Pages::CommentsState::Stage::Loading;
    m_display->setComments(articleId, loading);
    m_comments->load(feed);
}

} // namespace Ui
