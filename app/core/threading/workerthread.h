#pragma once

#include <QThread>

/// A thread of its own for one long-lived worker object, for work that must stay on one thread:
/// the objects that own a database connection (a connection serves the thread that opened it).
/// The worker moves to the thread and runs its slots there; callers reach it with queued
/// signals or QMetaObject::invokeMethod. Destroying the WorkerThread lets the worker finish the
/// call it is running, drops the calls still queued, deletes the worker on its own thread and
/// waits for all of that.
class WorkerThread final
{
public:
    /// Background and Moderate: see BackgroundPriority::Level.
    enum class Priority { Normal, Background, Moderate };

    /// Takes ownership of \a worker, which must have no parent.
    WorkerThread(const QString &name, QObject *worker, Priority priority = Priority::Normal);
    ~WorkerThread();
    Q_DISABLE_COPY_MOVE(WorkerThread)

private:
    QThread m_thread;
};
