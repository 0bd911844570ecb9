#pragma once

#include "models/modelsfwd.h"
#include "models/storygroups.h"
#include "models/viewkey.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;
class QTreeView;

namespace Storage {
class Library;
}

namespace Ui {

class ArticleDisplay;
class BriefingController;

/// Ties the three panes together: the view chosen in the source tree fills the article list,
/// the article chosen in the list fills the article pane. It loads a view's ids in two steps
/// (the first screenful at once on the UI thread, the rest on the query worker) and keeps the
/// current article selected through reloads, refreshes and searches.
class SelectionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionController)

public:
    /// The first page, read on the UI thread: enough rows to fill a tall window.
    static constexpr int FirstPageSize = 120;
    /// How far "next unread" looks through the list before moving on to the next source.
    static constexpr int UnreadScanLimit = 2000;

    SelectionController(Storage::Library &library, Models::DatabaseWorker *worker,
                        Models::SourceTreeModel *sources, QTreeView *sourceView,
                        Models::ArticleListModel *articles, QTreeView *articleView,
                        ArticleDisplay *display, QObject *parent = nullptr);

    /// The Daily briefing view's page and articles come from \a briefing (not owned).
    void setBriefing(BriefingController *briefing);

    [[nodiscard]] Models::ViewKey currentView() const { return m_view; }
    [[nodiscard]] QString search() const { return m_search; }
    [[nodiscard]] qint64 currentArticleId() const { return m_articleId; }
    [[nodiscard]] bool isLoading() const { return m_loading; }

    /// Selects a view in the tree and shows its articles.
    void showView(const Models::ViewKey &key);
    /// Selects \a id once the list has it (now, or when the view has loaded).
    void selectArticle(qint64 id);
    /// Shows \a id in the pane: selected in the list when the list has it, else on its own
    /// (a related article from another source), leaving the list as it is.
    void openArticle(qint64 id);
    void setSearch(const QString &text);
    /// Reads the view's ids again and applies the difference (after a refresh).
    void reloadView();
    /// Whether articles of one story show as one row (Storage::StoryRepository); reloads.
    void setCollapseStories(bool collapse);
    [[nodiscard]] bool collapsesStories() const { return m_collapseStories; }

    bool next();
    bool previous();
    /// The next unread article in the list, else the first unread one of the next source.
    bool nextUnread();

signals:
    void viewChanged(const Models::ViewKey &key);
    /// 0 when no article is selected.
    void currentArticleChanged(qint64 id);
    /// The view's complete id list is in the model.
    void viewLoaded(int articleCount);

private:
    void onTreeCurrentChanged(const QModelIndex &current);
    void onListCurrentChanged(const QModelIndex &current);
    enum class LoadMode { NewView, Search, Reload };
    void load(LoadMode mode);
    [[nodiscard]] bool isBriefingView() const;
    void loadBriefing(LoadMode mode);
    /// The list shows the briefing's articles (those the search finds, while searching).
    void applyBriefing(LoadMode mode);
    /// The briefing in the pane, no article selected.
    void showBriefingPage();
    void applyIds(const Models::StoryGroups &groups, LoadMode mode);
    void selectPending();
    void selectRow(int row);
    [[nodiscard]] int currentRow() const;
    void showArticle(qint64 id);

    Storage::Library &m_library;
    Models::DatabaseWorker *m_worker = nullptr;
    Models::SourceTreeModel *m_sources = nullptr;
    QTreeView *m_sourceView = nullptr;
    Models::ArticleListModel *m_articles = nullptr;
    QTreeView *m_articleView = nullptr;
    ArticleDisplay *m_display = nullptr;
    BriefingController *m_briefing = nullptr;

    Models::ViewKey m_view;
    QString m_search;
    qint64 m_articleId = 0;
    qint64 m_pendingArticle = 0;
    bool m_pendingFirstUnread = false;
    bool m_loading = false;
    bool m_collapseStories = true;
    quint64 m_generation = 0;
    QTimer *m_reloadDelay = nullptr;
    QElapsedTimer m_selectionTimer;
};

} // namespace Ui
