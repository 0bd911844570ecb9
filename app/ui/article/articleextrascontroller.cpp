#include "articleextrascontroller.h"

#include "articlepane.h"
#include "databaseworker.h"
#include "reading/commentthread.h"
#include "reading/relatedarticles.h"

namespace Ui {

namespace {

struct RelatedCards
{
    QList<Reading::ArticleCard> related;
    QList<Reading::ArticleCard> moreFromSource;
};

} // namespace

ArticleExtrasController::ArticleExtrasController(ArticlePane *pane, Models::DatabaseWorker *worker,
                                                 Net::FeedFetcher *fetcher, QObject *parent)
    : QObject(parent), m_pane(pane), m_worker(worker),
      m_comments(new Reading::CommentThread(fetcher, this))
{
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
    m_worker->run<RelatedCards>(
        this,
        [articleId](const QSqlDatabase &database) {
            return RelatedCards{
                Reading::RelatedArticles::find(database, articleId, RelatedCount),
                Reading::RelatedArticles::moreFromSource(database, articleId, MoreFromSourceCount)};
        },
        [this, articleId](const RelatedCards &cards) {
            m_pane->setRelated(articleId, cards.related, cards.moreFromSource);
        });
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
