// One sync of one account against a fake TT-RSS: the order (changes sent first), nothing
// stored twice, a failed send kept, and the account's last error.
#include "fakettrss.h"
#include "secrets/accountpassword.h"
#include "secrets/memorystore.h"
#include "storage/accountrepository.h"
#include "storage/articlerepository.h"
#include "storage/pendingchangerepository.h"
#include "storage/sourcerepository.h"
#include "sync/databaserunner.h"
#include "sync/syncengine.h"
#include "sync/syncservice.h"
#include "sync/ttrssclient.h"
#include "temporarylibrary.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Storage::AccountRepository;
using TestSupport::FakeTtRss;
using TestSupport::TemporaryLibrary;

namespace {

// A server with folder 4, feed 5 in it, articles 1..3 (2 read, 3 starred).
FakeTtRss::Answer serverWithThreeArticles(bool *refuseUpdates)
{
    return [refuseUpdates](const QJsonObject &call) {
        const QString op = call.value("op").toString();
        if (op == "getCategories")
            return FakeTtRss::content(QJsonArray{QJsonObject{{"id", 4}, {"title", "News"}}});
        if (op == "getFeeds")
            return FakeTtRss::content(QJsonArray{QJsonObject{
                {"id", 5}, {"cat_id", 4}, {"title", "Feed"}, {"feed_url", "https://e.org/f"}}});
        if (op == "subscribeToFeed") {
            const bool bad = call.value("feed_url").toString().contains("bad");
            return FakeTtRss::content(QJsonObject{
                {"status", bad ? QJsonObject{{"code", 5}, {"message", "HTTP/1.1 404 Not Found"}}
                               : QJsonObject{{"code", 1}, {"feed_id", 6}}}});
        }
        if (op == "unsubscribeFeed") // removed on another device already
            return FakeTtRss::error("FEED_NOT_FOUND");
        if (op == "updateArticle")
            return *refuseUpdates ? TestSupport::HttpResponse::withStatus(500)
                                  : FakeTtRss::content(QJsonObject{{"status", "OK"}});
        QJsonArray headlines;
        const int skip = call.value("skip").toInt();
        const int limit = call.value("limit").toInt();
        int matching = 0;
        for (int id = 1; id <= 3; ++id) {
            const bool unread = id != 2;
            const bool starred = id == 3;
            if (call.value("since_id").toInt() >= id ||
                (call.value("view_mode") == "unread" && !unread) ||
                (call.value("feed_id").toInt() == -1 && !starred))
                continue;
            if (matching++ < skip || headlines.size() >= limit)
                continue;
            headlines.append(QJsonObject{{"id", id},
                                         {"feed_id", 5},
                                         {"unread", unread},
                                         {"marked", starred},
                                         {"title", QStringLiteral("Article %1").arg(id)},
                                         {"content", "<p>text</p>"}});
        }
        return FakeTtRss::content(headlines);
    };
}

// A library with an account on a fake TT-RSS that has three articles.
struct Setup
{
    TemporaryLibrary library;
    FakeTtRss fake;
    bool refuseUpdates = false;
    qint64 accountId = 0;
};

} // namespace

class TestSyncEngine final : public QObject
{
    Q_OBJECT

private slots:
    void syncMirrorsTheServerOnce();
    void unreadablePasswordIsTheAccountsError();
    void failedSendStaysQueuedAndIsTheAccountsError();
    void structureChangesAreSentFirst();

private:
    Sync::SyncSummary sync(const TemporaryLibrary &library, const FakeTtRss &fake,
                           qint64 accountId);
    /// Opens the library, starts the server, adds the account and syncs once; the summary of
    /// that first sync, or nothing when the setup failed.
    std::optional<Sync::SyncSummary> firstSync(Setup &setup);
    Sync::SyncSummary sync(const Setup &setup)
    {
        return sync(setup.library, setup.fake, setup.accountId);
    }

    QNetworkAccessManager m_network;
};

Sync::SyncSummary TestSyncEngine::sync(const TemporaryLibrary &library, const FakeTtRss &fake,
                                       qint64 accountId)
{
    // Pages of two: a sync of three articles takes two pages, the second asked for ahead.
    Sync::TtRssClient::Options options;
    options.pageSize = 2;
    Sync::TtRssClient client(&m_network, fake.serverUrl(), "reader", "secret", options);
    Sync::DirectDatabaseRunner runner(library.connection());
    Sync::SyncEngine engine(accountId, &client, &runner);
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
    engine.start();
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<Sync::SyncSummary>();
}

std::optional<Sync::SyncSummary> TestSyncEngine::firstSync(Setup &setup)
{
    if (!setup.library.isOpen() || !setup.fake.listen())
        return std::nullopt;
    setup.fake.answer = serverWithThreeArticles(&setup.refuseUpdates);
    Storage::AccountDraft draft;
    draft.serverUrl = setup.fake.serverUrl();
    draft.username = "reader";
    setup.accountId = AccountRepository(setup.library.connection()).add(draft).value_or(0);
    if (setup.accountId == 0)
        return std::nullopt;
    return sync(setup);
}

void TestSyncEngine::syncMirrorsTheServerOnce()
{
    Setup setup;
    const std::optional<Sync::SyncSummary> first = firstSync(setup);
    QVERIFY(first);
    QVERIFY2(first->ok(), qPrintable(first->error));
    QCOMPARE(first->added, 3);
    QCOMPARE(first->folders, 1);
    QCOMPARE(first->sources, 1);
    QCOMPARE(setup.library
                 .scalar("SELECT group_concat(read || bookmarked, ' ') FROM (SELECT read,"
                         " bookmarked FROM articles ORDER BY remote_id)")
                 .toString(),
             "00 10 01");
    const auto account = AccountRepository(setup.library.connection()).find(setup.accountId);
    QCOMPARE(account->lastArticleId, 3);
    QCOMPARE(account->apiLevel, 15);
    QVERIFY(account->lastSync.isValid());

    const Sync::SyncSummary second = sync(setup);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.added, 0);
    QJsonObject lastArticles;
    int articlePages = 0;
    for (const QJsonObject &call : setup.fake.callsOf("getHeadlines")) {
        if (call.value("show_content").toBool()) {
            lastArticles = call;
            ++articlePages;
        }
    }
    // The first sync: page 1 full, then the client's parallelPages() at once (the second short,
    // the others empty); the second sync: one. The first sync had every state with its
    // articles: no state pass.
    QCOMPARE(articlePages, 1 + Sync::TtRssClient::Options().parallelCalls + 1);
    QCOMPARE(setup.fake.callsOf("getCounters").size(), 1);
    QCOMPARE(lastArticles.value("since_id").toInt(), 3);
    QCOMPARE(lastArticles.value("skip").toInt(), 0);
    QCOMPARE(setup.library.scalar("SELECT count(*) FROM articles").toInt(), 3);
}

void TestSyncEngine::failedSendStaysQueuedAndIsTheAccountsError()
{
    Setup setup;
    const std::optional<Sync::SyncSummary> first = firstSync(setup);
    QVERIFY(first && first->ok());
    Storage::ArticleRepository articles(setup.library.connection());
    const qint64 article =
        setup.library.scalar("SELECT id FROM articles WHERE remote_id = '1'").toLongLong();
    QVERIFY(articles.setRead(article, true));

    setup.refuseUpdates = true;
    const Sync::SyncSummary failed = sync(setup);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.notSent, 1);
    // The sync stopped before the states pass could undo the local change.
    QCOMPARE(setup.fake.callsOf("getCategories").size(), 1);
    QCOMPARE(Storage::PendingChangeRepository(setup.library.connection()).count(), 1);
    QCOMPARE(AccountRepository(setup.library.connection()).find(setup.accountId)->lastError,
             failed.error);
    QVERIFY(articles.article(article)->row.read);

    setup.refuseUpdates = false;
    const Sync::SyncSummary sent = sync(setup);
    QVERIFY2(sent.ok(), qPrintable(sent.error));
    QCOMPARE(sent.sent, 1);
    QCOMPARE(setup.fake.callsOf("updateArticle").last().value("article_ids").toString(), "1");
    QCOMPARE(Storage::PendingChangeRepository(setup.library.connection()).count(), 0);
    QVERIFY(
        AccountRepository(setup.library.connection()).find(setup.accountId)->lastError.isEmpty());
}

void TestSyncEngine::structureChangesAreSentFirst()
{
    Setup setup;
    const std::optional<Sync::SyncSummary> first = firstSync(setup);
    QVERIFY(first && first->ok());
    Storage::PendingChangeRepository queue(setup.library.connection());
    QVERIFY(queue.queue(setup.accountId, Storage::ChangeKind::Subscribe, {},
                        {{"url", "https://e.org/new.xml"}, {"folder", "4"}}));
    QVERIFY(queue.queue(setup.accountId, Storage::ChangeKind::Subscribe, {},
                        {{"url", "https://e.org/bad.xml"}}));
    const qint64 source =
        setup.library.scalar("SELECT id FROM sources WHERE remote_id = '5'").toLongLong();
    QVERIFY(Storage::SourceRepository(setup.library.connection()).remove(source));
    setup.fake.calls.clear();

    const Sync::SyncSummary summary = sync(setup);
    QCOMPARE(summary.sent, 2);
    QCOMPARE(summary.notSent, 1);
    QVERIFY2(summary.error.contains("404 Not Found"), qPrintable(summary.error));
    // The refused subscription did not hold up the rest of the sync.
    QCOMPARE(setup.fake.callsOf("getCategories").size(), 1);
    QCOMPARE(setup.fake.calls.at(1).value("op").toString(), "subscribeToFeed");
    QCOMPARE(setup.fake.calls.at(1).value("category_id").toString(), "4");
    QCOMPARE(setup.fake.callsOf("unsubscribeFeed").first().value("feed_id").toString(), "5");
    const QList<Storage::PendingChange> left = queue.forAccount(setup.accountId).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().payload.value("url").toString(), "https://e.org/bad.xml");
    QCOMPARE(left.first().lastError, summary.error);
}

void TestSyncEngine::unreadablePasswordIsTheAccountsError()
{
    // A sync that fails before it reaches the server still says why, on the account.
    qunsetenv(Secrets::AccountPasswordVariable);
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    Storage::AccountDraft draft;
    draft.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    draft.username = QStringLiteral("reader");
    const auto accountId = AccountRepository(library.connection()).add(draft);
    QVERIFY(accountId);
    const auto account = AccountRepository(library.connection()).find(*accountId);
    QVERIFY(account);
    Secrets::MemoryStore secrets;
    secrets.setUnavailable(QStringLiteral("The keyring is locked."));
    Sync::DirectDatabaseRunner runner(library.connection());
    QNetworkAccessManager network;
    Sync::SyncService service(&runner, &network, &secrets, {});
    QSignalSpy finished(&service, &Sync::SyncService::finished);
    service.sync(*account);
    QVERIFY(finished.count() > 0 || finished.wait(5000));
    const auto summary = finished.constFirst().at(0).value<Sync::SyncSummary>();
    QVERIFY2(summary.error.contains(QStringLiteral("The keyring is locked.")),
             qPrintable(summary.error));
    QCOMPARE(AccountRepository(library.connection()).find(*accountId)->lastError, summary.error);
    QVERIFY(!service.isSyncing(*accountId));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
