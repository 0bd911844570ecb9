#include "mainwindow.h"

#include "articlepane.h"
#include "buildinfo.h"
#include "emptystatewidget.h"
#include "openrequest.h"
#include "settings/settingsdialog.h"
#include "settingskeys.h"
#include "storage/library.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace Ui {

namespace {

bool libraryHasSources(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sources)")) && query.next() &&
           query.value(0).toBool();
}

} // namespace

MainWindow::MainWindow(Storage::Library &library, QWidget *parent)
    : QMainWindow(parent), m_library(library)
{
    setWindowTitle(QStringLiteral(TIDINGS_APPLICATION_NAME));
    setObjectName(QStringLiteral("mainWindow"));
    createPanes();
    createActions();
    createMenus();
    createToolBar();
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
    updateEmptyState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_sourceTree = new QTreeView(this);
    m_sourceTree->setObjectName(QStringLiteral("sourceTree"));
    m_sourceTree->setAccessibleName(tr("Sources"));
    m_sourceTree->setHeaderHidden(true);

    m_articleList = new QTreeView(this);
    m_articleList->setObjectName(QStringLiteral("articleList"));
    m_articleList->setAccessibleName(tr("Articles"));
    m_articleList->setRootIsDecorated(false);
    m_articleList->setUniformRowHeights(true);

    m_emptyState = new EmptyStateWidget(this);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    connect(m_emptyState, &EmptyStateWidget::addSourceRequested, this,
            &MainWindow::addSourceRequested);
    connect(m_emptyState, &EmptyStateWidget::importOpmlRequested, this,
            &MainWindow::importOpmlRequested);

    m_listStack = new QStackedWidget(this);
    m_listStack->setObjectName(QStringLiteral("articleListStack"));
    m_listStack->setAccessibleName(tr("Articles"));
    m_listStack->addWidget(m_articleList);
    m_listStack->addWidget(m_emptyState);

    m_articlePane = new ArticlePane(this);
    m_articlePane->setObjectName(QStringLiteral("articlePane"));
    m_articlePane->setAccessibleName(tr("Article"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sourceTree);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_articlePane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &text, const QString &objectName,
                               const QKeySequence &shortcut = {}) {
        auto *result = new QAction(text, this);
        result->setObjectName(objectName);
        result->setShortcut(shortcut);
        return result;
    };

    m_addSourceAction =
        action(tr("&Add Source…"), QStringLiteral("addSourceAction"), QKeySequence::New);
    m_addSourceAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_addSourceAction, &QAction::triggered, this, &MainWindow::addSourceRequested);
    m_importOpmlAction = action(tr("&Import OPML…"), QStringLiteral("importOpmlAction"));
    connect(m_importOpmlAction, &QAction::triggered, this, &MainWindow::importOpmlRequested);
    m_exportOpmlAction = action(tr("&Export OPML…"), QStringLiteral("exportOpmlAction"));
    m_exportOpmlAction->setEnabled(false);
    m_refreshAllAction =
        action(tr("&Refresh All"), QStringLiteral("refreshAllAction"), QKeySequence::Refresh);
    m_refreshAllAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_refreshAllAction->setEnabled(false);
    m_quitAction = action(tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_showToolBarAction = action(tr("Show &Toolbar"), QStringLiteral("showToolBarAction"));
    m_showToolBarAction->setCheckable(true);
    m_fullScreenAction =
        action(tr("&Full Screen"), QStringLiteral("fullScreenAction"), QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    // Article actions act on the selected article; they are enabled once one is selected.
    m_toggleReadAction =
        action(tr("Mark as &Read"), QStringLiteral("toggleReadAction"), QKeySequence(Qt::Key_M));
    m_toggleBookmarkAction =
        action(tr("&Bookmark"), QStringLiteral("toggleBookmarkAction"), QKeySequence(Qt::Key_S));
    m_openInBrowserAction = action(tr("&Open in Browser"), QStringLiteral("openInBrowserAction"),
                                   QKeySequence(Qt::Key_O));
    for (QAction *articleAction :
         {m_toggleReadAction, m_toggleBookmarkAction, m_openInBrowserAction})
        articleAction->setEnabled(false);

    m_settingsAction = action(tr("&Preferences…"), QStringLiteral("settingsAction"),
                              QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = action(tr("&About Tidings"), QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = action(tr("About &Qt"), QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_addSourceAction);
    file->addAction(m_importOpmlAction);
    file->addAction(m_exportOpmlAction);
    file->addSeparator();
    file->addAction(m_refreshAllAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_showToolBarAction);
    view->addAction(m_fullScreenAction);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->setObjectName(QStringLiteral("articleMenu"));
    article->addAction(m_toggleReadAction);
    article->addAction(m_toggleBookmarkAction);
    article->addAction(m_openInBrowserAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(m_settingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_addSourceAction);
    toolBar->addAction(m_refreshAllAction);
    toolBar->addSeparator();
    toolBar->addAction(m_settingsAction);

    m_showToolBarAction->setChecked(true);
    connect(m_showToolBarAction, &QAction::toggled, toolBar, &QToolBar::setVisible);
    connect(toolBar, &QToolBar::visibilityChanged, m_showToolBarAction, &QAction::setChecked);
}

void MainWindow::restoreLayout()
{
    QSettings &settings = m_library.settings();
    if (!restoreGeometry(
            settings.value(QLatin1String(SettingsKeys::MainWindowGeometry)).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QLatin1String(SettingsKeys::MainWindowState)).toByteArray());
    if (!m_splitter->restoreState(
            settings.value(QLatin1String(SettingsKeys::MainWindowSplitter)).toByteArray()))
        m_splitter->setSizes({240, 400, 560});
}

void MainWindow::saveLayout()
{
    QSettings &settings = m_library.settings();
    settings.setValue(QLatin1String(SettingsKeys::MainWindowGeometry), saveGeometry());
    settings.setValue(QLatin1String(SettingsKeys::MainWindowState), saveState());
    settings.setValue(QLatin1String(SettingsKeys::MainWindowSplitter), m_splitter->saveState());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::isShowingEmptyState() const
{
    return m_listStack->currentWidget() == m_emptyState;
}

void MainWindow::updateEmptyState()
{
    const bool empty = !libraryHasSources(m_library.database().connection());
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_articleList);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::openTargets(const QStringList &targets)
{
    for (const QString &target : targets) {
        const OpenRequest request = OpenRequest::classify(target);
        switch (request.kind) {
        case OpenRequest::Kind::Subscribe: {
            const QString name = request.title.isEmpty()
                                     ? request.feedUrl.toDisplayString(QUrl::PreferLocalFile)
                                     : request.title;
            QMessageBox box(QMessageBox::Question, tr("Subscribe"),
                            tr("Subscribe to “%1”?").arg(name), QMessageBox::NoButton, this);
            box.setInformativeText(request.feedUrl.toDisplayString(QUrl::PreferLocalFile));
            const QAbstractButton *subscribe =
                box.addButton(tr("&Subscribe"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() == subscribe)
                emit subscribeRequested(request.feedUrl);
            break;
        }
        case OpenRequest::Kind::ImportOpml: {
            const QString file = QFileInfo(request.opmlPath).fileName();
            QMessageBox box(
                QMessageBox::Question, tr("Import OPML"),
                tr("Import %n source(s) from “%1”?", nullptr, request.sourceCount).arg(file),
                QMessageBox::NoButton, this);
            box.setInformativeText(request.opmlPath);
            const QAbstractButton *import = box.addButton(tr("&Import"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() == import)
                emit importOpmlFileRequested(request.opmlPath);
            break;
        }
        case OpenRequest::Kind::Unusable:
            QMessageBox::warning(this, tr("Cannot open"), request.error);
            break;
        }
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_library.settings(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tidings"),
                       tr("<h3>Tidings %1</h3><p>A news reader for people who read many "
                          "sources.</p>")
                           .arg(QStringLiteral(TIDINGS_VERSION)));
}

} // namespace Ui
