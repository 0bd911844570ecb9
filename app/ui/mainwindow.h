#pragma once

#include "models/modelsfwd.h"
#include "refresh/refreshtypes.h"
#include "ui/windowlayout.h"

#include <QHash>
#include <QMainWindow>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QSplitter;
class QToolBar;

namespace Storage {
class Library;
class SearchIndexService;
} // namespace Storage

namespace Ui {

class AiCardController;
class ArticleCommands;
class ArticleExtrasController;
class ArticleListPane;
class ArticlePane;
class BriefingController;
class LibraryMaintenance;
class MainActions;
class MainStatusBar;
class PaneArrangement;
class ReadingController;
class RefreshController;
class RulesController;
class SelectionController;
class SourcePane;
class SubscriptionController;
class SyncController;
class TrayController;

/// Sources on the left, the article list in the middle, the article on the right, or another
/// layout of the same panes (PaneArrangement). The window only assembles its parts (actions,
/// panes, controllers, status bar) and connects them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Storage::Library &library, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] bool isShowingEmptyState() const;

    /// Feeds, OPML files and feed: links handed over by the file manager, the browser or a
    /// second launch: asks for each whether to subscribe or import, then emits
    /// subscribeRequested() or importOpmlFileRequested().
    void openTargets(const QStringList &targets);
    /// Shows the window in front of the others (a second launch asked for it).
    void bringToFront();

    // The parts, for tests and the benchmark.
    [[nodiscard]] MainActions *actions() const { return m_actions; }
    [[nodiscard]] SelectionController *selection() const { return m_selection; }
    [[nodiscard]] ReadingController *reading() const { return m_reading; }
    [[nodiscard]] RefreshController *refresh() const { return m_refresh; }
    [[nodiscard]] SubscriptionController *subscriptions() const { return m_subscriptions; }
    [[nodiscard]] Models::SourceTreeModel *sourceModel() const { return m_sourceModel; }
    [[nodiscard]] Models::ArticleListModel *articleModel() const { return m_articleModel; }
    [[nodiscard]] Models::DatabaseWorker *worker() const { return m_worker; }
    [[nodiscard]] ArticleListPane *listPane() const { return m_listPane; }
    [[nodiscard]] ArticlePane *articlePane() const { return m_articlePane; }
    [[nodiscard]] BriefingController *briefing() const { return m_briefing; }
    [[nodiscard]] TrayController *tray() const { return m_tray; }
    [[nodiscard]] SyncController *sync() const { return m_sync; }
    [[nodiscard]] MainStatusBar *mainStatusBar() const { return m_statusBar; }
    [[nodiscard]] PaneArrangement *panes() const { return m_panes; }
    /// Reads folders, sources and counts again (on the worker) into the tree.
    void reloadTree();

signals:
    void addSourceRequested();
    void importOpmlRequested();
    /// The person agreed to subscribe to \a feedUrl (http(s), or a local feed file).
    void subscribeRequested(const QUrl &feedUrl);
    /// The person agreed to import the OPML file at \a path.
    void importOpmlFileRequested(const QString &path);
    /// The tree holds the library's folders and sources.
    void treeLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createModels();
    void createMaintenance();
    /// A warning that does not stop the window (the box closes itself).
    void showWarning(const QString &title, const QString &message);
    void createPanes();
    void createControllers();
    void connectActions();
    void connectControllers();
    void restorePlace();
    void updateEmptyState();
    void applySettings();
    void updateArticleActions();
    /// The layout remembered for \a view, shown and checked in the View menu.
    void showLayoutOf(const Models::ViewKey &view);
    void onRefreshFinished(const Refresh::Summary &summary, const QHash<qint64, int> &addedBySource,
                           bool background);
    void showSettings();
    /// A rule, mute word or tag changed articles: the tree's counts and the list follow.
    void followRuleChanges();
    void showShortcuts();
    void showAbout();
    void openUrl(const QUrl &url);
    void quit();

    Storage::Library &m_library;
    WindowLayout m_layout;
    QNetworkAccessManager *m_network = nullptr;
    Models::DatabaseWorker *m_worker = nullptr;
    Storage::SearchIndexService *m_searchIndex = nullptr; ///< None for a read-only library.
    LibraryMaintenance *m_maintenance = nullptr;
    Models::SourceTreeModel *m_sourceModel = nullptr;
    Models::ArticleListModel *m_articleModel = nullptr;
    Models::ImageStore *m_favicons = nullptr;
    Models::ImageStore *m_thumbnails = nullptr;

    MainActions *m_actions = nullptr;
    PaneArrangement *m_panes = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    SourcePane *m_sourcePane = nullptr;
    ArticleListPane *m_listPane = nullptr;
    ArticlePane *m_articlePane = nullptr;
    MainStatusBar *m_statusBar = nullptr;

    SelectionController *m_selection = nullptr;
    RulesController *m_rules = nullptr;
    ReadingController *m_reading = nullptr;
    RefreshController *m_refresh = nullptr;
    SubscriptionController *m_subscriptions = nullptr;
    ArticleExtrasController *m_articleExtras = nullptr;
    ArticleCommands *m_articleCommands = nullptr;
    AiCardController *m_aiCard = nullptr;
    BriefingController *m_briefing = nullptr;
    TrayController *m_tray = nullptr;
    SyncController *m_sync = nullptr;
    bool m_quitting = false;
    bool m_painted = false;
};

} // namespace Ui
