#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace Ui {

/// Every command of the main window as a QAction, with its shortcuts; menus, the toolbar, the
/// tray and the keyboard-shortcuts list all show these same actions.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    /// The actions are added to \a window so that their shortcuts work wherever focus is.
    explicit MainActions(QWidget *window);

    /// The actions with shortcuts, in the order the help lists them.
    [[nodiscard]] QList<QAction *> shortcutActions() const;
    /// Enables the actions that act on the selected article.
    void setArticleActionsEnabled(bool enabled);

    // File
    QAction *addSource = nullptr;
    QAction *addFolder = nullptr;
    QAction *importOpml = nullptr;
    QAction *exportOpml = nullptr;
    QAction *exportBookmarks = nullptr;
    QAction *refreshAll = nullptr;
    QAction *quit = nullptr;
    // View
    QAction *showToolBar = nullptr;
    QAction *fullScreen = nullptr;
    QAction *compactList = nullptr;
    QAction *focusSearch = nullptr;
    // Article
    QAction *next = nullptr;
    QAction *previous = nullptr;
    QAction *nextUnread = nullptr;
    QAction *scrollOrNext = nullptr;
    QAction *toggleRead = nullptr;
    QAction *toggleBookmark = nullptr;
    QAction *openInBrowser = nullptr;
    QAction *copyLink = nullptr;
    QAction *shareByEmail = nullptr;
    QAction *loadFullArticle = nullptr;
    QAction *tagArticle = nullptr;
    QAction *muteWords = nullptr;
    QAction *print = nullptr;
    QAction *saveAsPdf = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *resetZoom = nullptr;
    QAction *markAllRead = nullptr;
    QAction *undo = nullptr;
    // Settings and help
    QAction *settings = nullptr;
    QAction *keyboardShortcuts = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

private:
    QAction *make(const QString &text, const QString &objectName,
                  const QList<QKeySequence> &shortcuts = {}, const QString &iconName = {});

    QWidget *m_window = nullptr;
};

} // namespace Ui
