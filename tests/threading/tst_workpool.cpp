#include "threading/workpool.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

/// WorkPool::run() runs work off the calling thread and hands the result back to the context's
/// thread, and only while the context lives.
class TestWorkPool final : public QObject
{
    Q_OBJECT

private slots:
    void resultArrivesOnTheContextsThread_data();
    void resultArrivesOnTheContextsThread();
    void nothingIsDeliveredToADestroyedContext();
    void mapVisitsEveryElement_data();
    void mapVisitsEveryElement();
    void ownPoolIsUsedWhenGiven();
    void startHandsBackAFuture();
    void tasksThatMapNeverWaitForEachOther();
};

void TestWorkPool::resultArrivesOnTheContextsThread_data()
{
    QTest::addColumn<int>("input");
    QTest::newRow("zero") << 0;
    QTest::newRow("positive") << 21;
    QTest::newRow("negative") << -4;
}

void TestWorkPool::resultArrivesOnTheContextsThread()
{
    QFETCH(int, input);
    QObject context;
    std::atomic<QThread *> workThread = nullptr;
    int delivered = 0;
    QThread *deliveryThread = nullptr;
    bool done = false;
    WorkPool::run(
        &context,
        [input, &workThread] {
            workThread = QThread::currentThread();
            return input * 2;
        },
        [&](int result) {
            delivered = result;
            deliveryThread = QThread::currentThread();
            done = true;
        });
    QTRY_VERIFY(done);
    QCOMPARE(delivered, input * 2);
    QCOMPARE(deliveryThread, QThread::currentThread());
    QVERIFY(workThread.load() != nullptr);
    QVERIFY(workThread.load() != QThread::currentThread());
}

void TestWorkPool::nothingIsDeliveredToADestroyedContext()
{
    QSemaphore started;
    QSemaphore release;
    QSemaphore finished;
    bool delivered = false;
    auto context = std::make_unique<QObject>();
    WorkPool::run(
        context.get(),
        [&] {
            started.release();
            release.acquire();
            return 1;
        },
        [&delivered](int) { delivered = true; });
    QVERIFY(started.tryAcquire(1, 5000));
    context.reset();
    release.release();
    // A second task queued behind nothing else proves the pool got past the first one's end;
    // then every event the first one's end could have posted has been handled.
    QObject probe;
    bool probed = false;
    WorkPool::run(
        &probe, [] { return 0; }, [&probed](int) { probed = true; });
    QTRY_VERIFY(probed);
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
}

void TestWorkPool::mapVisitsEveryElement_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("many") << 1000;
}

void TestWorkPool::mapVisitsEveryElement()
{
    QFETCH(int, count);
    QList<int> values;
    for (int i = 0; i < count; ++i)
        values.append(i);
    WorkPool::map(values, [](int &value) { value = value * 3 + 1; });
    for (int i = 0; i < count; ++i)
        QCOMPARE(values.at(i), i * 3 + 1);
}

void TestWorkPool::ownPoolIsUsedWhenGiven()
{
    QThreadPool lane;
    lane.setMaxThreadCount(1);
    QObject context;
    std::atomic<int> activeInLane = 0;
    QSemaphore gate;
    int deliveries = 0;
    const auto work = [&] {
        ++activeInLane;
        gate.acquire();
        const int seen = activeInLane.load();
        --activeInLane;
        return seen;
    };
    QList<int> seenCounts;
    for (int i = 0; i < 3; ++i)
        WorkPool::run(&context, &lane, work, [&](int seen) {
            seenCounts.append(seen);
            ++deliveries;
        });
    gate.release(3);
    QTRY_COMPARE(deliveries, 3);
    // One thread: the tasks ran one after another.
    QCOMPARE(seenCounts, QList<int>({1, 1, 1}));
}

void TestWorkPool::startHandsBackAFuture()
{
    QThread *ranOn = nullptr;
    QFuture<int> future = WorkPool::start([&ranOn] {
        ranOn = QThread::currentThread();
        return 42;
    });
    // Waited for without result(), which runs a task not yet started on the waiting thread.
    QTRY_VERIFY(future.isFinished());
    QCOMPARE(future.result(), 42);
    QVERIFY(ranOn != nullptr);
    QVERIFY(ranOn != QThread::currentThread());
}

void TestWorkPool::tasksThatMapNeverWaitForEachOther()
{
    // More tasks than threads, each mapping over enough elements to need the pool: with every
    // thread waiting in its own map, none would be left to do the maps' work.
    const int tasks = WorkPool::instance()->maxThreadCount() * 2;
    std::atomic<int> visited = 0;
    std::vector<QFuture<int>> futures;
    for (int task = 0; task < tasks; ++task) {
        futures.push_back(WorkPool::start([&visited] {
            std::vector<int> elements(200, 1);
            WorkPool::map(elements, [&visited](int &element) {
                QThread::usleep(50);
                visited += element;
            });
            return 1;
        }));
    }
    QDeadlineTimer deadline(20'000);
    for (QFuture<int> &future : futures) {
        while (!future.isFinished() && !deadline.hasExpired())
            QThread::msleep(5);
        QVERIFY2(future.isFinished(), "a task waited for the others' maps");
    }
    QCOMPARE(visited.load(), tasks * 200);
}

QTEST_GUILESS_MAIN(TestWorkPool)
#include "tst_workpool.moc"
