// The offline-first queue: a local change to an article of a remote account is queued with
// the change itself, whichever code makes it, and only the latest wish that differs from the
// server's is kept.
#include "remoteaccount.h"
#include "storage/database.h"
#include "storage/pendingchangerepository.h"
#include "storage/sourcerepository.h"
#include "temporarylibrary.h"

#include <QTest>

using Storage::ArticleRepository;
using Storage::ChangeKind;
using Storage::PendingChange;
using Storage::PendingChangeRepository;
using TestSupport::RemoteAccount;
using TestSupport::TemporaryLibrary;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

// "read r1 1", one per queued change, in queue order.
QStringList describe(const QList<PendingChange> &changes)
{
    QStringList lines;
    for (const PendingChange &change : changes) {
        lines.append(PendingChangeRepository::kindName(change.kind) + QLatin1Char(' ') +
                     change.item + QLatin1Char(' ') + QString::number(change.value ? 1 : 0));
    }
    return lines;
}

// Runs one operation such as "read r1", "unread r1", "bookmark r3", "unbookmark r3",
// "readids r1 r3" (setReadForIds), "markall" (mark every article read), "local read".
bool perform(const QSqlDatabase &db, const RemoteAccount &account, qint64 localArticle,
             const QString &operation)
{
    const QStringList words = operation.split(QLatin1Char(' '));
    ArticleRepository articles(db);
    const qint64 id = words.size() > 1 ? account.articles.value(words.at(1)) : 0;
    const QString &verb = words.first();
    if (verb == QLatin1String("read") || verb == QLatin1String("unread"))
        return articles.setRead(id, verb == QLatin1String("read"));
    if (verb == QLatin1String("bookmark") || verb == QLatin1String("unbookmark"))
        return articles.setBookmarked(id, verb == QLatin1String("bookmark"), Now);
    if (verb == QLatin1String("readids")) {
        QList<qint64> ids;
        for (const QString &word : words.mid(1))
            ids.append(account.articles.value(word));
        return articles.setReadForIds(ids, true);
    }
    if (verb == QLatin1String("markall"))
        return articles.markAllRead({}).has_value();
    if (verb == QLatin1String("local"))
        return articles.setRead(localArticle, true);
    return false;
}

} // namespace

class TestPendingChanges final : public QObject
{
    Q_OBJECT

private slots:
    void localChangesAreQueued_data();
    void localChangesAreQueued();
    void queueSurvivesReopening();
    void confirmKeepsANewerWish();
    void failedSendStaysQueued();
    void structureChangesAreQueued();
    void removingTheAccountDropsItsQueue();
    void removingARemoteSourceQueuesItsUnsubscription();
};

void TestPendingChanges::localChangesAreQueued_data()
{
    QTest::addColumn<QStringList>("operations");
    QTest::addColumn<QStringList>("queued");

    QTest::newRow("mark read") << QStringList{"read r1"} << QStringList{"read r1 1"};
    QTest::newRow("mark unread") << QStringList{"unread r2"} << QStringList{"read r2 0"};
    QTest::newRow("read then unread cancels out")
        << QStringList{"read r1", "unread r1"} << QStringList{};
    QTest::newRow("already read: nothing") << QStringList{"read r2"} << QStringList{};
    QTest::newRow("latest wish kept")
        << QStringList{"read r1", "unread r1", "read r1"} << QStringList{"read r1 1"};
    QTest::newRow("bookmark") << QStringList{"bookmark r1"} << QStringList{"bookmark r1 1"};
    QTest::newRow("remove bookmark")
        << QStringList{"unbookmark r3"} << QStringList{"bookmark r3 0"};
    QTest::newRow("bookmark and back cancels out")
        << QStringList{"unbookmark r3", "bookmark r3"} << QStringList{};
    QTest::newRow("read and bookmark are separate")
        << QStringList{"read r1", "bookmark r1"} << QStringList{"read r1 1", "bookmark r1 1"};
    QTest::newRow("several ids") << QStringList{"readids r1 r3"}
                                 << QStringList{"read r1 1", "read r3 1"};
    QTest::newRow("mark all read")
        << QStringList{"markall"} << QStringList{"read r1 1", "read r3 1"};
    QTest::newRow("local articles queue nothing") << QStringList{"local"} << QStringList{};
}

void TestPendingChanges::localChangesAreQueued()
{
    QFETCH(QStringList, operations);
    QFETCH(QStringList, queued);
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const QSqlDatabase db = library.connection();
    const RemoteAccount account = RemoteAccount::create(db, Now);
    QCOMPARE(account.articles.size(), 3);
    const qint64 local = library.addSource(QStringLiteral("https://example.org/local.xml"));
    const auto stored = ArticleRepository(db).store(
        local, TestSupport::makeFeed({TestSupport::makeItem("l1", {}, "Local")}), Now);
    QVERIFY(stored && stored->addedIds.size() == 1);

    for (const QString &operation : operations)
        QVERIFY2(perform(db, account, stored->addedIds.first(), operation), qPrintable(operation));

    const PendingChangeRepository queue(db);
    QCOMPARE(describe(queue.forAccount(account.accountId).value()), queued);
    QCOMPARE(queue.count(), queued.size());
}

void TestPendingChanges::queueSurvivesReopening()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("library.db"));
    qint64 accountId = 0;
    {
        Storage::Database database(path);
        QVERIFY(database.open());
        const RemoteAccount account = RemoteAccount::create(database.connection(), Now);
        accountId = account.accountId;
        QVERIFY(ArticleRepository(database.connection()).setRead(account.articles["r1"], true));
    }
    Storage::Database database(path);
    QVERIFY(database.open());
    QCOMPARE(describe(PendingChangeRepository(database.connection()).forAccount(accountId).value()),
             QStringList{"read r1 1"});
}

void TestPendingChanges::confirmKeepsANewerWish()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const QSqlDatabase db = library.connection();
    const RemoteAccount account = RemoteAccount::create(db, Now);
    ArticleRepository articles(db);
    QVERIFY(articles.setRead(account.articles["r1"], true));
    QVERIFY(articles.setBookmarked(account.articles["r1"], true, Now));
    PendingChangeRepository queue(db);
    const QList<PendingChange> sent = queue.forAccount(account.accountId).value();
    QCOMPARE(sent.size(), 2);

    // While the send is under way the person removes the bookmark again.
    QVERIFY(articles.setBookmarked(account.articles["r1"], false));
    QVERIFY(queue.confirm(account.accountId, sent));

    QCOMPARE(describe(queue.forAccount(account.accountId).value()), QStringList{"bookmark r1 0"});
    QCOMPARE(library
                 .scalar(QStringLiteral("SELECT remote_read FROM articles WHERE id = %1")
                             .arg(account.articles["r1"]))
                 .toInt(),
             1);
}

void TestPendingChanges::failedSendStaysQueued()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const QSqlDatabase db = library.connection();
    const RemoteAccount account = RemoteAccount::create(db, Now);
    QVERIFY(ArticleRepository(db).setRead(account.articles["r1"], true));
    PendingChangeRepository queue(db);
    QVERIFY(queue.recordFailure(queue.forAccount(account.accountId).value(), "offline"));
    QVERIFY(queue.recordFailure(queue.forAccount(account.accountId).value(), "still offline"));
    const QList<PendingChange> left = queue.forAccount(account.accountId).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().attempts, 2);
    QCOMPARE(left.first().lastError, "still offline");
}

void TestPendingChanges::structureChangesAreQueued()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const RemoteAccount account = RemoteAccount::create(library.connection(), Now);
    PendingChangeRepository queue(library.connection());
    QVERIFY(queue.queue(account.accountId, ChangeKind::Subscribe, {},
                        {{"url", "https://example.org/new.xml"}}));
    QVERIFY(queue.queue(account.accountId, ChangeKind::Unsubscribe, "s1", {}));
    QVERIFY(!queue.queue(account.accountId, ChangeKind::Read, "r1", {}));
    const QList<PendingChange> changes = queue.forAccount(account.accountId).value();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).payload.value("url").toString(), "https://example.org/new.xml");
    QCOMPARE(changes.at(1).item, "s1");
    QVERIFY(queue.confirm(account.accountId, {changes.at(0)}));
    QCOMPARE(describe(queue.forAccount(account.accountId).value()),
             QStringList{"unsubscribe s1 0"});
}

void TestPendingChanges::removingTheAccountDropsItsQueue()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const QSqlDatabase db = library.connection();
    const RemoteAccount account = RemoteAccount::create(db, Now);
    QVERIFY(ArticleRepository(db).setRead(account.articles["r1"], true));
    Storage::AccountRepository accounts(db);
    QVERIFY(accounts.remove(account.accountId));
    QCOMPARE(PendingChangeRepository(db).count(), 0);
    // Bookmarked articles stay, with their source's title.
    QCOMPARE(library.scalar("SELECT count(*) FROM articles").toInt(), 1);
    QVERIFY(!accounts.remove(Storage::LocalAccountId));
}

void TestPendingChanges::removingARemoteSourceQueuesItsUnsubscription()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const QSqlDatabase db = library.connection();
    const RemoteAccount account = RemoteAccount::create(db, Now);
    const qint64 local = library.addSource(QStringLiteral("https://example.org/local.xml"));
    Storage::SourceRepository sources(db);
    QVERIFY(sources.remove(local));
    QCOMPARE(PendingChangeRepository(db).count(), 0);
    QVERIFY(sources.remove(account.sourceId));
    QCOMPARE(describe(PendingChangeRepository(db).forAccount(account.accountId).value()),
             QStringList{"unsubscribe s1 0"});
}

QTEST_GUILESS_MAIN(TestPendingChanges)
#include "tst_pendingchanges.moc"
