#include "ui/eventloopwatch.h"

#include <QTest>
#include <QThread>
#include <QTimer>

/// The watch that measures event-loop stalls during a refresh (tests/bench reads its figure).
class TestEventLoopWatch final : public QObject
{
    Q_OBJECT

private slots:
    void blockedLoopIsMeasured_data();
    void blockedLoopIsMeasured();
    void startBeginsAgainFromZero();
    void stoppedWatchKeepsItsFigure();
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

QTEST_GUILESS_MAIN(TestEventLoopWatch)
#include "tst_eventloopwatch.moc"
