// What a server says lands in its account: folders, sources and articles are mirrored without
// duplicates, and a server state never overwrites a local change still waiting to be sent.
#include "remoteaccount.h"
#include "storage/pendingchangerepository.h"
#include "storage/sourcerepository.h"
#include "temporarylibrary.h"

#include <QTest>

using Storage::AccountMirror;
using Storage::ArticleRepository;
using TestSupport::RemoteAccount;
using TestSupport::TemporaryLibrary;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

// "r1:read,bookmarked", the local states of the account's articles by server id.
QString states(const TemporaryLibrary &library)
{
    QSqlQuery query(library.connection());
    query.exec(QStringLiteral("SELECT remote_id, read, bookmarked FROM articles"
                              " WHERE remote_id IS NOT NULL ORDER BY remote_id"));
    QStringList parts;
    while (query.next()) {
        QStringList flags;
        if (query.value(1).toBool())
            flags.append(QStringLiteral("read"));
        if (query.value(2).toBool())
            flags.append(QStringLiteral("bookmarked"));
        parts.append(query.value(0).toString() + QLatin1Char(':') + flags.join(QLatin1Char(',')));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestAccountMirror final : public QObject
{
    Q_OBJECT

private slots:
    void firstSyncStoresEverything();
    void secondSyncDuplicatesNothing();
    void foldersAndSourcesFollowTheServer();
    void serverStates_data();
    void serverStates();
    void remoteSourcesAreNotFetchedByTidings();
};

void TestAccountMirror::firstSyncStoresEverything()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const RemoteAccount account = RemoteAccount::create(library.connection(), Now);
    QCOMPARE(account.articles.size(), 3);
    QCOMPARE(states(library), "r1: r2:read r3:bookmarked");
    const auto source = Storage::SourceRepository(library.connection()).find(account.sourceId);
    QVERIFY(source);
    QCOMPARE(source->accountId, account.accountId);
    QCOMPARE(source->remoteId, "s1");
    QVERIFY(source->folderId > 0);
    const auto article = ArticleRepository(library.connection()).article(account.articles["r3"]);
    QCOMPARE(article->content, "<p>Text of r3</p>");
    QCOMPARE(article->bookmarkedAt, Now);
    QCOMPARE(Storage::PendingChangeRepository(library.connection()).count(), 0);
}

void TestAccountMirror::secondSyncDuplicatesNothing()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const RemoteAccount account = RemoteAccount::create(library.connection(), Now);
    AccountMirror mirror(library.connection());
    const auto again = mirror.storeArticles(
        account.accountId,
        {RemoteAccount::article("r1", false, false), RemoteAccount::article("r4", false, false)},
        Now);
    QVERIFY2(again, qPrintable(mirror.errorMessage()));
    QCOMPARE(again->added, 1);
    QCOMPARE(library.scalar("SELECT count(*) FROM articles").toInt(), 4);
    // An article of a source the account does not have is skipped.
    Storage::RemoteArticle stray = RemoteAccount::article("r9", false, false);
    stray.sourceId = QStringLiteral("s9");
    QCOMPARE(mirror.storeArticles(account.accountId, {stray}, Now)->added, 0);
}

void TestAccountMirror::foldersAndSourcesFollowTheServer()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const QSqlDatabase db = library.connection();
    const RemoteAccount account = RemoteAccount::create(db, Now);
    AccountMirror mirror(db);
    QVERIFY(mirror.replaceFolders(account.accountId, {{"f2", "Other"}}));
    QVERIFY(mirror.replaceSources(
        account.accountId, {{"s1", "f2", "Renamed", QUrl("https://example.org/feed.xml"), {}},
                            {"s2", {}, "Second", QUrl("https://example.org/2.xml"), {}}}));
    QCOMPARE(library.scalar("SELECT group_concat(title) FROM folders").toString(), "Other");
    const auto source = Storage::SourceRepository(db).find(account.sourceId);
    QCOMPARE(source->title, "Renamed");
    QCOMPARE(source->folderId,
             library.scalar("SELECT id FROM folders WHERE remote_id = 'f2'").toLongLong());
    QCOMPARE(library.scalar("SELECT count(*) FROM articles").toInt(), 3);

    // The server no longer has s1: it goes with its articles, except the bookmarked one.
    QVERIFY(mirror.replaceSources(account.accountId,
                                  {{"s2", {}, "Second", QUrl("https://example.org/2.xml"), {}}}));
    QCOMPARE(library.scalar("SELECT count(*) FROM sources").toInt(), 1);
    QCOMPARE(library.scalar("SELECT count(*) FROM articles").toInt(), 1);
}

void TestAccountMirror::serverStates_data()
{
    QTest::addColumn<QString>("localChange");
    QTest::addColumn<QStringList>("unread");
    QTest::addColumn<QStringList>("bookmarked");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("pending");

    QTest::newRow("no local change: the server's states")
        << QString() << QStringList{"r2"} << QStringList{"r1"} << "r1:read,bookmarked r2: r3:read"
        << 0;
    QTest::newRow("nothing changed anywhere")
        << QString() << QStringList{"r1", "r3"} << QStringList{"r3"} << "r1: r2:read r3:bookmarked"
        << 0;
    QTest::newRow("pending read is not overwritten")
        << "read r1" << QStringList{"r1", "r3"} << QStringList{"r3"}
        << "r1:read r2:read r3:bookmarked" << 1;
    QTest::newRow("server agrees with the pending change: dropped")
        << "read r1" << QStringList{"r3"} << QStringList{"r3"} << "r1:read r2:read r3:bookmarked"
        << 0;
    QTest::newRow("pending bookmark removal is not overwritten")
        << "unbookmark r3" << QStringList{"r1", "r3"} << QStringList{"r3"}
        << "r1: r2:read r3:" << 1;
    QTest::newRow("other article still follows the server")
        << "read r1" << QStringList{"r1", "r2", "r3"} << QStringList{"r3"}
        << "r1:read r2: r3:bookmarked" << 1;
}

void TestAccountMirror::serverStates()
{
    QFETCH(QString, localChange);
    QFETCH(QStringList, unread);
    QFETCH(QStringList, bookmarked);
    QFETCH(QString, expected);
    QFETCH(int, pending);
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const QSqlDatabase db = library.connection();
    const RemoteAccount account = RemoteAccount::create(db, Now);
    ArticleRepository articles(db);
    if (localChange == QLatin1String("read r1"))
        QVERIFY(articles.setRead(account.articles["r1"], true));
    else if (localChange == QLatin1String("unbookmark r3"))
        QVERIFY(articles.setBookmarked(account.articles["r3"], false));

    AccountMirror mirror(db);
    QVERIFY2(mirror.applyStates(account.accountId, unread, bookmarked, Now),
             qPrintable(mirror.errorMessage()));
    QCOMPARE(states(library), expected);
    QCOMPARE(Storage::PendingChangeRepository(db).count(), pending);

    // New headlines carrying the same server states obey the same rule.
    QList<Storage::RemoteArticle> again;
    for (const QString &id : QStringList{"r1", "r2", "r3"})
        again.append(RemoteAccount::article(id, !unread.contains(id), bookmarked.contains(id)));
    QVERIFY(mirror.storeArticles(account.accountId, again, Now));
    QCOMPARE(states(library), expected);
    QCOMPARE(Storage::PendingChangeRepository(db).count(), pending);
}

void TestAccountMirror::remoteSourcesAreNotFetchedByTidings()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const RemoteAccount account = RemoteAccount::create(library.connection(), Now);
    const qint64 local = library.addSource(QStringLiteral("https://example.org/feed.xml"));
    QVERIFY(local > 0 && local != account.sourceId);
    Storage::SourceRepository sources(library.connection());
    QCOMPARE(sources.all().size(), 2);
    QCOMPARE(sources.fetchedSources().size(), 1);
    QCOMPARE(sources.fetchedSources().first().id, local);
    const QList<Storage::Source> due = sources.dueSources(Now);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().id, local);
}

QTEST_GUILESS_MAIN(TestAccountMirror)
#include "tst_accountmirror.moc"
