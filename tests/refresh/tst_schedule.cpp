#include "refresh/schedule.h"

#include <QTest>

using Refresh::Schedule;

class TestSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void interval_data();
    void interval();
    void afterFailure_data();
    void afterFailure();
};

void TestSchedule::interval_data()
{
    QTest::addColumn<int>("sourceSeconds");
    QTest::addColumn<int>("ttlMinutes");
    QTest::addColumn<int>("expected");

    QTest::newRow("application default") << 0 << 0 << 1800;
    QTest::newRow("source's own interval") << 600 << 0 << 600;
    QTest::newRow("ttl longer than the interval wins") << 600 << 60 << 3600;
    QTest::newRow("ttl shorter than the interval is ignored") << 3600 << 5 << 3600;
    QTest::newRow("absurd ttl is capped at a day") << 0 << 1000000 << 86400;
}

void TestSchedule::interval()
{
    QFETCH(int, sourceSeconds);
    QFETCH(int, ttlMinutes);
    QFETCH(int, expected);
    const Schedule schedule(1800);
    QCOMPARE(schedule.intervalSeconds(sourceSeconds, ttlMinutes), expected);
    const QDateTime now(QDate(2026, 5, 27), QTime(10, 0), Qt::UTC);
    QCOMPARE(schedule.afterSuccess(now, sourceSeconds, ttlMinutes), now.addSecs(expected));
}

void TestSchedule::afterFailure_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("expectedDelay");

    QTest::newRow("first failure: one interval") << 1 << -1 << 1800;
    QTest::newRow("second failure: doubled") << 2 << -1 << 3600;
    QTest::newRow("fourth failure: eight intervals") << 4 << -1 << 14400;
    QTest::newRow("many failures: at most a day") << 30 << -1 << 86400;
    QTest::newRow("Retry-After longer than the backoff") << 1 << 7200 << 7200;
    QTest::newRow("Retry-After shorter than the backoff") << 3 << 60 << 7200;
}

void TestSchedule::afterFailure()
{
    QFETCH(int, failures);
    QFETCH(int, retryAfter);
    QFETCH(int, expectedDelay);
    const Schedule schedule(1800);
    const QDateTime now(QDate(2026, 5, 27), QTime(10, 0), Qt::UTC);
    QCOMPARE(schedule.afterFailure(now, 0, failures, retryAfter), now.addSecs(expectedDelay));
}

QTEST_APPLESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
