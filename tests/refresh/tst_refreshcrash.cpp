#include "httpserver.h"
#include "searchindexcheck.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

constexpr int FeedCount = 40;
constexpr int ItemsPerFeed = 200;

QByteArray bigFeed(int feed)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed " +
                     QByteArray::number(feed) + "</title>";
    for (int i = 0; i < ItemsPerFeed; ++i) {
        const QByteArray id = QByteArray::number(feed) + "-" + QByteArray::number(i);
        xml += "<item><guid>" + id + "</guid><title>Story " + id +
               "</title><description>&lt;p&gt;" +
               QByteArray("Words about the tide and the harbour. ").repeated(20) +
               "&lt;/p&gt;</description></item>";
    }
    return xml + "</channel></rss>";
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestRefreshCrash final : public QObject
{
    Q_OBJECT

private slots:
    void killedMidWriteLeavesACommittedLibrary_data();
    void killedMidWriteLeavesACommittedLibrary();
};

void TestRefreshCrash::killedMidWriteLeavesACommittedLibrary_data()
{
    // The moment of the kill: after this many sources were reported done. The writer and the
    // index thread are at different points of their work each time.
    QTest::addColumn<int>("afterSources");
    QTest::newRow("early") << 3;
    QTest::newRow("halfway") << 20;
    // By then every source may be stored, and the index still taking them in.
    QTest::newRow("late") << 38;
}

void TestRefreshCrash::killedMidWriteLeavesACommittedLibrary()
{
    QFETCH(int, afterSources);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HttpServer server;
    QVERIFY(server.listen());
    const QString databasePath = dir.filePath(QStringLiteral("tidings.sqlite"));
    {
        Storage::Database database(databasePath);
        QVERIFY(database.open());
        Storage::SourceRepository sources(database.connection());
        for (int feed = 0; feed < FeedCount; ++feed) {
            const QByteArray path = "/feed" + QByteArray::number(feed) + ".xml";
            server.route(path, HttpResponse::ok(bigFeed(feed), "application/rss+xml"));
            QVERIFY(sources.add({server.url(QString::fromLatin1(path)), {}, {}, 0}).id > 0);
        }
    }

    QProcess refresh;
    refresh.setProcessChannelMode(QProcess::SeparateChannels);
    refresh.start(QStringLiteral(TIDINGS_BINARY),
                  {QStringLiteral("refresh"), QStringLiteral("--profile"), dir.path(),
                   QStringLiteral("--jobs"), QStringLiteral("2")});
    QVERIFY(refresh.waitForStarted());

    // Kill it once some sources are stored but before all are.
    bool killed = false;
    QByteArray progress;
    for (int i = 0; i < 3000 && refresh.state() == QProcess::Running; ++i) {
        QTest::qWait(10);
        progress += refresh.readAllStandardError();
        if (progress.contains(QByteArray("[" + QByteArray::number(afterSources) + "/"))) {
            refresh.kill(); // SIGKILL: no chance to finish a transaction
            killed = true;
            break;
        }
    }
    QVERIFY2(killed, "the refresh finished before it could be killed; make the feeds bigger");
    QVERIFY(refresh.waitForFinished(10000));
    QCOMPARE(refresh.exitStatus(), QProcess::CrashExit);

    Storage::Database database(databasePath);
    QVERIFY2(database.open(), qPrintable(database.errorMessage()));
    const QSqlDatabase db = database.connection();
    QSqlQuery integrity(db);
    QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
    QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
    integrity.finish(); // else the connection's reads stay at this moment

    // The index, killed as well in the middle of its work, takes in what it had not yet and
    // then holds every stored article: nothing lost, nothing twice.
    QVERIFY(TestSupport::catchUpSearchIndex(databasePath));
    QCOMPARE(TestSupport::searchIndexFaults(db, {QStringLiteral("harbour")}), QString());
    QCOMPARE(
        scalar(db, QStringLiteral(
                       "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'")),
        scalar(db, QStringLiteral("SELECT count(*) FROM articles")));

    // Every source stored in full or not at all: articles are written in one transaction per feed.
    QSqlQuery perSource(db);
    QVERIFY(perSource.exec(
        QStringLiteral("SELECT source_id, count(*) FROM articles GROUP BY source_id")));
    int storedSources = 0;
    while (perSource.next()) {
        QCOMPARE(perSource.value(1).toInt(), ItemsPerFeed);
        ++storedSources;
    }
    QVERIFY(storedSources >= 2);
    QVERIFY(storedSources <= FeedCount);
    // Sources recorded as fetched have their articles.
    QCOMPARE(
        scalar(db, QStringLiteral(
                       "SELECT count(*) FROM sources WHERE last_fetch IS NOT NULL AND id NOT IN "
                       "(SELECT source_id FROM articles)")),
        0);
}

QTEST_GUILESS_MAIN(TestRefreshCrash)
#include "tst_refreshcrash.moc"
