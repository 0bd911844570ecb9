#include "models/databaseworker.h"
#include "models/librarycounts.h"
#include "openlibrary.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/sourcerepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

class TestDatabaseWorker final : public QObject
{
    Q_OBJECT

private slots:
    void jobsRunOffTheCallingThreadInOrder();
    void resultsOfADeadContextAreDropped();
    void countsOfALibrary();
    void jobsRunAtTheChosenPriority_data();
    void jobsRunAtTheChosenPriority();
};

namespace {

int currentThreadNiceness()
{
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
#else
    return 0;
#endif
}

void insertArticles(const QSqlDatabase &database, qint64 sourceId, int count, int unread)
{
    QSqlQuery query(database);
    for (int i = 0; i < count; ++i) {
        query.prepare(QStringLiteral(
            "INSERT INTO articles (source_id, identity, title, read, bookmarked, published,"
            " first_seen) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(sourceId);
        query.addBindValue(QStringLiteral("g:%1-%2").arg(sourceId).arg(i));
        query.addBindValue(QStringLiteral("Article %1").arg(i));
        query.addBindValue(i < unread ? 0 : 1);
        query.addBindValue(i == 0 ? 1 : 0);
        // The first one today, the others a week ago.
        const qint64 when = QDateTime::currentSecsSinceEpoch() - (i == 0 ? 0 : 7 * 86400);
        query.addBindValue(when);
        query.addBindValue(when);
        QVERIFY(query.exec());
    }
}

} // namespace

void TestDatabaseWorker::jobsRunOffTheCallingThreadInOrder()
{
    QTemporaryDir dir;
    const auto library = TestSupport::openLibrary(dir.path());
    QVERIFY(library);
    Models::DatabaseWorker worker(library->database().filePath());
    QList<int> results;
    QThread *jobThread = nullptr;
    for (int i = 0; i < 5; ++i) {
        worker.run<int>(
            this,
            [i, &jobThread](const QSqlDatabase &database) {
                jobThread = QThread::currentThread();
                QSqlQuery query(database);
                return query.exec(QStringLiteral("SELECT %1").arg(i)) && query.next()
                           ? query.value(0).toInt()
                           : -1;
            },
            [&results](const int &value) { results.append(value); });
    }
    QTRY_COMPARE(results, (QList<int>{0, 1, 2, 3, 4}));
    QVERIFY(jobThread);
    QVERIFY(jobThread != QThread::currentThread());
    QVERIFY(worker.connectionError().isEmpty());
}

void TestDatabaseWorker::resultsOfADeadContextAreDropped()
{
    QTemporaryDir dir;
    const auto library = TestSupport::openLibrary(dir.path());
    QVERIFY(library);
    Models::DatabaseWorker worker(library->database().filePath());
    bool delivered = false;
    {
        QObject context;
        worker.run<int>(
            &context, [](const QSqlDatabase &) { return 1; },
            [&delivered](const int &) { delivered = true; });
        worker.waitForIdle();
    }
    bool later = false;
    worker.run<int>(
        this, [](const QSqlDatabase &) { return 2; }, [&later](const int &) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!delivered);
}

void TestDatabaseWorker::countsOfALibrary()
{
    QTemporaryDir dir;
    const auto library = TestSupport::openLibrary(dir.path());
    QVERIFY(library);
    Storage::SourceRepository sources(library->database().connection());
    const qint64 first = sources.add({QUrl(QStringLiteral("http://127.0.0.1/a")), {}, {}, 0}).id;
    const qint64 second = sources.add({QUrl(QStringLiteral("http://127.0.0.1/b")), {}, {}, 0}).id;
    insertArticles(library->database().connection(), first, 5, 3);
    insertArticles(library->database().connection(), second, 4, 4);

    Models::DatabaseWorker worker(library->database().filePath());
    Models::LibrarySnapshot snapshot;
    bool done = false;
    worker.run<Models::LibrarySnapshot>(
        this,
        [](const QSqlDatabase &database) {
            return Models::loadSnapshot(database, QDateTime::currentDateTime());
        },
        [&](const Models::LibrarySnapshot &result) {
            snapshot = result;
            done = true;
        });
    QTRY_VERIFY(done);
    QVERIFY(snapshot.ok);
    QCOMPARE(snapshot.sources.size(), 2);
    QCOMPARE(snapshot.counts.unread, 7);
    QCOMPARE(snapshot.counts.todayUnread, 2);
    QCOMPARE(snapshot.counts.bookmarks, 2);
    const QHash<qint64, int> unread =
        Models::loadUnreadCounts(library->database().connection(), {first, second});
    QCOMPARE(unread.value(first), 3);
    QCOMPARE(unread.value(second), 4);
}

void TestDatabaseWorker::jobsRunAtTheChosenPriority_data()
{
    QTest::addColumn<bool>("background");
    QTest::newRow("the window's queries: normal") << false;
    QTest::newRow("a sync's storing: background") << true;
}

void TestDatabaseWorker::jobsRunAtTheChosenPriority()
{
#ifndef Q_OS_LINUX
    QSKIP("Thread nice values are Linux's");
#endif
    QFETCH(bool, background);
    QTemporaryDir dir;
    const auto library = TestSupport::openLibrary(dir.path());
    QVERIFY(library);
    Models::DatabaseWorker worker(library->database().filePath(), QStringLiteral("test-queries"),
                                  background ? WorkerThread::Priority::Background
                                             : WorkerThread::Priority::Normal);
    QCOMPARE(worker.databasePath(), library->database().filePath());
    int niceness = 0;
    QString threadName;
    bool done = false;
    worker.run<bool>(
        this,
        [&niceness, &threadName](const QSqlDatabase &database) {
            niceness = currentThreadNiceness();
            threadName = QThread::currentThread()->objectName();
            return database.isValid();
        },
        [&done](const bool &valid) { done = valid; });
    QTRY_VERIFY(done);
    QCOMPARE(threadName, QStringLiteral("test-queries"));
    if (background)
        QVERIFY2(niceness > currentThreadNiceness(), qPrintable(QString::number(niceness)));
    else
        QCOMPARE(niceness, currentThreadNiceness());
}

QTEST_GUILESS_MAIN(TestDatabaseWorker)
#include "tst_databaseworker.moc"
