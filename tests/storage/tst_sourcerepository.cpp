#include "temporarylibrary.h"

#include "storage/articlerepository.h"
#include "storage/folderrepository.h"
#include "storage/sourcerepository.h"

#include <QTest>

using Storage::Source;
using Storage::SourceRepository;
using TestSupport::TemporaryLibrary;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestSourceRepository final : public QObject
{
    Q_OBJECT

private slots:
    void addAndFind();
    void duplicateFeedUrlGivesTheExistingSource();
    void addRefusesBadInput_data();
    void addRefusesBadInput();
    void settersChangeOneThing();
    void setFeedUrlAfterRedirect();
    void fetchSuccessFillsOnlyMissingDetails();
    void fetchErrorsCountAndSuccessResets();
    void notModifiedOnlyMovesTimes();
    void dueSourcesSkipPausedAndFuture();
    void allCountsArticlesInOneQuery();
};

void TestSourceRepository::addAndFind()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 folder = Storage::FolderRepository(library.connection()).add("F").value_or(0);
    SourceRepository sources(library.connection());
    const auto added = sources.add(
        {QUrl("https://example.org/feed.xml"), " Example ", QUrl("https://example.org/"), folder});
    QVERIFY(added.id > 0);
    QVERIFY(!added.alreadyExists);

    const std::optional<Source> source = sources.find(added.id);
    QVERIFY(source);
    QCOMPARE(source->feedUrl, QUrl("https://example.org/feed.xml"));
    QCOMPARE(source->siteUrl, QUrl("https://example.org/"));
    QCOMPARE(source->title, QStringLiteral("Example"));
    QCOMPARE(source->folderId, folder);
    QCOMPARE(source->iconUrl, QUrl());
    QCOMPARE(source->refreshIntervalSeconds, 0);
    QCOMPARE(source->errorCount, 0);
    QCOMPARE(source->lastFetch, QDateTime());
    QCOMPARE(source->nextFetch, QDateTime());
    QVERIFY(!source->paused);
    QVERIFY(!source->loadFullArticle);
    QCOMPARE(source->unreadCount, 0);
    QCOMPARE(source->totalCount, 0);
    QCOMPARE(sources.findByFeedUrl(QUrl("https://example.org/feed.xml"))->id, added.id);
    QVERIFY(!sources.findByFeedUrl(QUrl("https://example.org/other.xml")));
    QVERIFY(!sources.find(added.id + 1));
}

void TestSourceRepository::duplicateFeedUrlGivesTheExistingSource()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    SourceRepository sources(library.connection());
    const auto first = sources.add({QUrl("https://example.org/feed"), "One", {}, 0});
    // QUrl normalises the scheme and host case, so this is the same address.
    const auto second = sources.add({QUrl("HTTPS://Example.ORG/feed"), "Two", {}, 0});
    QVERIFY(first.id > 0);
    QCOMPARE(second.id, first.id);
    QVERIFY(second.alreadyExists);
    QCOMPARE(sources.all().size(), 1);
    QCOMPARE(sources.find(first.id)->title, QStringLiteral("One"));
}

void TestSourceRepository::addRefusesBadInput_data()
{
    QTest::addColumn<QUrl>("feedUrl");
    QTest::addColumn<qint64>("folderId");

    QTest::newRow("empty address") << QUrl() << qint64(0);
    QTest::newRow("relative address") << QUrl("feed.xml") << qint64(0);
    QTest::newRow("missing folder") << QUrl("https://example.org/feed") << qint64(77);
}

void TestSourceRepository::addRefusesBadInput()
{
    QFETCH(QUrl, feedUrl);
    QFETCH(qint64, folderId);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    SourceRepository sources(library.connection());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
    const auto added = sources.add({feedUrl, "T", {}, folderId});
    QCOMPARE(added.id, 0);
    QVERIFY(!sources.errorMessage().isEmpty());
    QVERIFY(sources.all().isEmpty());
}

void TestSourceRepository::settersChangeOneThing()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 folder = Storage::FolderRepository(library.connection()).add("F").value_or(0);
    SourceRepository sources(library.connection());
    const qint64 id = library.addSource("https://example.org/feed", "Before");

    QVERIFY(sources.rename(id, " After "));
    QVERIFY(sources.setFolder(id, folder));
    QVERIFY(sources.setPaused(id, true));
    QVERIFY(sources.setLoadFullArticle(id, true));
    QVERIFY(sources.setRefreshInterval(id, 900));
    Source source = *sources.find(id);
    QCOMPARE(source.title, QStringLiteral("After"));
    QCOMPARE(source.folderId, folder);
    QVERIFY(source.paused);
    QVERIFY(source.loadFullArticle);
    QCOMPARE(source.refreshIntervalSeconds, 900);

    QVERIFY(sources.setFolder(id, 0));
    QVERIFY(sources.setPaused(id, false));
    QVERIFY(sources.setRefreshInterval(id, 0));
    source = *sources.find(id);
    QCOMPARE(source.folderId, 0);
    QVERIFY(!source.paused);
    QVERIFY(source.loadFullArticle);
    QCOMPARE(source.refreshIntervalSeconds, 0);

    QTest::ignoreMessage(QtWarningMsg, "The source no longer exists.");
    QVERIFY(!sources.setPaused(id + 5, true));
}

void TestSourceRepository::setFeedUrlAfterRedirect()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    SourceRepository sources(library.connection());
    const qint64 id = library.addSource("http://example.org/rss");
    const qint64 other = library.addSource("https://other.example/feed");
    QVERIFY(sources.recordFetchSuccess(
        id, {"\"v1\"", "Tue, 31 Mar 2026 10:00:00 GMT", Now, Now.addSecs(3600), {}, {}, {}}));

    QVERIFY(sources.setFeedUrl(id, QUrl("https://example.org/feed")));
    const Source moved = *sources.find(id);
    QCOMPARE(moved.feedUrl, QUrl("https://example.org/feed"));
    QCOMPARE(moved.etag, QString());
    QCOMPARE(moved.lastModified, QString());
    QCOMPARE(sources.findByFeedUrl(QUrl("https://example.org/feed"))->id, id);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Another source")));
    QVERIFY(!sources.setFeedUrl(id, QUrl("https://other.example/feed")));
    QCOMPARE(sources.find(other)->feedUrl, QUrl("https://other.example/feed"));
}

void TestSourceRepository::fetchSuccessFillsOnlyMissingDetails()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    SourceRepository sources(library.connection());
    const qint64 untitled = library.addSource("https://a.example/feed");
    const qint64 named =
        sources.add({QUrl("https://b.example/feed"), "Mine", QUrl("https://b.example/home"), 0}).id;
    Storage::FetchSuccess fetch{"\"etag-1\"",
                                "Wed, 01 Apr 2026 08:00:00 GMT",
                                Now,
                                Now.addSecs(1800),
                                "Feed Title",
                                QUrl("https://site.example/"),
                                QUrl("https://site.example/icon.png")};
    QVERIFY(sources.recordFetchSuccess(untitled, fetch));
    QVERIFY(sources.recordFetchSuccess(named, fetch));

    const Source a = *sources.find(untitled);
    QCOMPARE(a.title, QStringLiteral("Feed Title"));
    QCOMPARE(a.siteUrl, QUrl("https://site.example/"));
    QCOMPARE(a.iconUrl, QUrl("https://site.example/icon.png"));
    QCOMPARE(a.etag, QStringLiteral("\"etag-1\""));
    QCOMPARE(a.lastModified, QStringLiteral("Wed, 01 Apr 2026 08:00:00 GMT"));
    QCOMPARE(a.lastFetch, Now);
    QCOMPARE(a.nextFetch, Now.addSecs(1800));
    const Source b = *sources.find(named);
    QCOMPARE(b.title, QStringLiteral("Mine"));
    QCOMPARE(b.siteUrl, QUrl("https://b.example/home"));
    QCOMPARE(b.iconUrl, QUrl("https://site.example/icon.png"));

    // A later fetch without validators clears the old ones.
    QVERIFY(sources.recordFetchSuccess(
        untitled, {{}, {}, Now.addSecs(1800), Now.addSecs(3600), "Renamed upstream", {}, {}}));
    const Source again = *sources.find(untitled);
    QCOMPARE(again.etag, QString());
    QCOMPARE(again.lastModified, QString());
    QCOMPARE(again.title, QStringLiteral("Feed Title"));
}

void TestSourceRepository::fetchErrorsCountAndSuccessResets()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    SourceRepository sources(library.connection());
    const qint64 id = library.addSource("https://example.org/feed");
    QVERIFY(sources.recordFetchError(id, "Timed out", Now, Now.addSecs(600)));
    QVERIFY(sources.recordFetchError(id, "Host not found", Now.addSecs(600), Now.addSecs(1800)));
    Source source = *sources.find(id);
    QCOMPARE(source.errorCount, 2);
    QCOMPARE(source.lastError, QStringLiteral("Host not found"));
    QCOMPARE(source.lastFetch, Now.addSecs(600));
    QCOMPARE(source.nextFetch, Now.addSecs(1800));

    QVERIFY(
        sources.recordFetchSuccess(id, {{}, {}, Now.addSecs(1800), Now.addSecs(5400), {}, {}, {}}));
    source = *sources.find(id);
    QCOMPARE(source.errorCount, 0);
    QCOMPARE(source.lastError, QString());

    QVERIFY(sources.recordFetchError(id, "Refused", Now.addSecs(5400), Now.addSecs(6000)));
    QCOMPARE(sources.find(id)->errorCount, 1);
}

void TestSourceRepository::notModifiedOnlyMovesTimes()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    SourceRepository sources(library.connection());
    const qint64 id = library.addSource("https://example.org/feed");
    QVERIFY(sources.recordFetchSuccess(
        id, {"\"e\"", "Wed, 01 Apr 2026 08:00:00 GMT", Now, Now.addSecs(60), "T", {}, {}}));
    QVERIFY(sources.recordFetchError(id, "Oops", Now.addSecs(60), Now.addSecs(120)));
    QVERIFY(sources.recordFetchNotModified(id, Now.addSecs(120), Now.addSecs(900)));
    const Source source = *sources.find(id);
    QCOMPARE(source.etag, QStringLiteral("\"e\""));
    QCOMPARE(source.lastModified, QStringLiteral("Wed, 01 Apr 2026 08:00:00 GMT"));
    QCOMPARE(source.lastFetch, Now.addSecs(120));
    QCOMPARE(source.nextFetch, Now.addSecs(900));
    QCOMPARE(source.errorCount, 0);
    QCOMPARE(source.lastError, QString());
}

void TestSourceRepository::dueSourcesSkipPausedAndFuture()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    SourceRepository sources(library.connection());
    const qint64 never = library.addSource("https://never.example/feed");
    const qint64 overdue = library.addSource("https://overdue.example/feed");
    const qint64 due = library.addSource("https://due.example/feed");
    const qint64 later = library.addSource("https://later.example/feed");
    const qint64 paused = library.addSource("https://paused.example/feed");
    QVERIFY(sources.recordFetchNotModified(overdue, Now.addSecs(-7200), Now.addSecs(-3600)));
    QVERIFY(sources.recordFetchNotModified(due, Now.addSecs(-600), Now));
    QVERIFY(sources.recordFetchNotModified(later, Now, Now.addSecs(60)));
    QVERIFY(sources.setPaused(paused, true));

    QList<qint64> ids;
    for (const Source &source : sources.dueSources(Now))
        ids.append(source.id);
    QCOMPARE(ids, (QList<qint64>{never, overdue, due}));
}

void TestSourceRepository::allCountsArticlesInOneQuery()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    SourceRepository sources(library.connection());
    const qint64 busy = library.addSource("https://busy.example/feed", "Busy");
    const qint64 quiet = library.addSource("https://quiet.example/feed", "Quiet");
    Storage::ArticleRepository articles(library.connection());
    const auto stored =
        articles.store(busy,
                       TestSupport::makeFeed({TestSupport::makeItem("1", {}, "One"),
                                              TestSupport::makeItem("2", {}, "Two"),
                                              TestSupport::makeItem("3", {}, "Three")}),
                       Now);
    QVERIFY(stored);
    QVERIFY(articles.setRead(stored->addedIds.at(1), true));

    const QList<Source> all = sources.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, busy);
    QCOMPARE(all.at(0).totalCount, 3);
    QCOMPARE(all.at(0).unreadCount, 2);
    QCOMPARE(all.at(1).id, quiet);
    QCOMPARE(all.at(1).totalCount, 0);
    QCOMPARE(all.at(1).unreadCount, 0);
    QCOMPARE(sources.find(busy)->unreadCount, 2);
}

QTEST_GUILESS_MAIN(TestSourceRepository)
#include "tst_sourcerepository.moc"
