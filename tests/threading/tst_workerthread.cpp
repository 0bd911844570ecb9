#include "threading/workerthread.h"

#include <QPointer>
#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

/// Records on which thread it was called and destroyed.
class Worker final : public QObject
{
public:
    explicit Worker(std::atomic<QThread *> *destroyedOn) : m_destroyedOn(destroyedOn) {}
    ~Worker() override { *m_destroyedOn = QThread::currentThread(); }

private:
    std::atomic<QThread *> *m_destroyedOn;
};

int currentThreadNiceness()
{
#ifdef Q_OS_LINUX
    return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
#else
    return 0;
#endif
}

} // namespace

/// WorkerThread runs one object's calls on a thread of its own and deletes it there.
class TestWorkerThread final : public QObject
{
    Q_OBJECT

private slots:
    void callsRunOnTheWorkersThread();
    void workerIsDeletedOnItsThread();
    void priorityFollowsTheChoice_data();
    void priorityFollowsTheChoice();
};

void TestWorkerThread::callsRunOnTheWorkersThread()
{
    std::atomic<QThread *> destroyedOn = nullptr;
    auto *worker = new Worker(&destroyedOn);
    WorkerThread thread(QStringLiteral("test-worker"), worker);
    QThread *ranOn = nullptr;
    QString threadName;
    QMetaObject::invokeMethod(
        worker,
        [&] {
            ranOn = QThread::currentThread();
            threadName = QThread::currentThread()->objectName();
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(ranOn != nullptr);
    QVERIFY(ranOn != QThread::currentThread());
    QCOMPARE(worker->thread(), ranOn);
    QCOMPARE(threadName, QStringLiteral("test-worker"));
}

void TestWorkerThread::workerIsDeletedOnItsThread()
{
    std::atomic<QThread *> destroyedOn = nullptr;
    QThread *workerThread = nullptr;
    {
        auto *worker = new Worker(&destroyedOn);
        WorkerThread thread(QStringLiteral("test-worker"), worker);
        workerThread = worker->thread();
        QVERIFY(workerThread != QThread::currentThread());
    }
    // The destructor waited: the worker is gone, and it went on its own thread.
    QCOMPARE(destroyedOn.load(), workerThread);
}

void TestWorkerThread::priorityFollowsTheChoice_data()
{
    QTest::addColumn<bool>("background");
    QTest::newRow("normal") << false;
    QTest::newRow("background") << true;
}

void TestWorkerThread::priorityFollowsTheChoice()
{
#ifndef Q_OS_LINUX
    QSKIP("Thread nice values are Linux's");
#endif
    QFETCH(bool, background);
    std::atomic<QThread *> destroyedOn = nullptr;
    auto *worker = new Worker(&destroyedOn);
    WorkerThread thread(QStringLiteral("test-worker"), worker,
                        background ? WorkerThread::Priority::Background
                                   : WorkerThread::Priority::Normal);
    int niceness = 0;
    QMetaObject::invokeMethod(
        worker, [&niceness] { niceness = currentThreadNiceness(); }, Qt::BlockingQueuedConnection);
    const int mainNiceness = currentThreadNiceness();
    if (background)
        QVERIFY2(niceness > mainNiceness, qPrintable(QString::number(niceness)));
    else
        QCOMPARE(niceness, mainNiceness);
}

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
