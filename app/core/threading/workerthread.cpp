#include "threading/workerthread.h"

#include "threading/backgroundpriority.h"

WorkerThread::WorkerThread(const QString &name, QObject *worker, Priority priority)
{
    Q_ASSERT(worker->parent() == nullptr);
    m_thread.setObjectName(name);
    if (priority != Priority::Normal) {
        const auto level = priority == Priority::Moderate ? BackgroundPriority::Level::Moderate
                                                          : BackgroundPriority::Level::Low;
        QObject::connect(
            &m_thread, &QThread::started, &m_thread,
            [level] { BackgroundPriority::applyToCurrentThread(level); }, Qt::DirectConnection);
    }
    worker->moveToThread(&m_thread);
    // Delivered on the worker's thread after its last queued call: its destructor closes what
    // it opened there.
    QObject::connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    m_thread.quit();
    m_thread.wait();
}
