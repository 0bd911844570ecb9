#include "threading/backgroundpriority.h"

#include <QTest>
#include <QThread>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_LINUX
int currentThreadNiceness()
{
    return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
}
#endif

} // namespace

class TestBackgroundPriority final : public QObject
{
    Q_OBJECT

private slots:
    void lowersWorkerThreadsOnly();
    void levelsSetHowFarBelow_data();
    void levelsSetHowFarBelow();
};

// The refresh's threads give way to the window's; the window's thread, which may run the same
// code (blockingMap works on the calling thread too), keeps its priority, and a thread started by
// an already lowered one is not lowered twice.
void TestBackgroundPriority::lowersWorkerThreadsOnly()
{
#ifndef Q_OS_LINUX
    QSKIP("Nice values of single threads are a Linux notion.");
#else
    const int mainBefore = currentThreadNiceness();
    if (mainBefore > 9)
        QSKIP("The test runs at the lowest priority already.");
    BackgroundPriority::applyToCurrentThread();
    QCOMPARE(currentThreadNiceness(), mainBefore);

    int worker = -100;
    int workerAgain = -100;
    int started = -100;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        BackgroundPriority::applyToCurrentThread();
        worker = currentThreadNiceness();
        BackgroundPriority::applyToCurrentThread();
        workerAgain = currentThreadNiceness();
        std::unique_ptr<QThread> inner(QThread::create([&] {
            BackgroundPriority::applyToCurrentThread();
            started = currentThreadNiceness();
        }));
        inner->start();
        inner->wait();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QCOMPARE(worker, mainBefore + 10);
    QCOMPARE(workerAgain, mainBefore + 10);
    QCOMPARE(started, mainBefore + 10);
    QCOMPARE(currentThreadNiceness(), mainBefore);
#endif
}

void TestBackgroundPriority::levelsSetHowFarBelow_data()
{
    QTest::addColumn<BackgroundPriority::Level>("level");
    QTest::addColumn<int>("below");
    QTest::newRow("low: refresh, pool, sync") << BackgroundPriority::Level::Low << 10;
    QTest::newRow("moderate: the search index") << BackgroundPriority::Level::Moderate << 5;
}

// The index thread keeps up with background work, and still gives way to the window's.
void TestBackgroundPriority::levelsSetHowFarBelow()
{
#ifndef Q_OS_LINUX
    QSKIP("Nice values of single threads are a Linux notion.");
#else
    QFETCH(BackgroundPriority::Level, level);
    QFETCH(int, below);
    const int mainBefore = currentThreadNiceness();
    if (mainBefore > 9)
        QSKIP("The test runs at the lowest priority already.");
    int worker = -100;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        BackgroundPriority::applyToCurrentThread(level);
        worker = currentThreadNiceness();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QCOMPARE(worker, mainBefore + below);
#endif
}

QTEST_GUILESS_MAIN(TestBackgroundPriority)
#include "tst_backgroundpriority.moc"
