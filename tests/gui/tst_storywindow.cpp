#include "base/settingskeys.h"
#include "httpserver.h"
#include "models/articlelistmodel.h"
#include "models/databaseworker.h"
#include "models/sourcetreemodel.h"
#include "openlibrary.h"
#include "storage/library.h"
#include "storage/savedsearchrepository.h"
#include "ui/articlelistpane.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"
#include "ui/refreshcontroller.h"
#include "ui/selectioncontroller.h"
#include "ui/subscriptioncontroller.h"
#include "ui/windowsettingskeys.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using Models::ArticleListModel;
using Models::SmartView;
using Models::ViewKey;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

// A feed of \a titles, item n dated n hours after yesterday's start (higher n: newer), each
// with a link of its own on the feed's host.
HttpResponse feed(const QByteArray &name, const QStringList &titles)
{
    // Yesterday's start, the same for every feed of a test run.
    static const QDateTime base(QDate::currentDate().addDays(-1), QTime(0, 0), Qt::UTC);
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>" +
                     name + "</title><link>http://" + name + ".example/</link>";
    for (int n = 0; n < titles.size(); ++n) {
        xml += "<item><guid>" + name + QByteArray::number(n) + "</guid><title>" +
               titles.at(n).toUtf8() + "</title><link>http://" + name + ".example/a/" +
               QByteArray::number(n) + "</link><description>Text " + QByteArray::number(n) +
               "</description><pubDate>" +
               base.addSecs(3600LL * n).toString(Qt::RFC2822Date).toUtf8() + "</pubDate></item>";
    }
    return HttpResponse::ok(xml + "</channel></rss>", "application/rss+xml; charset=utf-8");
}

const QString Storm = QStringLiteral("Storm closes the harbour for two days");
const QString Cranes = QStringLiteral("New cranes arrive at the container port");

} // namespace

class TestStoryWindow final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void init();
    void cleanup();
    void sameStoryFromTwoSourcesIsOneRow();
    void articleArrivingDuringARefreshJoinsItsRow();
    void readingOneMarksTheRestRead_data();
    void readingOneMarksTheRestRead();
    void savedSearchCountFollowsReading();

private:
    std::unique_ptr<Ui::MainWindow> subscribedWindow(Storage::Library &library);
    bool waitForList(Ui::MainWindow &window, int rows);
    int readInLibrary(Storage::Library &library, qint64 id);
    [[nodiscard]] int rowOfTitle(Ui::MainWindow &window, const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpServer> m_server;
};

void TestStoryWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_server->route(
        "/gazette.xml",
        feed("gazette", {Cranes, QStringLiteral("Ferry timetable for the winter"), Storm}));
    m_server->route("/courier.xml",
                    feed("courier", {Storm + QLatin1Char('!'),
                                     QStringLiteral("Fishing quotas are set for next year")}));
}

void TestStoryWindow::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<Ui::MainWindow> TestStoryWindow::subscribedWindow(Storage::Library &library)
{
    library.settings().setValue(QLatin1String(SettingsKeys::RefreshOnStart), false);
    auto window = std::make_unique<Ui::MainWindow>(library);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QApplication::setActiveWindow(window.get());
    QList<Storage::SourceDraft> drafts(2);
    drafts[0].feedUrl = m_server->url(QStringLiteral("/gazette.xml"));
    drafts[1].feedUrl = m_server->url(QStringLiteral("/courier.xml"));
    QSignalSpy finished(window->refresh(), &Ui::RefreshController::finished);
    window->subscriptions()->subscribe(drafts);
    if (!finished.wait(15000))
        return nullptr;
    window->selection()->showView(ViewKey::smart(SmartView::All));
    return window;
}

bool TestStoryWindow::waitForList(Ui::MainWindow &window, int rows)
{
    QElapsedTimer timer;
    timer.start();
    while (window.articleModel()->rowCount() != rows || window.selection()->isLoading()) {
        if (timer.elapsed() > 10000)
            return false;
        QTest::qWait(20);
    }
    return true;
}

int TestStoryWindow::readInLibrary(Storage::Library &library, qint64 id)
{
    QSqlQuery query(library.database().connection());
    query.prepare(QStringLiteral("SELECT read FROM articles WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

int TestStoryWindow::rowOfTitle(Ui::MainWindow &window, const QString &title) const
{
    ArticleListModel *model = window.articleModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(ArticleListModel::TitleRole).toString() == title)
            return row;
    }
    return -1;
}

void TestStoryWindow::sameStoryFromTwoSourcesIsOneRow()
{
    auto library = TestSupport::openLibrary(m_dir->path());
    QVERIFY(library);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    // Five articles, the storm twice: four rows.
    QVERIFY(waitForList(*window, 4));
    ArticleListModel *model = window->articleModel();
    const int storm = rowOfTitle(*window, Storm);
    QVERIFY(storm >= 0);
    QCOMPARE(model->index(storm).data(ArticleListModel::MoreSourcesRole).toInt(), 1);
    QVERIFY(model->index(storm)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("1 more source")));

    // Right shows the other source's article under the lead, Left folds it again.
    window->selection()->selectArticle(model->idAt(storm));
    QTest::keyClick(window->listPane()->list(), Qt::Key_Right);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(storm + 1).data(ArticleListModel::TitleRole).toString(),
             Storm + QLatin1Char('!'));
    QVERIFY(model->index(storm + 1).data(ArticleListModel::StoryMemberRole).toBool());
    QTest::keyClick(window->listPane()->list(), Qt::Key_Left);
    QCOMPARE(model->rowCount(), 4);

    // Turned off, every article is a row again.
    library->settings().setValue(QLatin1String(SettingsKeys::CollapseStories), false);
    window->selection()->setCollapseStories(false);
    QVERIFY(waitForList(*window, 5));
}

void TestStoryWindow::articleArrivingDuringARefreshJoinsItsRow()
{
    auto library = TestSupport::openLibrary(m_dir->path());
    QVERIFY(library);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    QVERIFY(waitForList(*window, 4));
    ArticleListModel *model = window->articleModel();
    const QList<qint64> before = model->ids();
    const int cranes = rowOfTitle(*window, Cranes);
    QVERIFY(cranes >= 0);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    // The courier now tells the cranes story too, newer than the gazette's: it joins that row.
    m_server->route(
        "/courier.xml",
        feed("courier",
             {Storm + QLatin1Char('!'), QStringLiteral("Fishing quotas are set for next year"),
              QStringLiteral("Fishing fleet stays in port"),
              QStringLiteral("Harbour master retires after forty years"), Cranes}));
    QSignalSpy finished(window->refresh(), &Ui::RefreshController::finished);
    window->actions()->refreshAll->trigger();
    QVERIFY(finished.wait(15000));
    QVERIFY(waitForList(*window, 6));
    QTRY_COMPARE(
        model->index(rowOfTitle(*window, Cranes)).data(ArticleListModel::MoreSourcesRole).toInt(),
        1);
    QCOMPARE(reset.count(), 0);
    // Only the two new stories came in; the rows that were there kept their order.
    int insertedRows = 0;
    for (const QList<QVariant> &signal : std::as_const(inserted))
        insertedRows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
    QCOMPARE(insertedRows, 2);
    QList<qint64> kept = model->ids();
    kept.removeIf([&before](qint64 id) { return !before.contains(id); });
    QCOMPARE(kept, before);
}

void TestStoryWindow::readingOneMarksTheRestRead_data()
{
    QTest::addColumn<bool>("markStoryRead");

    QTest::newRow("setting on (default)") << true;
    QTest::newRow("setting off") << false;
}

void TestStoryWindow::readingOneMarksTheRestRead()
{
    QFETCH(bool, markStoryRead);

    auto library = TestSupport::openLibrary(m_dir->path());
    QVERIFY(library);
    if (!markStoryRead)
        library->settings().setValue(QLatin1String(SettingsKeys::MarkStoryRead), false);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    QVERIFY(waitForList(*window, 4));
    ArticleListModel *model = window->articleModel();
    const int storm = rowOfTitle(*window, Storm);
    const qint64 lead = model->idAt(storm);
    const QList<qint64> story = model->storyOf(lead);
    QCOMPARE(story.size(), 2);
    const qint64 other = story.at(1);
    // Five unread articles, once the counts have arrived.
    QTRY_COMPARE(window->sourceModel()->smartCounts().unread, 5);

    window->selection()->selectArticle(lead);
    window->worker()->waitForIdle();
    QTRY_COMPARE(readInLibrary(*library, lead), 1);
    QTRY_COMPARE(readInLibrary(*library, other), markStoryRead ? 1 : 0);
    QTRY_COMPARE(window->sourceModel()->smartCounts().unread, markStoryRead ? 3 : 4);
}

QTEST_MAIN(TestStoryWindow)
// Reading an article that a saved search finds takes it off that search's unread count at
// once, not at the next refresh.
void TestStoryWindow::savedSearchCountFollowsReading()
{
    auto library = TestSupport::openLibrary(m_dir->path());
    QVERIFY(library);
    library->settings().setValue(QLatin1String(SettingsKeys::MarkStoryRead), false);
    const std::optional<qint64> cranes =
        Storage::SavedSearchRepository(library->database().connection())
            .add(QStringLiteral("Cranes"), QStringLiteral("title:cranes"));
    QVERIFY(cranes);
    auto window = subscribedWindow(*library);
    QVERIFY(window);
    QVERIFY(waitForList(*window, 4));
    Models::SourceTreeModel *sources = window->sourceModel();
    QTRY_COMPARE(sources->smartCounts().savedSearchUnread.value(*cranes), 1);

    window->selection()->selectArticle(window->articleModel()->idAt(rowOfTitle(*window, Cranes)));
    QTRY_COMPARE(sources->smartCounts().savedSearchUnread.value(*cranes), 0);
}

#include "tst_storywindow.moc"
