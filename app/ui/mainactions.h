#pragma once

#include "ui/windowlayout.h"

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
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
    /// Gives the actions their icons for a light or a dark palette (see ActionIcons).
    void applyIcons(bool darkPalette);

    /// The layout action checked (one of layoutThreePanes, layoutCards, layoutWide).
    [[nodiscard]] PaneLayout checkedLayout() const;
    /// Checks the action of \a layout without a triggered() signal.
    void checkLayout(PaneLayout layout);
    [[nodiscard]] QAction *layoutAction(PaneLayout layout) const;

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
    QAction *layoutThreePanes = nullptr;
    QAction *layoutCards = nullptr;
    QAction *layoutWide = nullptr;
    QActionGroup *layouts = nullptr;
    /// Only the article (F11); leaveFocusMode (Esc) is enabled while it shows.
    QAction *focusMode = nullptr;
    QAction *leaveFocusMode = nullptr;
    QAction *focusSearch = nullptr;
    QAction *nextPane = nullptr;
    QAction *previousPane = nullptr;
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
    QHash<QAction *, QString> m_iconNames;
};

} // namespace Ui
