#pragma once

#include "models/modelsfwd.h"

#include <QObject>

class QNetworkAccessManager;

namespace Reading {
class CommentThread;
class FullArticleLoader;
} // namespace Reading
namespace Storage {
class Library;
}

namespace Ui {

class ArticleDisplay;

/// Fetches what the reading page shows besides the stored story: related articles and more
/// from the same source (queried on the database worker), the comment feed when the person
/// asks for it, and the full article from its web page when asked or when its source is set
/// to always load it. Results for an article no longer shown are dropped by the pane.
class ArticleExtrasController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleExtrasController)

public:
    static constexpr int RelatedCount = 6;
    static constexpr int MoreFromSourceCount = 4;

    /// \a network is the window's, shared; it must outlive this object.
    ArticleExtrasController(Storage::Library &library, ArticleDisplay *display,
                            Models::DatabaseWorker *worker, QNetworkAccessManager *network,
                            QObject *parent = nullptr);

    // The display's requests, connected by the window.
    /// The display started showing the page of \a articleId (0: a page of no article).
    void onLoadStarted(qint64 articleId);
    void loadComments(qint64 articleId);
    void loadFullArticle(qint64 articleId);

private:
    [[nodiscard]] bool sourceWantsFullArticles(qint64 sourceId) const;

    Storage::Library &m_library;
    ArticleDisplay *m_display = nullptr;
    Models::DatabaseWorker *m_worker = nullptr;
    Reading::CommentThread *m_comments = nullptr;
    Reading::FullArticleLoader *m_fullArticles = nullptr;
    qint64 m_relatedFor = 0;
    qint64 m_commentsFor = 0;
};

} // namespace Ui
