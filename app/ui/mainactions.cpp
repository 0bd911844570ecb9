#include "ui/mainactions.h"

#include "ui/actionicons.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QWidget>

namespace Ui {

MainActions::MainActions(QWidget *window) : QObject(window), m_window(window)
{
    addSource = make(tr("&Add Source…"), QStringLiteral("addSourceAction"), {QKeySequence::New},
                     QStringLiteral("list-add"));
    addFolder = make(tr("New &Folder…"), QStringLiteral("addFolderAction"), {},
                     QStringLiteral("folder-new"));
    importOpml = make(tr("&Import OPML…"), QStringLiteral("importOpmlAction"), {},
                      QStringLiteral("document-import"));
    exportOpml = make(tr("&Export OPML…"), QStringLiteral("exportOpmlAction"), {},
                      QStringLiteral("document-export"));
    exportBookmarks = make(tr("Export &Bookmarks…"), QStringLiteral("exportBookmarksAction"));
    refreshAll =
        make(tr("&Refresh All"), QStringLiteral("refreshAllAction"),
             {QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_R)}, QStringLiteral("view-refresh"));
    quit = make(tr("&Quit"), QStringLiteral("quitAction"), {QKeySequence::Quit},
                QStringLiteral("application-exit"));
    quit->setMenuRole(QAction::QuitRole);

    showToolBar = make(tr("Show &Toolbar"), QStringLiteral("showToolBarAction"));
    showToolBar->setCheckable(true);
    // F11 is focus mode's; full screen keeps the platform's other keys, or takes KDE's.
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    fullScreenKeys.removeAll(QKeySequence(Qt::Key_F11));
    if (fullScreenKeys.isEmpty())
        fullScreenKeys.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    fullScreen = make(tr("&Full Screen"), QStringLiteral("fullScreenAction"), fullScreenKeys,
                      QStringLiteral("view-fullscreen"));
    fullScreen->setCheckable(true);
    compactList = make(tr("&Compact List"), QStringLiteral("compactListAction"));
    compactList->setCheckable(true);
    layoutThreePanes =
        make(tr("&Three Panes"), QStringLiteral("layoutThreePanesAction"),
             {QKeySequence(Qt::CTRL | Qt::Key_1)}, QStringLiteral("view-split-left-right"));
    layoutCards = make(tr("C&ards"), QStringLiteral("layoutCardsAction"),
                       {QKeySequence(Qt::CTRL | Qt::Key_2)}, QStringLiteral("view-grid"));
    layoutWide =
        make(tr("&Wide"), QStringLiteral("layoutWideAction"), {QKeySequence(Qt::CTRL | Qt::Key_3)},
             QStringLiteral("view-split-top-bottom"));
    layouts = new QActionGroup(this);
    for (QAction *action : {layoutThreePanes, layoutCards, layoutWide}) {
        action->setCheckable(true);
        layouts->addAction(action);
    }
    layoutThreePanes->setChecked(true);
    focusMode = make(tr("F&ocus Mode"), QStringLiteral("focusModeAction"),
                     {QKeySequence(Qt::Key_F11)}, QStringLiteral("view-readermode"));
    focusMode->setCheckable(true);
    leaveFocusMode = make(tr("Leave Focus Mode"), QStringLiteral("leaveFocusModeAction"),
                          {QKeySequence(Qt::Key_Escape)});
    leaveFocusMode->setEnabled(false);
    focusSearch =
        make(tr("&Search"), QStringLiteral("focusSearchAction"),
             {QKeySequence(Qt::Key_Slash), QKeySequence::Find}, QStringLiteral("edit-find"));
    // The keyboard's way between panes, and out of the reading page, which keeps Tab for links.
    nextPane = make(tr("Ne&xt Pane"), QStringLiteral("nextPaneAction"), {QKeySequence(Qt::Key_F6)});
    previousPane = make(tr("Pre&vious Pane"), QStringLiteral("previousPaneAction"),
                        {QKeySequence(Qt::SHIFT | Qt::Key_F6)});

    next = make(tr("&Next Article"), QStringLiteral("nextArticleAction"),
                {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_N)}, QStringLiteral("go-down"));
    previous = make(tr("&Previous Article"), QStringLiteral("previousArticleAction"),
                    {QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_P)}, QStringLiteral("go-up"));
    nextUnread = make(tr("Next &Unread Article"), QStringLiteral("nextUnreadAction"),
                      {QKeySequence(Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Plus)},
                      QStringLiteral("go-next"));
    scrollOrNext = make(tr("Scroll Down or Next Unread"), QStringLiteral("scrollOrNextAction"),
                        {QKeySequence(Qt::Key_Space)});
    toggleRead = make(tr("Mark as &Read/Unread"), QStringLiteral("toggleReadAction"),
                      {QKeySequence(Qt::Key_M)}, QStringLiteral("mail-mark-read"));
    toggleBookmark = make(tr("&Bookmark"), QStringLiteral("toggleBookmarkAction"),
                          {QKeySequence(Qt::Key_S)}, QStringLiteral("bookmark-new"));
    toggleBookmark->setCheckable(true);
    openInBrowser = make(tr("&Open in Browser"), QStringLiteral("openInBrowserAction"),
                         {QKeySequence(Qt::Key_O)}, QStringLiteral("internet-web-browser"));
    copyLink = make(tr("&Copy Link"), QStringLiteral("copyLinkAction"),
                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, QStringLiteral("edit-copy"));
    shareByEmail = make(tr("Share by &E-mail…"), QStringLiteral("shareByEmailAction"), {},
                        QStringLiteral("mail-send"));
    loadFullArticle = make(tr("Load &Full Article"), QStringLiteral("loadFullArticleAction"),
                           {QKeySequence(Qt::Key_F)}, QStringLiteral("document-open-remote"));
    tagArticle = make(tr("&Tag…"), QStringLiteral("tagArticleAction"), {}, QStringLiteral("tag"));
    muteWords = make(tr("&Mute Words…"), QStringLiteral("muteWordsAction"), {},
                     QStringLiteral("view-hidden"));
    print = make(tr("&Print…"), QStringLiteral("printAction"), {QKeySequence::Print},
                 QStringLiteral("document-print"));
    saveAsPdf =
        make(tr("Save as P&DF…"), QStringLiteral("saveAsPdfAction"),
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, QStringLiteral("document-save-as"));
    zoomIn = make(tr("Zoom &In"), QStringLiteral("zoomInAction"),
                  {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                  QStringLiteral("zoom-in"));
    zoomOut = make(tr("Zoom &Out"), QStringLiteral("zoomOutAction"), {QKeySequence::ZoomOut},
                   QStringLiteral("zoom-out"));
    resetZoom = make(tr("&Actual Size"), QStringLiteral("resetZoomAction"),
                     {QKeySequence(Qt::CTRL | Qt::Key_0)}, QStringLiteral("zoom-original"));
    markAllRead = make(tr("Mark &All as Read"), QStringLiteral("markAllReadAction"),
                       {QKeySequence(Qt::SHIFT | Qt::Key_A)}, QStringLiteral("mail-mark-read"));
    undo = make(tr("&Undo"), QStringLiteral("undoAction"), {QKeySequence::Undo},
                QStringLiteral("edit-undo"));
    undo->setEnabled(false);

    settings = make(tr("&Preferences…"), QStringLiteral("settingsAction"),
                    {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, QStringLiteral("preferences-system"));
    settings->setMenuRole(QAction::PreferencesRole);
    keyboardShortcuts = make(tr("&Keyboard Shortcuts"), QStringLiteral("keyboardShortcutsAction"),
                             {QKeySequence(Qt::Key_F1)}, QStringLiteral("help-keyboard-shortcuts"));
    about =
        make(tr("&About Tidings"), QStringLiteral("aboutAction"), {}, QStringLiteral("help-about"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(tr("About &Qt"), QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    setArticleActionsEnabled(false);
    applyIcons(ActionIcons::isDark(QApplication::palette()));
}

void MainActions::applyIcons(bool darkPalette)
{
    for (auto it = m_iconNames.cbegin(); it != m_iconNames.cend(); ++it)
        it.key()->setIcon(ActionIcons::icon(it.value(), darkPalette));
}

QAction *MainActions::layoutAction(PaneLayout layout) const
{
    switch (layout) {
    case PaneLayout::Cards:
        return layoutCards;
    case PaneLayout::Wide:
        return layoutWide;
    case PaneLayout::ThreePanes:
        break;
    }
    return layoutThreePanes;
}

PaneLayout MainActions::checkedLayout() const
{
    for (const PaneLayout layout : {PaneLayout::Cards, PaneLayout::Wide}) {
        if (layoutAction(layout)->isChecked())
            return layout;
    }
    return PaneLayout::ThreePanes;
}

void MainActions::checkLayout(PaneLayout layout)
{
    layoutAction(layout)->setChecked(true);
}

QAction *MainActions::make(const QString &text, const QString &objectName,
                           const QList<QKeySequence> &shortcuts, const QString &iconName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    if (!iconName.isEmpty())
        m_iconNames.insert(action, iconName);
    // Shortcuts work while any child of the window has focus; a text field still gets its
    // letters (it claims them through ShortcutOverride).
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

QList<QAction *> MainActions::shortcutActions() const
{
    return {
        next,
        previous,
        nextUnread,
        scrollOrNext,
        toggleRead,
        toggleBookmark,
        openInBrowser,
        copyLink,
        loadFullArticle,
        print,
        saveAsPdf,
        zoomIn,
        zoomOut,
        resetZoom,
        markAllRead,
        undo,
        focusSearch,
        refreshAll,
        addSource,
        settings,
        layoutThreePanes,
        layoutCards,
        layoutWide,
        focusMode,
        fullScreen,
        keyboardShortcuts,
        nextPane,
        previousPane,
        quit,
    };
}

void MainActions::setArticleActionsEnabled(bool enabled)
{
    for (QAction *action : {toggleRead, toggleBookmark, openInBrowser, copyLink, shareByEmail,
                            loadFullArticle, tagArticle, muteWords, print, saveAsPdf})
        action->setEnabled(enabled);
}

} // namespace Ui
