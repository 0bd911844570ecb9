#include "articleextrascontroller.h"

#include "articlepane.h"
#include "databaseworker.h"
#include "net/feedfetcher.h"
#include "reading/commentthread.h"
#include "reading/fullarticleloader.h"
#include "reading/relatedarticles.h"
#include "storage/library.h"
#include "storage/sourcerepository.h"

#include <algorithm>

namespace Ui {

namespace {

struct RelatedCards
{
    QList<Reading::ArticleCard> related;
    QList<Reading::ArticleCard> moreFromSource;
};

} // namespace

ArticleExtrasController::ArticleExtrasController(Storage::Library &library, ArticlePane *pane,
                                                 Models::DatabaseWorker *worker,
                                                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_library(library), m_pane(pane), m_worker(worker),
      m_comments(new Reading::CommentThread(new Net::FeedFetcher(network, {}, this), this)),
      m_fullArticles(new Reading::FullArticleLoader(library.database().connection(), network, this))
{
    connect(m_pane, &ArticlePane::fullArticleRequested, this,
            &ArticleExtrasController::loadFullArticle);
    connect(m_fullArticles, &Reading::FullArticleLoader::loaded, m_pane,
            &ArticlePane::setFullArticle);
    connect(m_fullArticles, &Reading::FullArticleLoader::failed, m_pane,
            &ArticlePane::setFullArticleFailed);
    connect(m_pane, &ArticlePane::loadStarted, this, &ArticleExtrasController::onLoadStarted);
    connect(m_pane, &ArticlePane::commentsRequested, this, &ArticleExtrasController::loadComments);
    connect(m_comments, &Reading::CommentThread::loaded, this,
            [this](const QList<Reading::Comment> &comments) {
                Models::CommentsState state;
                state.stage = Models::CommentsState::Stage::Loaded;
                state.comments = comments;
                m_pane->setComments(m_commentsFor, state);
            });
    connect(m_comments, &Reading::CommentThread::failed, this, [this](const QString &message) {
        Models::CommentsState state;
        state.stage = Models::CommentsState::Stage::Failed;
        state.error = message;
        m_pane->setComments(m_commentsFor, state);
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
    const Storage::Article &article = m_pane->article();
    if (article.fullContent.isEmpty() && sourceWantsFullArticles(article.row.sourceId))
        m_pane->requestFullArticle();
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
            m_pane->setRelated(articleId, cards.related, more.mid(0, MoreFromSourceCount));
        });
}

void ArticleExtrasController::loadFullArticle(qint64 articleId)
{
    m_pane->setFullArticleLoading(articleId);
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
    const QUrl feed(m_pane->article().commentFeedUrl);
    if (articleId != m_pane->articleId() || !feed.isValid())
        return;
    m_commentsFor = articleId;
    Models::CommentsState loading;
    loading.stage = Models::CommentsState::Stage::Loading;
    m_pane->setComments(articleId, loading);
    m_comments->load(feed);
}

} // namespace Ui
