#include "ui/mainmenus.h"

#include "ui/mainactions.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

namespace Ui {

// The texts keep the window's translation context, where they were first written.
void addMainMenus(QMainWindow &window, const MainActions &actions)
{
    QMenuBar *bar = window.menuBar();
    bar->setAccessibleName(MainWindow::tr("Menu bar"));
    QMenu *file = bar->addMenu(MainWindow::tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions({actions.addSource, actions.addFolder});
    file->addSeparator();
    file->addActions({actions.importOpml, actions.exportOpml, actions.exportBookmarks});
    file->addSeparator();
    file->addAction(actions.refreshAll);
    file->addSeparator();
    file->addAction(actions.quit);

    QMenu *view = bar->addMenu(MainWindow::tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions({actions.layoutThreePanes, actions.layoutCards, actions.layoutWide});
    view->addSeparator();
    view->addActions({actions.focusMode, actions.fullScreen});
    view->addSeparator();
    view->addActions({actions.showToolBar, actions.compactList});
    view->addSeparator();
    view->addActions({actions.focusSearch, actions.nextPane, actions.previousPane});
    view->addSeparator();
    view->addActions({actions.zoomIn, actions.zoomOut, actions.resetZoom});

    QMenu *article = bar->addMenu(MainWindow::tr("&Article"));
    article->setObjectName(QStringLiteral("articleMenu"));
    article->addActions({actions.next, actions.previous, actions.nextUnread, actions.scrollOrNext});
    article->addSeparator();
    article->addActions({actions.toggleRead, actions.toggleBookmark, actions.openInBrowser});
    article->addActions({actions.copyLink, actions.shareByEmail, actions.loadFullArticle});
    article->addSeparator();
    article->addActions({actions.tagArticle, actions.muteWords});
    article->addSeparator();
    article->addActions({actions.print, actions.saveAsPdf});
    article->addSeparator();
    article->addActions({actions.markAllRead, actions.undo});

    QMenu *settings = bar->addMenu(MainWindow::tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(actions.settings);

    QMenu *help = bar->addMenu(MainWindow::tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(actions.keyboardShortcuts);
    help->addSeparator();
    help->addActions({actions.about, actions.aboutQt});
}

QToolBar *addMainToolBar(QMainWindow &window, const MainActions &actions)
{
    QToolBar *toolBar = window.addToolBar(MainWindow::tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({actions.addSource, actions.refreshAll});
    toolBar->addSeparator();
    toolBar->addActions({actions.markAllRead, actions.toggleBookmark, actions.openInBrowser});
    toolBar->addSeparator();
    toolBar->addAction(actions.settings);
    // The layouts at the far end, as icons (their names are in the tool tips and the menu).
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    for (QAction *action :
         {actions.layoutThreePanes, actions.layoutCards, actions.layoutWide, actions.focusMode}) {
        toolBar->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    actions.showToolBar->setChecked(true);
    QObject::connect(actions.showToolBar, &QAction::toggled, toolBar, &QToolBar::setVisible);
    QObject::connect(toolBar, &QToolBar::visibilityChanged, actions.showToolBar,
                     &QAction::setChecked);
    return toolBar;
}

} // namespace Ui
