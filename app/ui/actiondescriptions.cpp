#include "ui/actiondescriptions.h"

#include "ui/mainactions.h"

#include <QAction>

#include <initializer_list>
#include <utility>

namespace Ui {

// The texts take the actions' translation context, beside their names.
void describeActions(const MainActions &a)
{
    const std::initializer_list<std::pair<QAction *, QString>> descriptions = {
        {a.addSource, MainActions::tr("Subscribe to a feed or a website")},
        {a.addFolder, MainActions::tr("Create a folder for sources")},
        {a.importOpml, MainActions::tr("Subscribe to the feeds listed in an OPML file")},
        {a.exportOpml, MainActions::tr("Save your subscriptions as an OPML file")},
        {a.exportBookmarks, MainActions::tr("Save your bookmarked articles as a web page")},
        {a.refreshAll, MainActions::tr("Fetch new articles from every source")},
        {a.quit, MainActions::tr("Close Tidings")},
        {a.showToolBar, MainActions::tr("Show or hide the tool bar")},
        {a.layoutThreePanes,
         MainActions::tr("Sources, the article list and the article side by side")},
        {a.layoutCards, MainActions::tr("The articles as a grid of cards; Enter opens one")},
        {a.layoutWide, MainActions::tr("The article list above the article")},
        {a.focusMode, MainActions::tr("Only the article; Esc or F11 returns")},
        {a.leaveFocusMode, MainActions::tr("Show the sources and the articles again")},
        {a.fullScreen, MainActions::tr("Use the whole screen for the window")},
        {a.compactList, MainActions::tr("Show more articles in the list, without excerpts")},
        {a.focusSearch, MainActions::tr("Search the articles of the current view")},
        {a.nextPane, MainActions::tr("Move the keyboard focus to the next pane")},
        {a.previousPane, MainActions::tr("Move the keyboard focus to the previous pane")},
        {a.next, MainActions::tr("Show the next article in the list")},
        {a.previous, MainActions::tr("Show the previous article in the list")},
        {a.nextUnread, MainActions::tr("Show the next unread article")},
        {a.scrollOrNext,
         MainActions::tr("Scroll the article down, or go to the next unread one at its end")},
        {a.toggleRead, MainActions::tr("Mark the article as read or unread")},
        {a.toggleBookmark, MainActions::tr("Bookmark the article, or remove its bookmark")},
        {a.openInBrowser, MainActions::tr("Open the article's web page in your browser")},
        {a.copyLink, MainActions::tr("Copy the address of the article's web page")},
        {a.shareByEmail, MainActions::tr("Write an e-mail with a link to the article")},
        {a.loadFullArticle, MainActions::tr("Load the whole article from its web page")},
        {a.print, MainActions::tr("Print the article")},
        {a.saveAsPdf, MainActions::tr("Save the article as a PDF file")},
        {a.zoomIn, MainActions::tr("Make the article's text larger")},
        {a.zoomOut, MainActions::tr("Make the article's text smaller")},
        {a.resetZoom, MainActions::tr("Show the article's text at its normal size")},
        {a.markAllRead, MainActions::tr("Mark every article of the current view as read")},
        {a.undo, MainActions::tr("Undo the last change to read states")},
        {a.settings, MainActions::tr("Change how Tidings refreshes, looks and reads")},
        {a.keyboardShortcuts, MainActions::tr("List the keyboard shortcuts")},
        {a.about, MainActions::tr("Show Tidings' version")},
        {a.aboutQt, MainActions::tr("Show the version of Qt")},
    };
    for (const auto &[action, description] : descriptions) {
        action->setToolTip(description);
        action->setStatusTip(description);
    }
}

} // namespace Ui
