#include "models/databaseworker.h"

#include "base/logging.h"
#include "storage/database.h"
#include "threading/workerthread.h"

#include <QMutex>

namespace Models {

/// Lives on the worker thread; opens its connection on the first job.
class DatabaseWorker::Executor final : public QObject
{
public:
    explicit Executor(const QString &databasePath)
        : m_databasePath(databasePath),
          m_connectionName(Storage::uniqueConnectionName(QLatin1String("tidings-worker")))
    {}
    ~Executor() override { close(); }

    QSqlDatabase connection()
    {
        if (!m_opened) {
            m_opened = true;
            QString error;
            m_database = Storage::openConnection(m_databasePath, m_connectionName, &error);
            if (!error.isEmpty()) {
                qCWarning(lcStorage) << "query worker:" << error;
                QMutexLocker locker(&m_mutex);
                m_error = error;
            }
        }
        return m_database;
    }

    void close()
    {
        if (!m_opened)
            return;
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_opened = false;
    }

    [[nodiscard]] QString error() const
    {
        QMutexLocker locker(&m_mutex);
        return m_error;
    }

private:
    QString m_databasePath;
    QString m_connectionName;
    QSqlDatabase m_database;
    bool m_opened = false;
    mutable QMutex m_mutex;
    QString m_error;
};

DatabaseWorker::DatabaseWorker(const QString &databasePath, QObject *parent)
    : DatabaseWorker(databasePath, QStringLiteral("tidings-queries"),
                     WorkerThread::Priority::Normal, parent)
{}

DatabaseWorker::DatabaseWorker(const QString &databasePath, const QString &threadName,
                               WorkerThread::Priority priority, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_executor(new Executor(databasePath)),
      m_thread(std::make_unique<WorkerThread>(threadName, m_executor, priority))
{}

DatabaseWorker::~DatabaseWorker()
{
    // Marking read or bookmarking on the way out still reaches the library.
    waitForIdle();
    m_thread.reset();
}

void DatabaseWorker::post(std::function<void(const QSqlDatabase &)> job, QObject *context,
                          std::function<void()> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_executor,
        [this, executor = m_executor, job = std::move(job), guard, done = std::move(done)] {
            job(executor->connection());
            // Delivered through the worker object, which lives on the UI thread and outlives
            // every job (its destructor waits for them); a dead context drops the result.
            QMetaObject::invokeMethod(
                this,
                [guard, done] {
                    if (guard)
                        done();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DatabaseWorker::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_executor, [] {}, Qt::BlockingQueuedConnection);
}

QString DatabaseWorker::connectionError() const
{
    return m_executor->error();
}

} // namespace Models
