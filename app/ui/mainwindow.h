#pragma once

#include <QMainWindow>
#include <QStringList>
#include <QUrl>

class QAction;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace Storage {
class Library;
}

namespace Ui {

class ArticlePane;
class EmptyStateWidget;

/// Sources on the left, the article list in the middle, the article on the right.
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

signals:
    void addSourceRequested();
    void importOpmlRequested();
    /// The person agreed to subscribe to \a feedUrl (http(s), or a local feed file).
    void subscribeRequested(const QUrl &feedUrl);
    /// The person agreed to import the OPML file at \a path.
    void importOpmlFileRequested(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanes();
    void createActions();
    void createMenus();
    void createToolBar();
    void restoreLayout();
    void saveLayout();
    void updateEmptyState();
    void showSettings();
    void showAbout();

    Storage::Library &m_library;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_sourceTree = nullptr;
    QStackedWidget *m_listStack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QTreeView *m_articleList = nullptr;
    ArticlePane *m_articlePane = nullptr;

    QAction *m_addSourceAction = nullptr;
    QAction *m_importOpmlAction = nullptr;
    QAction *m_exportOpmlAction = nullptr;
    QAction *m_refreshAllAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_showToolBarAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_toggleReadAction = nullptr;
    QAction *m_toggleBookmarkAction = nullptr;
    QAction *m_openInBrowserAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Ui
