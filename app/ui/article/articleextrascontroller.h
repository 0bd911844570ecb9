#pragma once

#include <QObject>

namespace Models {
class DatabaseWorker;
}
namespace Net {
class FeedFetcher;
}
namespace Reading {
class CommentThread;
}

namespace Ui {

class ArticlePane;

/// Fetches what the reading page shows besides the stored story: related articles and more
/// from the same source (queried on the database worker), and the comment feed when the
/// person asks for it. Results for an article that is no longer shown are dropped by the pane.
class ArticleExtrasController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleExtrasController)

public:
    static constexpr int RelatedCount = 6;
    static constexpr int MoreFromSourceCount = 4;

    /// \a fetcher is shared with the rest of the window and must outlive this object.
    ArticleExtrasController(ArticlePane *pane, Models::DatabaseWorker *worker,
                            Net::FeedFetcher *fetcher, QObject *parent = nullptr);

private:
    void onLoadStarted(qint64 articleId);
    void loadComments(qint64 articleId);

    ArticlePane *m_pane = nullptr;
    Models::DatabaseWorker *m_worker = nullptr;
    Reading::CommentThread *m_comments = nullptr;
    qint64 m_relatedFor = 0;
    qint64 m_commentsFor = 0;
};

} // namespace Ui
