// Whole syncs of a Google Reader API account (the same SyncEngine as Tiny Tiny RSS) against the
// in-test server: the first sync, states changed on another device, the rule that a change
// waiting to be sent wins, rules on the articles a sync adds, a server failing or silent in the
// middle of a sync, duplicate ids, and a 10,000-article account.
#include "fakegreader.h"
#include "storage/accountrepository.h"
#include "storage/articlerepository.h"
#include "storage/pendingchangerepository.h"
#include "storage/rulerepository.h"
#include "sync/databaserunner.h"
#include "sync/greaderclient.h"
#include "sync/syncengine.h"
#include "temporarylibrary.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Flavour = TestSupport::FakeGReader::Flavour;
using Storage::AccountRepository;
using TestSupport::FakeGReader;
using TestSupport::HttpRequest;
using TestSupport::HttpResponse;
using TestSupport::TemporaryLibrary;

Q_DECLARE_METATYPE(Flavour)

namespace {

constexpr qint64 FirstItem = 1'700'000'000'000'000;

void addFlavours()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::newRow("FreshRSS") << Flavour::FreshRss;
    QTest::newRow("Miniflux") << Flavour::Miniflux;
    QTest::newRow("Google (Inoreader, The Old Reader, BazQux)") << Flavour::Google;
}

// A library with a Google Reader API account on the in-test server.
struct Setup
{
    explicit Setup(Flavour flavour) : fake(flavour) {}

    [[nodiscard]] bool start()
    {
        if (!library.isOpen() || !fake.listen())
            return false;
        Storage::AccountDraft draft;
        draft.type = Storage::AccountType::GoogleReader;
        draft.serverUrl = fake.serverUrl();
        draft.username = fake.username;
        accountId = AccountRepository(library.connection()).add(draft).value_or(0);
        return accountId != 0;
    }

    [[nodiscard]] int count(const QString &where = QStringLiteral("1")) const
    {
        return library.scalar("SELECT count(*) FROM articles WHERE " + where).toInt();
    }

    [[nodiscard]] qint64 local(qint64 remoteId) const
    {
        return library
            .scalar(QStringLiteral("SELECT id FROM articles WHERE remote_id = '%1'").arg(remoteId))
            .toLongLong();
    }

    TemporaryLibrary library;
    FakeGReader fake;
    qint64 accountId = 0;
};

} // namespace

class TestGReaderSync final : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncMirrorsTheServer_data();
    void firstSyncMirrorsTheServer();
    void changesElsewhereArrive_data();
    void changesElsewhereArrive();
    void waitingChangeWinsOverTheServer();
    void rulesApplyToSyncedArticles_data();
    void rulesApplyToSyncedArticles();
    void serverFailsMidSync_data();
    void serverFailsMidSync();
    void duplicateIdsAreStoredOnce();
    void largeAccount();

private:
    Sync::SyncSummary sync(Setup &setup, int idsPerPage = 7, int itemsPerRequest = 5,
                           int timeoutMs = 5000);

    QNetworkAccessManager m_network;
};

Sync::SyncSummary TestGReaderSync::sync(Setup &setup, int idsPerPage, int itemsPerRequest,
                                        int timeoutMs)
{
    // Small pages: a sync of a few dozen articles takes several of each.
    Sync::GReaderClient::Options options;
    options.idsPerPage = idsPerPage;
    options.itemsPerRequest = itemsPerRequest;
    options.idsPerEdit = 3;
    options.timeoutMs = timeoutMs;
    Sync::GReaderClient client(&m_network, setup.fake.serverUrl(), setup.fake.username,
                               setup.fake.password, options);
    Sync::DirectDatabaseRunner runner(setup.library.connection());
    Sync::SyncEngine engine(setup.accountId, &client, &runner);
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
    engine.start();
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<Sync::SyncSummary>();
}

void TestGReaderSync::firstSyncMirrorsTheServer_data()
{
    addFlavours();
}

void TestGReaderSync::firstSyncMirrorsTheServer()
{
    QFETCH(Flavour, flavour);
    Setup setup(flavour);
    QVERIFY(setup.start());
    setup.fake.populate(3, 8); // 24 items in 3 feeds, all in folder "Folder 1"
    setup.fake.setRead(FirstItem, true);
    setup.fake.setStarred(FirstItem + 1, true);

    const Sync::SyncSummary first = sync(setup);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.added, 24);
    QCOMPARE(first.folders, 1);
    QCOMPARE(first.sources, 3);
    QCOMPARE(setup.count(), 24);
    QCOMPARE(setup.count("read = 1"), 1);
    QCOMPARE(setup.count("bookmarked = 1"), 1);
    QCOMPARE(setup.library
                 .scalar(QStringLiteral("SELECT read || bookmarked FROM articles WHERE"
                                        " remote_id = '%1'")
                             .arg(FirstItem + 1))
                 .toString(),
             "01");
    QCOMPARE(
        setup.library.scalar("SELECT count(*) FROM sources WHERE folder_id IS NOT NULL").toInt(),
        3);
    QCOMPARE(setup.fake.callCount("stream/items/contents"), 5); // 24 in batches of 5

    // Nothing new: the ids are listed again, no content is fetched.
    const Sync::SyncSummary second = sync(setup);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.added, 0);
    QCOMPARE(setup.fake.callCount("stream/items/contents"), 5);
    QCOMPARE(setup.count(), 24);
    QVERIFY(
        AccountRepository(setup.library.connection()).find(setup.accountId)->lastSync.isValid());
}

void TestGReaderSync::changesElsewhereArrive_data()
{
    addFlavours();
}

void TestGReaderSync::changesElsewhereArrive()
{
    QFETCH(Flavour, flavour);
    Setup setup(flavour);
    QVERIFY(setup.start());
    setup.fake.populate(2, 10);
    QVERIFY(sync(setup).ok());
    QCOMPARE(setup.count("read = 0"), 20);

    // Another device reads 12 articles, stars 2, unstars none; the server fetches 6 new ones
    // and a new feed.
    for (qint64 id = FirstItem; id < FirstItem + 12; ++id)
        setup.fake.setRead(id, true);
    setup.fake.setStarred(FirstItem + 15, true);
    setup.fake.setStarred(FirstItem + 16, true);
    setup.fake.addItems(setup.fake.addFeed("Latest", "Folder 2"), 6);

    const Sync::SyncSummary second = sync(setup);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.added, 6);
    QCOMPARE(second.sources, 3);
    QCOMPARE(second.folders, 2);
    QCOMPARE(setup.count(), 26);
    QCOMPARE(setup.count("read = 1"), 12);
    QCOMPARE(setup.count("bookmarked = 1"), 2);

    // And back: unread again, unstarred.
    setup.fake.setRead(FirstItem, false);
    setup.fake.setStarred(FirstItem + 15, false);
    QVERIFY(sync(setup).ok());
    QCOMPARE(setup.count("read = 1"), 11);
    QCOMPARE(setup.count("bookmarked = 1"), 1);
    QCOMPARE(Storage::PendingChangeRepository(setup.library.connection()).count(), 0);
}

void TestGReaderSync::waitingChangeWinsOverTheServer()
{
    Setup setup(Flavour::FreshRss);
    QVERIFY(setup.start());
    setup.fake.populate(1, 6);
    QVERIFY(sync(setup).ok());
    Storage::ArticleRepository articles(setup.library.connection());
    // Here: read 1, bookmark 2. Elsewhere meanwhile: 1 starred (still unread), 2 read.
    QVERIFY(articles.setRead(setup.local(FirstItem), true));
    QVERIFY(articles.setBookmarked(setup.local(FirstItem + 1), true));
    setup.fake.setStarred(FirstItem, true);
    setup.fake.setRead(FirstItem + 1, true);

    // The server refuses the edits: the sync stops, both changes wait, and nothing the
    // server says undoes them.
    setup.fake.intercept = [](const HttpRequest &, const QString &call) {
        std::optional<HttpResponse> answer;
        if (call == "edit-tag")
            answer = HttpResponse::withStatus(500, "Database is locked");
        return answer;
    };
    const Sync::SyncSummary refused = sync(setup);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains("Database is locked"), qPrintable(refused.error));
    QCOMPARE(Storage::PendingChangeRepository(setup.library.connection()).count(), 2);
    QCOMPARE(AccountRepository(setup.library.connection()).find(setup.accountId)->lastError,
             refused.error);
    QVERIFY(articles.article(setup.local(FirstItem))->row.read);
    QVERIFY(articles.article(setup.local(FirstItem + 1))->row.bookmarked);

    // Once the server takes them, both sides agree, and the other device's changes arrive.
    setup.fake.intercept = nullptr;
    const Sync::SyncSummary sent = sync(setup);
    QVERIFY2(sent.ok(), qPrintable(sent.error));
    QCOMPARE(sent.sent, 2);
    QVERIFY(setup.fake.item(FirstItem)->read);
    QVERIFY(setup.fake.item(FirstItem + 1)->starred);
    const auto first = articles.article(setup.local(FirstItem));
    QVERIFY(first->row.read && first->row.bookmarked);
    const auto second = articles.article(setup.local(FirstItem + 1));
    QVERIFY(second->row.read && second->row.bookmarked);
    QCOMPARE(Storage::PendingChangeRepository(setup.library.connection()).count(), 0);
}

void TestGReaderSync::rulesApplyToSyncedArticles_data()
{
    QTest::addColumn<QString>("source"); ///< The rule's; empty: every source.
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("applied"); ///< To how many of the three new articles.
    QTest::newRow("every source") << QString() << true << 3;
    QTest::newRow("feed 1 (two new)") << "feed/1" << true << 2;
    QTest::newRow("feed 2 (one new)") << "feed/2" << true << 1;
    QTest::newRow("disabled") << QString() << false << 0;
}

void TestGReaderSync::rulesApplyToSyncedArticles()
{
    QFETCH(QString, source);
    QFETCH(bool, enabled);
    QFETCH(int, applied);
    Setup setup(Flavour::FreshRss);
    QVERIFY(setup.start());
    setup.fake.populate(2, 4);
    QVERIFY(sync(setup).ok());

    // Every title has "Item" in it: only the ids tell the new articles from the others.
    using Field = Storage::RuleCondition::Field;
    using Match = Storage::RuleCondition::Match;
    Storage::Rule rule;
    rule.name = "Items";
    rule.enabled = enabled;
    if (!source.isEmpty()) {
        rule.sourceId =
            setup.library
                .scalar(QStringLiteral("SELECT id FROM sources WHERE remote_id = '%1'").arg(source))
                .toLongLong();
        QVERIFY(rule.sourceId > 0);
    }
    rule.conditions = {{Field::Title, Match::Contains, "item"}};
    rule.actions.markRead = true;
    rule.actions.tag = "Ruled";
    Storage::RuleRepository rules(setup.library.connection());
    QVERIFY2(rules.save(rule) > 0, qPrintable(rules.errorMessage()));
    const qint64 before = setup.library.scalar("SELECT max(id) FROM articles").toLongLong();
    const QList<qint64> added = setup.fake.addItems("feed/1", 2) + setup.fake.addItems("feed/2", 1);

    const Sync::SyncSummary second = sync(setup);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.added, 3);
    const QString isNew = QStringLiteral("id > %1").arg(before);
    QCOMPARE(setup.count("read = 1"), applied);
    QCOMPARE(setup.count("read = 1 AND " + isNew), applied);
    QCOMPARE(setup.count("id IN (SELECT article_id FROM article_tags) AND " + isNew), applied);
    QCOMPARE(setup.library.scalar("SELECT count(*) FROM article_tags").toInt(), applied);
    // The rule's reads are queued for the server (which still says unread) and sent next time,
    // once: both sides then agree, and nothing is queued again.
    Storage::PendingChangeRepository queue(setup.library.connection());
    QCOMPARE(queue.count(), applied);
    const Sync::SyncSummary third = sync(setup);
    QVERIFY2(third.ok(), qPrintable(third.error));
    QCOMPARE(third.sent, applied);
    QCOMPARE(third.added, 0);
    QCOMPARE(queue.count(), 0);
    QCOMPARE(setup.count("read = 1"), applied);
    int readOnServer = 0;
    for (const qint64 id : added)
        readOnServer += setup.fake.item(id)->read ? 1 : 0;
    QCOMPARE(readOnServer, applied);
}

void TestGReaderSync::serverFailsMidSync_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("failingCall");  ///< Which call of that name fails (1: the first).
    QTest::addColumn<bool>("silent");      ///< Say nothing (a timeout) rather than 500.
    QTest::addColumn<int>("storedBefore"); ///< Articles stored when it failed.

    QTest::newRow("FreshRSS: 500 on the third contents batch")
        << Flavour::FreshRss << "stream/items/contents" << 3 << false << 10;
    QTest::newRow("Miniflux: silent on the second contents batch")
        << Flavour::Miniflux << "stream/items/contents" << 2 << true << 5;
    QTest::newRow("Google: 500 on the second page of ids")
        << Flavour::Google << "stream/items/ids" << 2 << false << 0;
    QTest::newRow("FreshRSS: 500 on the unread ids")
        << Flavour::FreshRss << "stream/items/ids" << 4 << false << 20;
    QTest::newRow("Miniflux: silent on the login")
        << Flavour::Miniflux << "accounts/ClientLogin" << 1 << true << 0;
}

void TestGReaderSync::serverFailsMidSync()
{
    QFETCH(Flavour, flavour);
    QFETCH(QString, call);
    QFETCH(int, failingCall);
    QFETCH(bool, silent);
    QFETCH(int, storedBefore);
    Setup setup(flavour);
    QVERIFY(setup.start());
    setup.fake.populate(2, 10);
    setup.fake.setStarred(FirstItem + 3, true);
    // A change waits from before; it must survive the failure and go next time.
    Storage::PendingChangeRepository queue(setup.library.connection());
    QVERIFY(queue.queue(setup.accountId, Storage::ChangeKind::Subscribe, {},
                        {{"url", "https://e.org/new.xml"}}));

    int seen = 0;
    setup.fake.intercept = [&](const HttpRequest &, const QString &name) {
        std::optional<HttpResponse> answer;
        if (name == call && ++seen == failingCall) {
            HttpResponse failure = HttpResponse::withStatus(500, "Internal Server Error");
            if (silent)
                failure.delayMs = 3000; // longer than the client waits
            answer = failure;
        }
        return answer;
    };
    const Sync::SyncSummary failed = sync(setup, 8, 5, 400);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error.contains(silent ? "No answer within" : "500"), qPrintable(failed.error));
    QCOMPARE(setup.count(), storedBefore);
    QCOMPARE(AccountRepository(setup.library.connection()).find(setup.accountId)->lastError,
             failed.error);

    setup.fake.intercept = nullptr;
    const Sync::SyncSummary resumed = sync(setup, 8, 5);
    QVERIFY2(resumed.ok(), qPrintable(resumed.error));
    QCOMPARE(resumed.added, 20 - storedBefore);
    QCOMPARE(setup.count(), 20);
    QCOMPARE(setup.count("bookmarked = 1"), 1);
    QCOMPARE(queue.count(), 0);
    QCOMPARE(setup.fake.feeds().last().url, "https://e.org/new.xml");
    QVERIFY(
        AccountRepository(setup.library.connection()).find(setup.accountId)->lastError.isEmpty());
}

void TestGReaderSync::duplicateIdsAreStoredOnce()
{
    Setup setup(Flavour::FreshRss);
    QVERIFY(setup.start());
    setup.fake.populate(2, 9);
    setup.fake.duplicateIds = true;
    const Sync::SyncSummary first = sync(setup, 4, 3);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.added, 18);
    QCOMPARE(setup.count(), 18);
    QCOMPARE(setup.library.scalar("SELECT count(DISTINCT remote_id) FROM articles").toInt(), 18);
}

void TestGReaderSync::largeAccount()
{
    // 10,000 articles at the client's own page sizes, as a real account would be synced.
    Setup setup(Flavour::FreshRss);
    QVERIFY(setup.start());
    setup.fake.populate(100, 100);
    for (qint64 id = FirstItem; id < FirstItem + 10'000; id += 2)
        setup.fake.setRead(id, true);
    QElapsedTimer timer;
    timer.start();
    const Sync::SyncSummary first = sync(setup, 0, 250);
    QVERIFY2(first.ok(), qPrintable(first.error));
    qInfo("first sync of 10,000 articles: %lld ms", qint64(timer.elapsed()));
    QCOMPARE(first.added, 10'000);
    QCOMPARE(setup.count(), 10'000);
    QCOMPARE(setup.count("read = 0"), 5'000);

    for (qint64 id = FirstItem + 1; id < FirstItem + 2'001; id += 2)
        setup.fake.setRead(id, true);
    timer.restart();
    const Sync::SyncSummary second = sync(setup, 0, 250);
    QVERIFY2(second.ok(), qPrintable(second.error));
    qInfo("second sync after 1,000 changes: %lld ms", qint64(timer.elapsed()));
    QCOMPARE(second.added, 0);
    QCOMPARE(setup.count("read = 0"), 4'000);
}

QTEST_GUILESS_MAIN(TestGReaderSync)
#include "tst_greadersync.moc"
