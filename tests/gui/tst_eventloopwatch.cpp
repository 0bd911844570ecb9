#include "ui/eventloopwatch.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <time.h>

namespace {

/// This thread's CPU time in milliseconds; -1 without a per-thread CPU clock.
double threadCpuMs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0)
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
#endif
    return -1;
}

/// Keeps this thread working until it has used \a ms of CPU time (however long the machine's
/// other work makes that take).
void work(int ms)
{
    const double until = threadCpuMs() + ms;
    volatile quint64 sum = 0;
    while (threadCpuMs() < until)
        for (int i = 0; i < 1000; ++i)
            sum = sum + quint64(i);
}

} // namespace

/// The watch that measures event-loop stalls during a refresh (tests/bench reads its figure).
class TestEventLoopWatch final : public QObject
{
    Q_OBJECT

private slots:
    void blockedLoopIsMeasured_data();
    void blockedLoopIsMeasured();
    void startBeginsAgainFromZero();
    void stoppedWatchKeepsItsFigure();
    void cpuShareOfTheStallIsMeasured_data();
    void cpuShareOfTheStallIsMeasured();
};

void TestEventLoopWatch::blockedLoopIsMeasured_data()
{
    QTest::addColumn<int>("blockMs");
    QTest::newRow("a short stall") << 80;
    QTest::newRow("a long stall") << 300;
}

void TestEventLoopWatch::blockedLoopIsMeasured()
{
    QFETCH(int, blockMs);
    Ui::EventLoopWatch watch;
    watch.start();
    QVERIFY(watch.isActive());
    QTimer::singleShot(30, this, [blockMs] { QThread::msleep(blockMs); });
    QTest::qWait(blockMs + 100);
    // The tick after the block came at least blockMs late; nothing else blocked for as long.
    QVERIFY2(watch.longestStallMs() >= blockMs - Ui::EventLoopWatch::TickMs,
             qPrintable(QString::number(watch.longestStallMs())));
    // It ended when the block did: after the 30 ms wait and the block itself.
    QVERIFY(watch.longestStallEndMs() >= 30 + blockMs);
}

void TestEventLoopWatch::startBeginsAgainFromZero()
{
    Ui::EventLoopWatch watch;
    watch.start();
    QTimer::singleShot(10, this, [] { QThread::msleep(100); });
    QTest::qWait(150);
    QVERIFY(watch.longestStallMs() >= 90);
    watch.stop();
    watch.start();
    QCOMPARE(watch.longestStallMs(), 0);
}

void TestEventLoopWatch::stoppedWatchKeepsItsFigure()
{
    Ui::EventLoopWatch watch;
    watch.start();
    QTimer::singleShot(10, this, [] { QThread::msleep(120); });
    QTest::qWait(160);
    watch.stop();
    QVERIFY(!watch.isActive());
    const qint64 measured = watch.longestStallMs();
    QVERIFY(measured >= 110);
    // Blocking after the stop changes nothing.
    QThread::msleep(200);
    // A timer due after the block fires after any tick that was due during it: once it has, a
    // watch still running would have measured the block.
    bool turned = false;
    QTimer::singleShot(0, this, [&turned] { turned = true; });
    QTRY_VERIFY(turned);
    QCOMPARE(watch.longestStallMs(), measured);
}

void TestEventLoopWatch::cpuShareOfTheStallIsMeasured_data()
{
    QTest::addColumn<bool>("busy");
    QTest::newRow("the thread works: its CPU time is the stall") << true;
    QTest::newRow("the thread sleeps: the stall costs little CPU") << false;
}

void TestEventLoopWatch::cpuShareOfTheStallIsMeasured()
{
    QFETCH(bool, busy);
    const int blockMs = 120;
    Ui::EventLoopWatch watch;
    watch.start();
    if (!watch.longestStallCpuMs())
        QSKIP("This system has no per-thread CPU clock: the watch reports wall time only.");
    QTimer::singleShot(20, this, [busy] {
        if (busy)
            work(blockMs);
        else
            QThread::msleep(blockMs);
    });
    QTest::qWait(blockMs + 100);
    watch.stop();
    const qint64 stallMs = watch.longestStallMs();
    const qint64 cpuMs = watch.longestStallCpuMs().value_or(-1);
    const QByteArray figures =
        QByteArray::number(cpuMs) + " ms CPU of a " + QByteArray::number(stallMs) + " ms stall";
    QVERIFY2(stallMs >= blockMs - Ui::EventLoopWatch::TickMs, figures);
    if (busy) {
        // All of the work falls between the two ticks around the stall (rounded to the ms).
        QVERIFY2(cpuMs >= blockMs - 1, figures);
        QVERIFY2(cpuMs <= stallMs + Ui::EventLoopWatch::TickMs, figures);
    } else {
        QVERIFY2(cpuMs >= 0 && cpuMs < blockMs / 4, figures);
    }
    QVERIFY(watch.describeLongestStall().contains(
        QStringLiteral("(UI thread busy %1 ms of it)").arg(cpuMs)));
}

QTEST_GUILESS_MAIN(TestEventLoopWatch)
#include "tst_eventloopwatch.moc"
