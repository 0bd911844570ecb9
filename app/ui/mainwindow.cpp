#include "ui/mainwindow.h"

#include "ai/aisettings.h"
#include "base/buildinfo.h"
#include "base/logging.h"
#include "models/articlelistmodel.h"
#include "models/databaseworker.h"
#include "models/imagestore.h"
#include "models/librarycounts.h"
#include "models/searchterms.h"
#include "models/sourcetreemodel.h"
#include "net/proxysettings.h"
#include "secrets/keyring.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/librarystatistics.h"
#include "storage/searchindexservice.h"
#include "storage/searchquery.h"
#include "threading/workpool.h"
#include "ui/actiondescriptions.h"
#include "ui/actionicons.h"
#include "ui/appearance.h"
#include "ui/article/aicardcontroller.h"
#include "ui/article/articlecommands.h"
#include "ui/article/articleextrascontroller.h"
#include "ui/article/articlepane.h"
#include "ui/article/articlepanewiring.h"
#include "ui/articledelegate.h"
#include "ui/articlelistpane.h"
#include "ui/briefingcontroller.h"
#include "ui/carddelegate.h"
#include "ui/cardsview.h"
#include "ui/currentitemfocus.h"
#include "ui/emptystatewidget.h"
#include "ui/librarymaintenance.h"
#include "ui/mainactions.h"
#include "ui/mainmenus.h"
#include "ui/mainstatusbar.h"
#include "ui/openrequest.h"
#include "ui/openrequestprompt.h"
#include "ui/panearrangement.h"
#include "ui/panefocus.h"
#include "ui/readingcontroller.h"
#include "ui/refreshcontroller.h"
#include "ui/rulescontroller.h"
#include "ui/savedsearchcontroller.h"
#include "ui/selectioncontroller.h"
#include "ui/settings/accountssettingspage.h"
#include "ui/settings/librarysettingspage.h"
#include "ui/settings/rulessettingspage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shortcutsdialog.h"
#include "ui/sourceicons.h"
#include "ui/sourcepane.h"
#include "ui/subscriptioncontroller.h"
#include "ui/synccontroller.h"
#include "ui/traycontroller.h"
#include "ui/windowsettingskeys.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace Ui {

namespace {

// Favicons are drawn at 16 logical pixels; 64 covers 200 % and more.
constexpr int FaviconEdge = 64;
constexpr int ThumbnailEdge = 192;
// A search index this far behind (a library upgraded, or one rebuilt after damage) is worth a
// word in the status bar: searches miss articles until it is done.
constexpr qint64 LargeIndexBacklog = 5000;
constexpr int IndexReloadDelayMs = 1000;

} // namespace

MainWindow::MainWindow(Storage::Library &library, QWidget *parent)
    : QMainWindow(parent), m_library(library), m_layout(library.settings())
{
    setWindowTitle(QStringLiteral(TIDINGS_APPLICATION_NAME));
    setObjectName(QStringLiteral("mainWindow"));
    Appearance::apply(m_library.settings());
    createModels();
    createMaintenance();
    m_actions = new MainActions(this);
    describeActions(*m_actions);
    createPanes();
    createControllers();
    addMainMenus(*this, *m_actions);
    m_toolBar = addMainToolBar(*this, *m_actions);
    m_panes->setChrome({m_toolBar, m_statusBar});
    connectActions();
    connectControllers();
    m_layout.restore(*this, *m_splitter);
    m_panes->setWideState(m_layout.wideState());
    applySettings();
    updateEmptyState();
    restorePlace();
    reloadTree();
    // Refreshing starts once the window is up and the event loop runs.
    QTimer::singleShot(0, m_refresh, &RefreshController::start);
    QTimer::singleShot(0, m_sync, &SyncController::start);
}

MainWindow::~MainWindow()
{
    // A running sync hands its work to the worker: it goes first.
    delete m_sync;
    m_sync = nullptr;
    // The worker's jobs call back into the controllers: stop it before they go.
    delete m_worker;
    m_worker = nullptr;
}

void MainWindow::createModels()
{
    m_network = new QNetworkAccessManager(this);
    m_worker = new Models::DatabaseWorker(m_library.database().filePath(), this);
    if (!m_library.isReadOnly())
        m_searchIndex = new Storage::SearchIndexService(m_library.database().filePath(), this);
    m_favicons = new Models::ImageStore(
        m_network, m_library.profile().filePath(QStringLiteral("cache/favicons")), FaviconEdge,
        this);
    m_thumbnails = new Models::ImageStore(
        m_network, m_library.profile().filePath(QStringLiteral("cache/thumbnails")), ThumbnailEdge,
        this);

    m_sourceModel = new Models::SourceTreeModel(this);
    m_sourceModel->setIconProvider(sourceIcons(m_favicons, style()));
    connect(m_favicons, &Models::ImageStore::imageReady, m_sourceModel,
            &Models::SourceTreeModel::iconsChanged);
    // Rows of the list are read on demand by id on this thread: short indexed queries.
    m_articleModel = new Models::ArticleListModel(
        [this](const QList<qint64> &ids) {
            return Storage::ArticleRepository(m_library.database().connection()).rows(ids);
        },
        this);
}

void MainWindow::createPanes()
{
    m_sourcePane = new SourcePane(m_sourceModel, m_worker, m_library.settings(), this);
    m_listPane = new ArticleListPane(m_articleModel, m_thumbnails, this);
    m_listPane->setObjectName(QStringLiteral("articleListStack"));
    m_listPane->setAccessibleName(tr("Articles"));
    m_listPane->setAccessibleDescription(tr("The articles of the chosen source or view"));
    m_articlePane = new ArticlePane(m_library.profile().directory(), this);
    m_articlePane->setObjectName(QStringLiteral("articlePane"));
    m_articlePane->setAccessibleName(tr("Article"));
    m_articlePane->setAccessibleDescription(
        tr("The article being read, with related articles; F6 and Shift+F6 leave it"));
    m_articlePane->setSourceIconProvider([this](qint64 sourceId) {
        return m_sourceModel->indexOf(Models::ViewKey::source(sourceId))
            .data(Qt::DecorationRole)
            .value<QIcon>();
    });

    m_panes = new PaneArrangement(this, m_sourcePane, m_listPane, m_articlePane, this);
    m_splitter = m_panes->mainSplitter();
    setCentralWidget(m_splitter);
    // Tab moves left to right: sources, search, list (or cards), article.
    setTabOrder(m_sourcePane, m_listPane->searchField());
    setTabOrder(m_listPane->searchField(), m_listPane->list());
    setTabOrder(m_listPane->list(), m_listPane->cards());
    setTabOrder(m_listPane->cards(), m_articlePane);
    CurrentItemFocus::install(m_sourcePane);
    CurrentItemFocus::install(m_listPane->list());
    CurrentItemFocus::install(m_listPane->cards());

    m_statusBar = new MainStatusBar(this);
    setStatusBar(m_statusBar);
}

void MainWindow::createControllers()
{
    m_selection = new SelectionController(m_library, m_worker, m_sourceModel, m_sourcePane,
                                          m_articleModel, m_listPane->list(), m_articlePane, this);
    m_reading = new ReadingController(m_library.settings(), m_worker, m_sourceModel, m_articleModel,
                                      m_selection, this);
    m_refresh = new RefreshController(m_library.database().filePath(), m_library.settings(),
                                      m_network, m_worker, m_sourceModel, this);
    m_subscriptions =
        new SubscriptionController(m_library, m_network, m_worker, m_sourceModel, this);
    m_articleExtras =
        new ArticleExtrasController(m_library, m_articlePane, m_worker, m_network, this);
    m_articleCommands =
        new ArticleCommands(*m_actions, m_articlePane, this, m_library.settings(), this);
    m_aiCard = new AiCardController(m_library, m_articlePane, m_network, this);
    // The controllers see the pane as an ArticleDisplay; its requests reach them here.
    connectPane(m_articlePane, m_articleExtras);
    connectPane(m_articlePane, m_articleCommands);
    connectPane(m_articlePane, m_aiCard);
    m_briefing = new BriefingController(m_worker, m_articlePane, this);
    m_selection->setBriefing(m_briefing);
    m_sync = new SyncController(m_network, m_worker, new Secrets::Keyring(this), this);
    m_tray = new TrayController(m_library.settings(), this,
                                {m_actions->refreshAll, m_actions->quit}, this);
    m_rules = new RulesController(m_worker, this, this);
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->addSource, &QAction::triggered, this, &MainWindow::addSourceRequested);
    connect(a->addFolder, &QAction::triggered, m_sourcePane, [this] {
        const Models::ViewKey key = m_sourcePane->currentKey();
        m_sourcePane->addFolder(key.kind == Models::ViewKey::Kind::Folder ? key.id : 0);
    });
    connect(a->importOpml, &QAction::triggered, this, &MainWindow::importOpmlRequested);
    connect(a->exportOpml, &QAction::triggered, m_subscriptions,
            &SubscriptionController::exportOpml);
    connect(a->exportBookmarks, &QAction::triggered, m_subscriptions,
            &SubscriptionController::exportBookmarks);
    connect(a->refreshAll, &QAction::triggered, m_refresh, &RefreshController::refreshAll);
    connect(a->refreshAll, &QAction::triggered, m_sync, &SyncController::syncAll);
    connect(a->quit, &QAction::triggered, this, &MainWindow::quit);

    connect(a->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    connect(a->compactList, &QAction::toggled, this, [this](bool compact) {
        m_library.settings().setValue(QLatin1String(SettingsKeys::ListDensity),
                                      compact ? QStringLiteral("compact")
                                              : QStringLiteral("comfortable"));
        applySettings();
    });
    connect(a->focusSearch, &QAction::triggered, m_listPane, &ArticleListPane::focusSearch);
    connect(a->layouts, &QActionGroup::triggered, this, [this] {
        const PaneLayout layout = m_actions->checkedLayout();
        m_layout.setLayoutFor(m_selection->currentView(), layout);
        m_panes->setLayout(layout);
    });
    connect(a->focusMode, &QAction::triggered, m_panes, &PaneArrangement::setFocusMode);
    connect(a->leaveFocusMode, &QAction::triggered, m_panes,
            [this] { m_panes->setFocusMode(false); });
    connect(m_panes, &PaneArrangement::focusModeChanged, this, [this](bool on) {
        m_actions->focusMode->setChecked(on);
        m_actions->leaveFocusMode->setEnabled(on);
    });
    auto *panes = new PaneFocus({m_sourcePane, m_listPane, m_articlePane}, this);
    connect(a->nextPane, &QAction::triggered, panes, &PaneFocus::next);
    connect(a->previousPane, &QAction::triggered, panes, &PaneFocus::previous);

    connect(a->next, &QAction::triggered, m_selection, &SelectionController::next);
    connect(a->previous, &QAction::triggered, m_selection, &SelectionController::previous);
    connect(a->nextUnread, &QAction::triggered, m_selection, &SelectionController::nextUnread);
    connect(a->scrollOrNext, &QAction::triggered, this, [this] {
        if (!m_articlePane->scrollDown())
            m_selection->nextUnread();
    });
    connect(a->toggleRead, &QAction::triggered, m_reading, &ReadingController::toggleRead);
    connect(a->toggleBookmark, &QAction::triggered, m_reading, &ReadingController::toggleBookmark);
    connect(a->openInBrowser, &QAction::triggered, m_reading, &ReadingController::openInBrowser);
    connect(a->markAllRead, &QAction::triggered, m_reading, &ReadingController::markAllRead);
    connect(a->undo, &QAction::triggered, m_reading, &ReadingController::undo);
    connect(a->tagArticle, &QAction::triggered, m_rules,
            [this] { m_rules->tagArticle(m_selection->currentArticleId()); });
    connect(a->muteWords, &QAction::triggered, m_rules, [this] {
        m_rules->muteWords(m_listPane->list()
                               ->currentIndex()
                               .data(Models::ArticleListModel::TitleRole)
                               .toString());
    });
    connect(m_sourcePane, &SourcePane::newRuleRequested, m_rules,
            &RulesController::newRuleForSource);
    connect(m_rules, &RulesController::libraryChanged, this, &MainWindow::followRuleChanges);
    // The article list's context menu: the Article menu's actions for the article under it.
    m_listPane->list()->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(m_listPane->list());
    separator->setSeparator(true);
    m_listPane->list()->addActions({a->toggleRead, a->toggleBookmark, a->openInBrowser, a->copyLink,
                                    separator, a->tagArticle, a->muteWords});

    connect(a->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(a->keyboardShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectControllers()
{
    // Subscribing.
    EmptyStateWidget *empty = m_listPane->emptyState();
    connect(empty, &EmptyStateWidget::addSourceRequested, this, &MainWindow::addSourceRequested);
    connect(empty, &EmptyStateWidget::importOpmlRequested, this, &MainWindow::importOpmlRequested);
    connect(empty, &EmptyStateWidget::starterFeedsChosen, m_subscriptions,
            &SubscriptionController::subscribeStarterFeeds);
    connect(this, &MainWindow::addSourceRequested, m_subscriptions, [this] {
        const Models::ViewKey key = m_sourcePane->currentKey();
        m_subscriptions->addSource(key.kind == Models::ViewKey::Kind::Folder ? key.id : 0);
    });
    connect(this, &MainWindow::importOpmlRequested, m_subscriptions,
            &SubscriptionController::importOpml);
    connect(this, &MainWindow::importOpmlFileRequested, m_subscriptions,
            &SubscriptionController::importOpmlFile);
    connect(this, &MainWindow::subscribeRequested, m_subscriptions, [this](const QUrl &url) {
        Storage::SourceDraft draft;
        draft.feedUrl = url;
        m_subscriptions->subscribe({draft});
    });
    connect(m_subscriptions, &SubscriptionController::sourcesAdded, this,
            [this](const QList<qint64> &ids) {
                updateEmptyState();
                m_refresh->refreshSources(ids);
                m_selection->showView(Models::ViewKey::source(ids.constFirst()));
            });
    connect(m_subscriptions, &SubscriptionController::libraryImported, this, [this] {
        reloadTree();
        updateEmptyState();
        m_refresh->refreshAll();
    });
    connect(m_subscriptions, &SubscriptionController::message, m_statusBar,
            [this](const QString &text) { m_statusBar->showNotice(text, 8000); });

    // The source tree.
    connect(m_sourcePane, &SourcePane::refreshRequested, m_refresh,
            &RefreshController::refreshSources);
    connect(m_sourcePane, &SourcePane::markReadRequested, m_reading,
            &ReadingController::markViewRead);
    connect(m_sourcePane, &SourcePane::openUrlRequested, this, &MainWindow::openUrl);
    connect(m_sourcePane, &SourcePane::addSourceRequested, this, &MainWindow::addSourceRequested);
    connect(m_sourcePane, &SourcePane::libraryChanged, this, [this] {
        updateEmptyState();
        m_selection->reloadView();
    });

    // The list and the article.
    connect(m_listPane, &ArticleListPane::searchChanged, this, [this](const QString &text) {
        m_listPane->setHighlightTerms(Models::highlightTerms(text));
        m_listPane->setSearchError(Storage::SearchQuery(text).errorMessage());
        if (text != m_selection->search())
            m_listPane->setEmptyNote({}); // until this search's articles are in
        m_selection->setSearch(text);
    });
    connect(m_selection, &SelectionController::viewLoaded, this, [this](int articleCount) {
        if (articleCount > 0) {
            m_listPane->setEmptyNote({});
            return;
        }
        m_listPane->setEmptyNote(m_selection->search(),
                                 m_sourceModel->indexOf(m_selection->currentView())
                                     .data(Models::SourceTreeModel::EmptyViewTextRole)
                                     .toString());
    });
    connect(m_listPane, &ArticleListPane::saveSearchRequested, m_sourcePane->savedSearches(),
            &SavedSearchController::save);
    connect(m_listPane->list(), &QAbstractItemView::activated, m_reading,
            &ReadingController::openInBrowser);
    // A card opens as the article alone; Esc goes back to the cards.
    connect(m_listPane->cards(), &QAbstractItemView::activated, m_panes,
            [this] { m_panes->setFocusMode(true); });
    connect(m_articlePane, &ArticlePane::linkClicked, this, &MainWindow::openUrl);
    connect(m_articlePane, &ArticlePane::articleRequested, m_selection,
            &SelectionController::openArticle);
    connect(m_aiCard, &AiCardController::settingsRequested, this, &MainWindow::showSettings);
    connect(m_articlePane, &ArticlePane::pageAction, m_refresh, [this](const QString &action) {
        if (action == QLatin1String("refresh"))
            m_refresh->refreshAll();
    });
    connect(m_reading, &ReadingController::openUrlRequested, this, &MainWindow::openUrl);
    connect(m_selection, &SelectionController::currentArticleChanged, this, [this](qint64 id) {
        m_layout.setLastArticle(id);
        updateArticleActions();
    });
    connect(m_selection, &SelectionController::viewChanged, this,
            [this](const Models::ViewKey &key) {
                m_layout.setLastView(key);
                showLayoutOf(key);
            });
    connect(m_reading, &ReadingController::currentStateChanged, this,
            &MainWindow::updateArticleActions);
    connect(m_reading, &ReadingController::undoAvailable, m_actions->undo, &QAction::setEnabled);
    connect(m_reading, &ReadingController::markedAllRead, m_statusBar, [this](int count) {
        if (count > 0)
            m_statusBar->offerUndo(tr("Marked %n article(s) as read.", nullptr, count));
        else
            m_statusBar->showNotice(tr("Nothing unread here."), 4000);
    });
    connect(m_statusBar, &MainStatusBar::undoClicked, m_reading, &ReadingController::undo);
    connect(m_actions->undo, &QAction::triggered, m_statusBar, &MainStatusBar::hideUndo);

    // Refreshing.
    connect(m_refresh, &RefreshController::progress, m_statusBar,
            &MainStatusBar::showRefreshProgress);
    connect(m_refresh, &RefreshController::sourceChanged, this, [this](qint64 sourceId) {
        const Models::ViewKey view = m_selection->currentView();
        if (view.kind == Models::ViewKey::Kind::Smart || view.kind == Models::ViewKey::Kind::Tag ||
            m_sourceModel->sourceIdsOf(view).contains(sourceId))
            m_selection->reloadView();
    });
    connect(m_refresh, &RefreshController::finished, this, &MainWindow::onRefreshFinished);
    connect(m_refresh, &RefreshController::rulesNotified, m_tray,
            &TrayController::notifyRuleMatches);
    connect(m_refresh, &RefreshController::storageFailed, this,
            [this](const QString &message) { showWarning(tr("The Refresh Stopped"), message); });

    // Syncing: local read and bookmark changes may have queued something to send.
    connect(m_reading, &ReadingController::countsChanged, m_sync, &SyncController::noteLocalChange);
    connect(m_reading, &ReadingController::currentStateChanged, m_sync,
            &SyncController::noteLocalChange);
    connect(m_sync, &SyncController::statusChanged, m_statusBar, &MainStatusBar::showSyncStatus);
    connect(m_sync, &SyncController::synced, this, [this] {
        reloadTree();
        m_selection->reloadView();
    });

    // Searching: what was just stored is found once the index has it; mute words, which the
    // index matches, then hide it from the counts and the list too.
    if (m_searchIndex) {
        // A sync or a long refresh catches the index up many times over: once a moment is
        // enough.
        auto *reload = new QTimer(this);
        reload->setSingleShot(true);
        reload->setInterval(IndexReloadDelayMs);
        connect(reload, &QTimer::timeout, this, [this] {
            reloadTree();
            m_selection->reloadView();
        });
        connect(m_searchIndex, &Storage::SearchIndexService::caughtUp, reload, [reload] {
            if (!reload->isActive())
                reload->start();
        });
        connect(m_searchIndex, &Storage::SearchIndexService::pendingChanged, m_statusBar,
                [this](qint64 pending) {
                    if (pending >= LargeIndexBacklog)
                        m_statusBar->showNotice(
                            tr("Updating the search index: %Ln article(s) to go", nullptr,
                               int(pending)),
                            3000);
                });
    }

    // The tray shows the unread count.
    connect(m_sourceModel, &QAbstractItemModel::dataChanged, m_tray,
            [this] { m_tray->setUnreadCount(m_sourceModel->smartCounts().unread); });
    connect(m_sourceModel, &QAbstractItemModel::modelReset, m_tray,
            [this] { m_tray->setUnreadCount(m_sourceModel->smartCounts().unread); });
}

void MainWindow::onRefreshFinished(const Refresh::Summary &summary,
                                   const QHash<qint64, int> &addedBySource, bool background)
{
    m_statusBar->showRefreshFinished(
        summary.failed > 0 ? tr("%n new article(s); %1 source(s) failed", nullptr, summary.added)
                                 .arg(summary.failed)
                           : tr("%n new article(s)", nullptr, summary.added),
        // A refresh nobody asked for is worth interrupting a screen reader for only with news.
        !background || summary.added > 0 || summary.failed > 0);
    // Changed articles were rewritten in place: show their new titles and excerpts.
    if (summary.updated > 0)
        m_articleModel->invalidateRows();
    if (summary.added > 0)
        m_briefing->invalidate();
    // Retention removed articles: the counts and the list follow, the selection stays.
    if (summary.pruned > 0) {
        reloadTree();
        m_selection->reloadView();
    }
    if (!background)
        return;
    QHash<qint64, QString> titles;
    for (auto it = addedBySource.cbegin(); it != addedBySource.cend(); ++it)
        titles.insert(it.key(),
                      m_sourceModel->indexOf(Models::ViewKey::source(it.key())).data().toString());
    m_tray->notify(addedBySource, titles);
}

void MainWindow::reloadTree()
{
    m_worker->run<Models::LibrarySnapshot>(
        this,
        [](const QSqlDatabase &database) {
            return Models::loadSnapshot(database, QDateTime::currentDateTime());
        },
        [this](const Models::LibrarySnapshot &snapshot) {
            if (!snapshot.ok)
                return;
            m_sourceModel->setSnapshot(snapshot);
            // The reset cleared the tree's selection; select the view being shown again.
            m_selection->showView(m_selection->currentView());
            emit treeLoaded();
        });
}

void MainWindow::restorePlace()
{
    Models::ViewKey view = m_layout.lastView();
    if (!view.isValid() ||
        (view.isSmart(Models::SmartView::Briefing) && !m_sourceModel->isBriefingVisible()))
        view = Models::ViewKey::smart(Models::SmartView::All);
    const qint64 article = m_layout.lastArticle();
    if (article > 0)
        m_selection->selectArticle(article);
    m_selection->showView(view);
}

void MainWindow::applySettings()
{
    QSettings &settings = m_library.settings();
    const bool compact = settings
                             .value(QLatin1String(SettingsKeys::ListDensity),
                                    QLatin1String(SettingsKeys::ListDensityDefault))
                             .toString() == QLatin1String("compact");
    m_selection->setCollapseStories(settings
                                        .value(QLatin1String(SettingsKeys::CollapseStories),
                                               SettingsKeys::CollapseStoriesDefault)
                                        .toBool());
    ArticleDelegate *delegate = m_listPane->delegate();
    delegate->setDensity(compact ? ArticleDelegate::Density::Compact
                                 : ArticleDelegate::Density::Comfortable);
    delegate->setFontPointSize(settings
                                   .value(QLatin1String(SettingsKeys::ListFontPointSize),
                                          SettingsKeys::ListFontPointSizeDefault)
                                   .toInt());
    {
        const QSignalBlocker blocker(m_actions->compactList);
        m_actions->compactList->setChecked(compact);
    }
    // Uniform row heights are cached by the view: a new size needs a new layout.
    m_listPane->list()->reset();
    m_listPane->list()->doItemsLayout();
    if (const int row = m_articleModel->rowOf(m_selection->currentArticleId()); row >= 0) {
        m_listPane->list()->setCurrentIndex(m_articleModel->index(row));
        m_listPane->list()->scrollTo(m_articleModel->index(row));
    }
    Appearance::apply(settings);
    Net::applyProxySettings(settings);
    m_refresh->applySettings();
    const Pages::ArticlePageStyle pageStyle = Appearance::articlePageStyle(settings);
    m_articlePane->setStyle(pageStyle);
    // Cards look like the reading page's Related Articles cards.
    m_listPane->cards()->cardDelegate()->setColors(pageStyle.card, pageStyle.border);
    m_listPane->cards()->viewport()->update();
    m_actions->applyIcons(ActionIcons::isDark(QApplication::palette()));
    m_aiCard->reloadSettings();
    const bool briefing = Ai::Settings::load(settings).allowsBriefing();
    // Away from the briefing before its row goes, or the tree would pick the next row.
    if (!briefing && m_selection->currentView().isSmart(Models::SmartView::Briefing))
        m_selection->showView(Models::ViewKey::smart(Models::SmartView::All));
    m_sourceModel->setBriefingVisible(briefing);
    m_articlePane->setLoadRemoteImages(settings
                                           .value(QLatin1String(SettingsKeys::LoadRemoteImages),
                                                  SettingsKeys::LoadRemoteImagesDefault)
                                           .toBool());
}

void MainWindow::updateArticleActions()
{
    const bool selected = m_selection->currentArticleId() != 0 && !isShowingEmptyState();
    m_actions->setArticleActionsEnabled(selected);
    m_actions->toggleBookmark->setChecked(selected && m_reading->currentIsBookmarked());
    m_actions->toggleRead->setText(selected && m_reading->currentIsRead() ? tr("Mark as &Unread")
                                                                          : tr("Mark as &Read"));
}

void MainWindow::showLayoutOf(const Models::ViewKey &view)
{
    const PaneLayout layout = m_layout.layoutFor(view);
    m_actions->checkLayout(layout);
    m_panes->setLayout(layout);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_sourcePane->saveExpandedFolders();
    // The tool bar and status bar as they are outside focus mode.
    m_panes->setFocusMode(false);
    m_layout.setWideState(m_panes->wideState());
    m_layout.save(*this, m_panes->threePaneState());
    if (!m_quitting && m_tray->keepsRunning()) {
        hide();
        event->ignore();
        return;
    }
    m_sync->sendQueueBeforeQuit();
    QMainWindow::closeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        qCDebug(lcUi) << "main window painted";
    }
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QCoreApplication::quit();
}

bool MainWindow::isShowingEmptyState() const
{
    return m_listPane->isShowingEmptyState();
}

void MainWindow::updateEmptyState()
{
    const bool empty = !Storage::LibraryStatistics(m_library.database().connection()).hasSources();
    m_listPane->showEmptyState(empty);
    // Reading keys would steal Space and letters from the first-run page's buttons and list.
    for (QAction *action :
         {m_actions->next, m_actions->previous, m_actions->nextUnread, m_actions->scrollOrNext,
          m_actions->markAllRead, m_actions->focusSearch})
        action->setEnabled(!empty);
    updateArticleActions();
}

void MainWindow::openUrl(const QUrl &url)
{
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
        url.scheme() == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
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
    // Recognising a file means reading and parsing up to 32 MiB: not on this thread.
    WorkPool::run(
        this,
        [targets] {
            QList<OpenRequest> requests;
            for (const QString &target : targets)
                requests.append(OpenRequest::classify(target));
            return requests;
        },
        [this](const QList<OpenRequest> &requests) {
            for (const OpenRequest &request : requests) {
                if (!confirmOpenRequest(request, this))
                    continue;
                if (request.kind == OpenRequest::Kind::Subscribe)
                    emit subscribeRequested(request.feedUrl);
                else
                    emit importOpmlFileRequested(request.opmlPath);
            }
        });
}

void MainWindow::createMaintenance()
{
    m_maintenance = new LibraryMaintenance(m_library.profile(), m_library.settings(), this);
    connect(m_maintenance, &LibraryMaintenance::damageFound, this, [this](const QString &message) {
        showWarning(tr("Your Library Is Damaged"), message);
    });
}

void MainWindow::showWarning(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showSettings()
{
    const SourcesSettingsPage::Services sources{m_worker, m_sourceModel, m_subscriptions};
    SettingsDialog dialog(m_library.settings(), this, &sources);
    dialog.addPage(new AccountsSettingsPage({m_worker, m_network, nullptr}, &dialog));
    dialog.addPage(new RulesSettingsPage(m_worker, &dialog));
    dialog.addPage(new LibrarySettingsPage(*m_maintenance, &dialog));
    connect(&dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog.exec();
    // Accounts may have come or gone: a new one syncs now, and the tree shows what is there.
    m_sync->syncDue();
    reloadTree();
    // Rules and mute words may have hidden, tagged or marked articles.
    m_articleModel->invalidateRows();
    m_selection->reloadView();
}

void MainWindow::followRuleChanges()
{
    reloadTree();
    m_articleModel->invalidateRows();
    m_selection->reloadView();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(m_actions->shortcutActions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tidings"),
                       tr("<h3>Tidings %1</h3><p>A news reader for people who read many "
                          "sources.</p>")
                           .arg(QStringLiteral(TIDINGS_VERSION)));
}

} // namespace Ui
