#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace Sync {

/// Where a sync's database work runs. The command line runs it on its own thread with its one
/// connection (DirectDatabaseRunner); the window hands it to a worker thread with a connection
/// of its own (an adapter over Models::DatabaseWorker), so that storing thousands of articles
/// never holds up the window.
class DatabaseRunner
{
public:
    DatabaseRunner() = default;
    virtual ~DatabaseRunner() = default;
    Q_DISABLE_COPY_MOVE(DatabaseRunner)

    /// Runs \a job with a connection of the runner's thread, then \a done on \a context's
    /// thread from its event loop; \a done is dropped once \a context is gone.
    virtual void run(QObject *context, std::function<void(const QSqlDatabase &)> job,
                     std::function<void()> done) = 0;
};

/// Runs the jobs at once on the calling thread with the connection it was given; \a done
/// follows from the event loop, as from any other runner.
class DirectDatabaseRunner final : public DatabaseRunner
{
public:
    explicit DirectDatabaseRunner(QSqlDatabase database) : m_database(std::move(database)) {}

    void run(QObject *context, std::function<void(const QSqlDatabase &)> job,
             std::function<void()> done) override
    {
        job(m_database);
        QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
    }

private:
    QSqlDatabase m_database;
};

} // namespace Sync
