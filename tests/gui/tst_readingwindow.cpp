#include "base/settingskeys.h"
#include "httpserver.h"
#include "models/articlelistmodel.h"
#include "models/databaseworker.h"
#include "models/sourcetreemodel.h"
#include "openlibrary.h"
#include "storage/library.h"
#include "storage/sourcerepository.h"
#include "ui/addsourcedialog.h"
#include "ui/article/articlepane.h"
#include "ui/articlelistpane.h"
#include "ui/emptystatewidget.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"
#include "ui/readingcontroller.h"
#include "ui/refreshcontroller.h"
#include "ui/selectioncontroller.h"
#include "ui/shortcutsdialog.h"
#include "ui/subscriptioncontroller.h"
#include "ui/windowsettingskeys.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using Models::ArticleListModel;
using Models::SmartView;
using Models::ViewKey;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

struct Item
{
    int number = 0;
    QString title;
    QString text;
};

// An RSS feed whose items are numbered; item n is dated n hours after a fixed morning, so
// higher numbers are newer and come first in the list.
QByteArray rss(const QList<Item> &items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>Harbour Gazette</title><link>http://127.0.0.1/</link>"
                     "<description>Tides and boats</description>";
    const QDateTime base(QDate(2024, 4, 2), QTime(6, 0), Qt::UTC);
    for (const Item &item : items) {
        xml += "<item><guid>item-" + QByteArray::number(item.number) + "</guid><title>" +
               item.title.toUtf8() + "</title><link>http://127.0.0.1/a/" +
               QByteArray::number(item.number) + "</link><description>" + item.text.toUtf8() +
               "</description><pubDate>" +
               base.addSecs(3600LL * item.number).toString(Qt::RFC2822Date).toUtf8() +
               "</pubDate></item>";
    }
    return xml + "</channel></rss>";
}

QList<Item> numberedItems(int first, int last)
{
    QList<Item> items;
    for (int n = first; n <= last; ++n)
        items.append({n, QStringLiteral("Boat report %1").arg(n),
                      QStringLiteral("The ferry number %1 sailed at dawn.").arg(n)});
    return items;
}

HttpResponse feedResponse(const QByteArray &xml)
{
    return HttpResponse::ok(xml, "application/rss+xml; charset=utf-8");
}

} // namespace

class TestReadingWindow final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void init();
    void cleanup();

    void subscribeThroughTheDialogAndReadAnArticle();
    void bookmarkShowsUnderBookmarks();
    void anEmptyViewSaysWhatWouldFillIt();
    void searchNarrowsTheListAndHighlights();
    void markAllReadAndUndo();
    void walkTheListWithKeys();
    void markReadWaitsForTheDelaySetting();
    void selectionSurvivesARefreshThatInsertsAbove();
    void viewAndArticleAreRememberedAcrossRestarts();
    void shortcutsAreListedInHelp();
    void firstRunOffersStarterFeeds();
    void panesHaveAccessibleNames();
    void dailyBriefingShowsTodaysStories();

private:
    std::unique_ptr<Storage::Library> openLibrary();
    /// A window over a library subscribed to the server's /feed.xml, refreshed once.
    std::unique_ptr<Ui::MainWindow> subscribedWindow(Storage::Library &library);
    bool waitForRefresh(Ui::MainWindow &window, int timeoutMs = 15000);
    bool waitForList(Ui::MainWindow &window, int rows, int timeoutMs = 10000);
    int readInLibrary(Storage::Library &library, qint64 id, const char *column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpServer> m_server;
};

void TestReadingWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_server->route("/feed.xml", feedResponse(rss(numberedItems(1, 8))));
}

void TestReadingWindow::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<Storage::Library> TestReadingWindow::openLibrary()
{
    auto library = TestSupport::openLibrary(m_dir->path());
    if (library)
        library->settings().setValue(QLatin1String(SettingsKeys::RefreshOnStart), false);
    return library;
}

bool TestReadingWindow::waitForRefresh(Ui::MainWindow &window, int timeoutMs)
{
    QSignalSpy finished(window.refresh(), &Ui::RefreshController::finished);
    return finished.count() > 0 || finished.wait(timeoutMs);
}

bool TestReadingWindow::waitForList(Ui::MainWindow &window, int rows, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (window.articleModel()->rowCount() != rows || window.selection()->isLoading()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

int TestReadingWindow::readInLibrary(Storage::Library &library, qint64 id, const char *column)
{
    QSqlQuery query(library.database().connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(QLatin1String(column)));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

std::unique_ptr<Ui::MainWindow> TestReadingWindow::subscribedWindow(Storage::Library &library)
{
    auto window = std::make_unique<Ui::MainWindow>(library);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QApplication::setActiveWindow(window.get());
    Storage::SourceDraft draft;
    draft.feedUrl = m_server->url(QStringLiteral("/feed.xml"));
    QSignalSpy finished(window->refresh(), &Ui::RefreshController::finished);
    window->subscriptions()->subscribe({draft});
    if (!finished.wait(15000))
        return nullptr;
    return window;
}

void TestReadingWindow::subscribeThroughTheDialogAndReadAnArticle()
{
    auto library = openLibrary();
    QVERIFY(library);
    Ui::MainWindow window(*library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isShowingEmptyState());

    QSignalSpy refreshed(window.refresh(), &Ui::RefreshController::finished);
    window.actions()->addSource->trigger();
    // The dialog deletes itself once it has subscribed.
    QPointer<Ui::AddSourceDialog> dialog = window.findChild<Ui::AddSourceDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->findChild<QLineEdit *>(QStringLiteral("sourceAddress"))
        ->setText(m_server->url(QStringLiteral("/feed.xml")).toString());
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 10000);

    // The refresh may have ended while the dialog was closing.
    QVERIFY(refreshed.count() > 0 || refreshed.wait(15000));
    QVERIFY(!window.isShowingEmptyState());
    QVERIFY(waitForList(window, 8));
    const qint64 sourceId = window.selection()->currentView().id;
    QCOMPARE(window.selection()->currentView().kind, ViewKey::Kind::Source);
    const auto source = Storage::SourceRepository(library->database().connection()).find(sourceId);
    QVERIFY(source);
    QCOMPARE(source->feedUrl, m_server->url(QStringLiteral("/feed.xml")));
    QCOMPARE(source->title, QStringLiteral("Harbour Gazette"));
    QCOMPARE(window.sourceModel()->unreadOf(ViewKey::source(sourceId)), 8);
    QCOMPARE(window.articleModel()->index(0).data().toString(), QStringLiteral("Boat report 8"));

    // Selecting an article shows it and marks it read, in the list, the tree and the library.
    auto *list = window.listPane()->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(window.articleModel()->index(1)).center());
    const qint64 id = window.articleModel()->idAt(1);
    QCOMPARE(window.selection()->currentArticleId(), id);
    auto *pane = window.findChild<Ui::ArticlePane *>(QStringLiteral("articlePane"));
    QCOMPARE(pane->articleId(), id);
    QVERIFY(pane->html().contains(QLatin1String("Boat report 7")));
    QVERIFY(pane->html().contains(QLatin1String("The ferry number 7 sailed at dawn.")));
    QCOMPARE(window.articleModel()->index(1).data(ArticleListModel::ReadRole).toBool(), true);
    QCOMPARE(window.sourceModel()->unreadOf(ViewKey::source(sourceId)), 7);
    QCOMPARE(window.sourceModel()->smartCounts().unread, 7);
    window.worker()->waitForIdle();
    QTRY_COMPARE(readInLibrary(*library, id, "read"), 1);
    QVERIFY(window.actions()->toggleRead->isEnabled());
    QCOMPARE(window.actions()->toggleRead->text().remove(QLatin1Char('&')),
             QStringLiteral("Mark as Unread"));
}

void TestReadingWindow::bookmarkShowsUnderBookmarks()
{
    auto library = openLibrary();
    QVERIFY(library);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    QVERIFY(waitForList(*window, 8));
    const qint64 id = window->articleModel()->idAt(2);
    window->selection()->selectArticle(id);
    QCOMPARE(window->selection()->currentArticleId(), id);

    QTest::keyClick(window->listPane()->list(), Qt::Key_S);
    QCOMPARE(window->articleModel()->index(2).data(ArticleListModel::BookmarkedRole).toBool(),
             true);
    QVERIFY(window->actions()->toggleBookmark->isChecked());
    QCOMPARE(window->sourceModel()->smartCounts().bookmarks, 1);
    window->worker()->waitForIdle();
    QCOMPARE(readInLibrary(*library, id, "bookmarked"), 1);

    window->selection()->showView(ViewKey::smart(SmartView::Bookmarks));
    QVERIFY(waitForList(*window, 1));
    QCOMPARE(window->articleModel()->idAt(0), id);
    QCOMPARE(window->listPane()->list()->currentIndex().row(), 0);

    // Export them both ways.
    const QString json = m_dir->filePath(QStringLiteral("bookmarks.json"));
    window->subscriptions()->exportBookmarksTo(json);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"title\": \"Boat report 6\""));
}

void TestReadingWindow::anEmptyViewSaysWhatWouldFillIt()
{
    auto library = openLibrary();
    QVERIFY(library);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    QVERIFY(waitForList(*window, 8));
    auto *note = window->listPane()->findChild<QLabel *>(QStringLiteral("emptyNote"));
    QVERIFY(note);
    QVERIFY(note->isHidden());
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("sourceTree"));
    const auto click = [&](const ViewKey &key) {
        const QModelIndex index = window->sourceModel()->indexOf(key);
        QVERIFY(index.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
        QCOMPARE(window->selection()->currentView(), key);
    };

    // No bookmarks yet: the view says how to make one, and a search in it says it found none.
    click(ViewKey::smart(SmartView::Bookmarks));
    QVERIFY(waitForList(*window, 0));
    QTRY_VERIFY(!note->isHidden());
    QCOMPARE(note->text(), window->sourceModel()
                               ->indexOf(ViewKey::smart(SmartView::Bookmarks))
                               .data(Models::SourceTreeModel::EmptyViewTextRole)
                               .toString());
    QVERIFY(note->text().contains(QLatin1String("bookmark")));
    // A screen reader coming to the empty list hears the note.
    QTreeView *list = window->listPane()->list();
    const QString listDescription = QStringLiteral("Newest first; each article says whether it "
                                                   "is unread or bookmarked");
    QCOMPARE(list->accessibleDescription(), note->text());
    QTest::keyClicks(window->listPane()->searchField(), QStringLiteral("boat"));
    QTRY_VERIFY(note->text().contains(QStringLiteral("“boat”")));
    QCOMPARE(list->accessibleDescription(), note->text());
    window->listPane()->searchField()->clear();
    QTRY_VERIFY(note->text().contains(QLatin1String("bookmark")));

    // Back in the source's view the rows come, and the note goes.
    click(ViewKey::smart(SmartView::All));
    QVERIFY(waitForList(*window, 8));
    QVERIFY(note->isHidden());
    QCOMPARE(list->accessibleDescription(), listDescription);

    // Once everything is read, Unread says so; an article bookmarked fills Bookmarks.
    window->selection()->selectArticle(window->articleModel()->idAt(0));
    QTest::keyClick(window->listPane()->list(), Qt::Key_S);
    QTRY_COMPARE(window->sourceModel()->smartCounts().bookmarks, 1);
    window->actions()->markAllRead->trigger();
    QTRY_COMPARE(window->sourceModel()->smartCounts().unread, 0);
    click(ViewKey::smart(SmartView::Unread));
    QVERIFY(waitForList(*window, 0));
    QTRY_VERIFY(!note->isHidden());
    QVERIFY(note->text().contains(QLatin1String("caught up")));
    click(ViewKey::smart(SmartView::Bookmarks));
    QVERIFY(waitForList(*window, 1));
    QVERIFY(note->isHidden());
}

void TestReadingWindow::searchNarrowsTheListAndHighlights()
{
    QList<Item> items = numberedItems(1, 6);
    items[2].title = QStringLiteral("Lighthouse keepers meet");
    items[4].text = QStringLiteral("A lighthouse was painted red.");
    m_server->route("/feed.xml", feedResponse(rss(items)));
    auto library = openLibrary();
    QVERIFY(library);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    QVERIFY(waitForList(*window, 6));

    QTest::keyClick(window->listPane()->list(), Qt::Key_Slash);
    QLineEdit *search = window->listPane()->searchField();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("lightho"));
    QVERIFY(waitForList(*window, 2));
    QCOMPARE(window->articleModel()->index(0).data().toString(), QStringLiteral("Boat report 5"));
    QCOMPARE(window->articleModel()->index(1).data().toString(),
             QStringLiteral("Lighthouse keepers meet"));
    QCOMPARE(window->selection()->search(), QStringLiteral("lightho"));

    // Excluding a word, then clearing the search.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("lighthouse -keepers"));
    QVERIFY(waitForList(*window, 1));
    QCOMPARE(window->articleModel()->index(0).data().toString(), QStringLiteral("Boat report 5"));

    // A search that finds nothing says so, with the words searched for.
    auto *nothingFound = window->listPane()->findChild<QLabel *>(QStringLiteral("emptyNote"));
    QVERIFY(nothingFound);
    QVERIFY(nothingFound->isHidden());
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zeppelin <b>"));
    QVERIFY(waitForList(*window, 0));
    QTRY_VERIFY(!nothingFound->isHidden());
    QVERIFY(nothingFound->text().contains(QStringLiteral("“zeppelin <b>”")));
    QCOMPARE(nothingFound->textFormat(), Qt::PlainText);
    // One that cannot be run says why instead.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zeppelin before:someday"));
    auto *searchError = window->listPane()->findChild<QLabel *>(QStringLiteral("searchError"));
    QTRY_VERIFY(!searchError->isHidden());
    QVERIFY(waitForList(*window, 0));
    QVERIFY(nothingFound->isHidden());
    search->clear();
    QVERIFY(waitForList(*window, 6));
    QVERIFY(nothingFound->isHidden());
}

void TestReadingWindow::markAllReadAndUndo()
{
    auto library = openLibrary();
    QVERIFY(library);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    QVERIFY(waitForList(*window, 8));
    const qint64 sourceId = window->selection()->currentView().id;

    window->actions()->markAllRead->trigger();
    QTRY_COMPARE(window->sourceModel()->unreadOf(ViewKey::source(sourceId)), 0);
    QCOMPARE(window->sourceModel()->smartCounts().unread, 0);
    for (int row = 0; row < 8; ++row)
        QCOMPARE(window->articleModel()->index(row).data(ArticleListModel::ReadRole).toBool(),
                 true);
    auto *undoButton = window->findChild<QPushButton *>(QStringLiteral("undoButton"));
    QVERIFY(undoButton->isVisible());
    QVERIFY(window->actions()->undo->isEnabled());

    QTest::mouseClick(undoButton, Qt::LeftButton);
    QTRY_COMPARE(window->sourceModel()->unreadOf(ViewKey::source(sourceId)), 8);
    QCOMPARE(window->sourceModel()->smartCounts().unread, 8);
    QCOMPARE(window->articleModel()->index(3).data(ArticleListModel::ReadRole).toBool(), false);
    QVERIFY(!undoButton->isVisible());
    QVERIFY(!window->actions()->undo->isEnabled());
    QCOMPARE(readInLibrary(*library, window->articleModel()->idAt(3), "read"), 0);
}

void TestReadingWindow::walkTheListWithKeys()
{
    auto library = openLibrary();
    QVERIFY(library);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    QVERIFY(waitForList(*window, 8));
    QTreeView *list = window->listPane()->list();
    list->setFocus();
    const auto currentRow = [list] { return list->currentIndex().row(); };

    // Focus puts the list at its first article.
    QCOMPARE(currentRow(), 0);
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(currentRow(), 1);
    QTest::keyClick(list, Qt::Key_J);
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(currentRow(), 3);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(currentRow(), 2);
    QTest::keyClick(list, Qt::Key_P);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(currentRow(), 0);
    QTest::keyClick(list, Qt::Key_K); // Already at the top.
    QCOMPARE(currentRow(), 0);
    QCOMPARE(window->selection()->currentArticleId(), window->articleModel()->idAt(0));

    // m toggles read; the article stays selected.
    QCOMPARE(window->articleModel()->index(0).data(ArticleListModel::ReadRole).toBool(), true);
    QTest::keyClick(list, Qt::Key_M);
    QCOMPARE(window->articleModel()->index(0).data(ArticleListModel::ReadRole).toBool(), false);
    QTest::keyClick(list, Qt::Key_M);
    QCOMPARE(window->articleModel()->index(0).data(ArticleListModel::ReadRole).toBool(), true);
    QCOMPARE(currentRow(), 0);

    // Next unread skips what was read: rows 0-3 are read, so Shift+N lands on 4.
    QTest::keyClick(list, Qt::Key_N, Qt::ShiftModifier);
    QCOMPARE(currentRow(), 4);
    QCOMPARE(window->selection()->currentArticleId(), window->articleModel()->idAt(4));
    // Space at the end of a short article (or before the web view exists) goes on too.
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(currentRow(), 5);
}

void TestReadingWindow::markReadWaitsForTheDelaySetting()
{
    auto library = openLibrary();
    QVERIFY(library);
    library->settings().setValue(QLatin1String(SettingsKeys::MarkReadDelaySeconds), 1);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    QVERIFY(waitForList(*window, 8));
    window->selection()->selectArticle(window->articleModel()->idAt(2));
    QCOMPARE(window->articleModel()->index(2).data(ArticleListModel::ReadRole).toBool(), false);
    // Moving on before the delay leaves the article unread.
    window->selection()->next();
    // Row 3's delay started after row 2's would have: once row 3 is read, row 2's is past too.
    QTRY_COMPARE_WITH_TIMEOUT(
        window->articleModel()->index(3).data(ArticleListModel::ReadRole).toBool(), true, 5000);
    QCOMPARE(window->articleModel()->index(2).data(ArticleListModel::ReadRole).toBool(), false);
}

void TestReadingWindow::selectionSurvivesARefreshThatInsertsAbove()
{
    auto library = openLibrary();
    QVERIFY(library);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    QVERIFY(waitForList(*window, 8));
    const qint64 id = window->articleModel()->idAt(4);
    window->selection()->selectArticle(id);
    QSignalSpy reset(window->articleModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(window->articleModel(), &QAbstractItemModel::rowsInserted);

    m_server->route("/feed.xml", feedResponse(rss(numberedItems(1, 11))));
    QSignalSpy finished(window->refresh(), &Ui::RefreshController::finished);
    window->actions()->refreshAll->trigger();
    QVERIFY(finished.wait(15000));
    QVERIFY(waitForList(*window, 11));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(window->selection()->currentArticleId(), id);
    QCOMPARE(window->listPane()->list()->currentIndex().row(), 7);
    QCOMPARE(window->articleModel()->idAt(7), id);
    QCOMPARE(window->articleModel()->index(0).data().toString(), QStringLiteral("Boat report 11"));
    QTRY_COMPARE(window->sourceModel()->smartCounts().unread, 10);
}

void TestReadingWindow::viewAndArticleAreRememberedAcrossRestarts()
{
    qint64 id = 0;
    {
        auto library = openLibrary();
        QVERIFY(library);
        auto window = subscribedWindow(*library);
        QVERIFY(window);
        QVERIFY(waitForList(*window, 8));
        id = window->articleModel()->idAt(5);
        window->selection()->selectArticle(id);
        window->close();
    }
    auto library = openLibrary();
    QVERIFY(library);
    Ui::MainWindow window(*library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.selection()->currentView().kind, ViewKey::Kind::Source);
    QTRY_COMPARE(window.selection()->currentArticleId(), id);
    // The tree, filled after the view was chosen, shows that view too, even once it has focus.
    QTRY_COMPARE(window.sourceModel()->keyOf(
                     window.findChild<QTreeView *>(QStringLiteral("sourceTree"))->currentIndex()),
                 window.selection()->currentView());
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("sourceTree"));
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    QCoreApplication::processEvents();
    QCOMPARE(window.selection()->currentView().kind, ViewKey::Kind::Source);
    QCOMPARE(window.listPane()->list()->currentIndex().row(), 5);
}

void TestReadingWindow::shortcutsAreListedInHelp()
{
    auto library = openLibrary();
    QVERIFY(library);
    Ui::MainWindow window(*library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.actions()->keyboardShortcuts->trigger();
    auto *dialog = window.findChild<Ui::ShortcutsDialog *>();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
    QStringList keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.append(table->item(row, 1)->text());
    const QString all = keys.join(QLatin1Char('|'));
    for (const char *expected : {"J, N", "K, P", "Space", "M", "S", "O", "F5, R", "/", "Ctrl+,"})
        QVERIFY2(keys.contains(QLatin1String(expected)) || all.contains(QLatin1String(expected)),
                 qPrintable(all + QLatin1String(" lacks ") + QLatin1String(expected)));
    dialog->close();
}

void TestReadingWindow::firstRunOffersStarterFeeds()
{
    auto library = openLibrary();
    QVERIFY(library);
    Ui::MainWindow window(*library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isShowingEmptyState());
    auto *empty = window.findChild<Ui::EmptyStateWidget *>();
    QTreeWidget *starters = empty->starterList();
    QVERIFY(starters->isVisible());
    QCOMPARE(starters->topLevelItemCount(), 5);
    int feeds = 0;
    for (int i = 0; i < starters->topLevelItemCount(); ++i)
        feeds += starters->topLevelItem(i)->childCount();
    QVERIFY(feeds >= 28);
    auto *subscribe = empty->findChild<QPushButton *>(QStringLiteral("subscribeStarterButton"));
    QVERIFY(!subscribe->isEnabled());

    starters->topLevelItem(1)->child(0)->setCheckState(0, Qt::Checked);
    starters->topLevelItem(2)->child(1)->setCheckState(0, Qt::Checked);
    QVERIFY(subscribe->isEnabled());
    // The window would subscribe (and fetch from the internet): only the request is checked.
    QObject::disconnect(empty, &Ui::EmptyStateWidget::starterFeedsChosen, nullptr, nullptr);
    QSignalSpy chosen(empty, &Ui::EmptyStateWidget::starterFeedsChosen);
    QTest::mouseClick(subscribe, Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    const auto picked = chosen.first().at(0).value<QList<Models::StarterFeed>>();
    QCOMPARE(picked.size(), 2);
    QCOMPARE(picked.at(0).title, starters->topLevelItem(1)->child(0)->text(0));
    QVERIFY(picked.at(1).url.scheme() == QLatin1String("https"));
}

void TestReadingWindow::panesHaveAccessibleNames()
{
    auto library = openLibrary();
    QVERIFY(library);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    for (const char *name : {"sourceTree", "articleList", "searchField", "articlePane"}) {
        auto *widget = window->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // Tab goes from the sources to the search field to the list.
    QWidget *tree = window->findChild<QWidget *>(QStringLiteral("sourceTree"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), window->listPane()->searchField());
    QTest::keyClick(window->listPane()->searchField(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), window->listPane()->list());
}

void TestReadingWindow::dailyBriefingShowsTodaysStories()
{
    // Reports from the last minute: today's, unless the test runs across midnight.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList titles = {
        "Kestrel Bridge reopens after repairs", "Traffic returns as Kestrel Bridge repairs end",
        "Kestrel Bridge open again for commuters", "Lantern festival fills the harbour"};
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour "
                     "Gazette</title><link>http://127.0.0.1/</link>";
    for (int i = 0; i < titles.size(); ++i)
        xml += "<item><guid>b" + QByteArray::number(i) + "</guid><title>" + titles[i].toUtf8() +
               "</title><link>http://127.0.0.1/b/" + QByteArray::number(i) +
               "</link><description>" + titles[i].toUtf8() + ".</description><pubDate>" +
               now.addSecs(-10 * (i + 1)).toString(Qt::RFC2822Date).toUtf8() + "</pubDate></item>";
    m_server->route("/feed.xml", feedResponse(xml + "</channel></rss>"));
    auto library = openLibrary();
    QVERIFY(library);
    library->settings().setValue(QLatin1String(SettingsKeys::AiEnabled), true);
    auto window = subscribedWindow(*library);
    QVERIFY(window);

    const QModelIndex briefing =
        window->sourceModel()->indexOf(ViewKey::smart(SmartView::Briefing));
    QVERIFY(briefing.isValid());
    auto *tree = window->findChild<QTreeView *>(QStringLiteral("sourceTree"));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(briefing).center());
    QCOMPARE(window->selection()->currentView(), ViewKey::smart(SmartView::Briefing));
    auto *pane = window->findChild<Ui::ArticlePane *>(QStringLiteral("articlePane"));
    QVERIFY(pane->isShowingBriefing());
    QTRY_VERIFY(pane->html().contains(QLatin1String("class=\"brief-headline\"")));
    QVERIFY(pane->html().contains(QLatin1String("Kestrel Bridge")));
    QVERIFY(pane->html().contains(QLatin1String("Lantern festival fills the harbour")));
    // The list holds the stories' articles; nothing is selected while the briefing is shown.
    QVERIFY(waitForList(*window, 4));
    QCOMPARE(window->selection()->currentArticleId(), 0);

    // A story's link opens its article; a click on the view brings the briefing back.
    const qint64 id = window->articleModel()->idAt(1);
    emit pane->articleRequested(id);
    QCOMPARE(window->selection()->currentArticleId(), id);
    QCOMPARE(pane->articleId(), id);
    QVERIFY(!pane->isShowingBriefing());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(briefing).center());
    QVERIFY(pane->isShowingBriefing());
    QCOMPARE(window->selection()->currentArticleId(), 0);
}

QTEST_MAIN(TestReadingWindow)
#include "tst_readingwindow.moc"
