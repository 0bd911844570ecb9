#include "ui/mainactions.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace Ui {

MainActions::MainActions(QWidget *window) : QObject(window), m_window(window)
{
    addSource = make(tr("&Add Source…"), QStringLiteral("addSourceAction"), {QKeySequence::New},
                     QStringLiteral("list-add"));
    addFolder = make(tr("New &Folder…"), QStringLiteral("addFolderAction"), {},
                     QStringLiteral("folder-new"));
    importOpml = make(tr("&Import OPML…"), QStringLiteral("importOpmlAction"));
    exportOpml = make(tr("&Export OPML…"), QStringLiteral("exportOpmlAction"));
    exportBookmarks = make(tr("Export &Bookmarks…"), QStringLiteral("exportBookmarksAction"));
    refreshAll =
        make(tr("&Refresh All"), QStringLiteral("refreshAllAction"),
             {QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_R)}, QStringLiteral("view-refresh"));
    quit = make(tr("&Quit"), QStringLiteral("quitAction"), {QKeySequence::Quit},
                QStringLiteral("application-exit"));
    quit->setMenuRole(QAction::QuitRole);

    showToolBar = make(tr("Show &Toolbar"), QStringLiteral("showToolBarAction"));
    showToolBar->setCheckable(true);
    fullScreen =
        make(tr("&Full Screen"), QStringLiteral("fullScreenAction"), {QKeySequence::FullScreen});
    fullScreen->setCheckable(true);
    compactList = make(tr("&Compact List"), QStringLiteral("compactListAction"));
    compactList->setCheckable(true);
    focusSearch =
        make(tr("&Search"), QStringLiteral("focusSearchAction"),
             {QKeySequence(Qt::Key_Slash), QKeySequence::Find}, QStringLiteral("edit-find"));

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
                             {QKeySequence(Qt::Key_F1)}, QStringLiteral("help-keybord-shortcuts"));
    about =
        make(tr("&About Tidings"), QStringLiteral("aboutAction"), {}, QStringLiteral("help-about"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(tr("About &Qt"), QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    setArticleActionsEnabled(false);
}

QAction *MainActions::make(const QString &text, const QString &objectName,
                           const QList<QKeySequence> &shortcuts, const QString &iconName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    // Shortcuts work while any child of the window has focus; a text field still gets its
    // letters (it claims them through ShortcutOverride).
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

QList<QAction *> MainActions::shortcutActions() const
{
    return {next,
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
            fullScreen,
            keyboardShortcuts,
            quit};
}

void MainActions::setArticleActionsEnabled(bool enabled)
{
    for (QAction *action : {toggleRead, toggleBookmark, openInBrowser, copyLink, shareByEmail,
                            loadFullArticle, tagArticle, muteWords, print, saveAsPdf})
        action->setEnabled(enabled);
}

} // namespace Ui
