#pragma once

#include "threading/workerthread.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Models {

/// Runs library queries that can take long (a big view's ids, a search, marking a whole view
/// read) on a thread of its own, with its own connection, and hands each result back to the
/// UI thread as a value. Jobs run one after another in the order given.
class DatabaseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    explicit DatabaseWorker(const QString &databasePath, QObject *parent = nullptr);
    /// A worker on a thread named \a threadName; \a priority Background for long work nobody
    /// waits for, such as a sync's (see BackgroundPriority).
    DatabaseWorker(const QString &databasePath, const QString &threadName,
                   WorkerThread::Priority priority, QObject *parent = nullptr);
    /// Runs the jobs given so far (their results are dropped) and closes the connection.
    ~DatabaseWorker() override;

    /// Runs \a job on the worker thread; \a done gets its result on this object's thread,
    /// unless \a context has been destroyed by then. The job receives an invalid database
    /// when the connection could not be opened (connectionError() says why).
    template<typename Result>
    void run(QObject *context, std::function<Result(const QSqlDatabase &)> job,
             std::function<void(const Result &)> done)
    {
        auto result = std::make_shared<Result>();
        post([result,
              job = std::move(job)](const QSqlDatabase &database) { *result = job(database); },
             context, [result, done = std::move(done)] { done(*result); });
    }

    /// For tests and shutdown: blocks until every job given so far has run.
    void waitForIdle();

    [[nodiscard]] QString databasePath() const { return m_databasePath; }

    /// Why the worker's connection could not be opened; empty when it could.
    [[nodiscard]] QString connectionError() const;

private:
    class Executor;

    void post(std::function<void(const QSqlDatabase &)> job, QObject *context,
              std::function<void()> done);

    QString m_databasePath;
    Executor *m_executor = nullptr; ///< Owned by m_thread.
    std::unique_ptr<WorkerThread> m_thread;
};

} // namespace Models
