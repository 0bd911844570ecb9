#include "storage/searchindexservice.h"

#include "base/logging.h"
#include "storage/database.h"
#include "storage/searchindexer.h"
#include "storage/searchindexfile.h"
#include "threading/workerthread.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTimer>
#include <QWaitCondition>

namespace Storage {

/// What the indexing thread tells the others, under a lock.
struct SearchIndexProgress
{
    mutable QMutex mutex;
    QWaitCondition changed;
    qint64 pending = 0;
    quint64 requests = 0; ///< Passes asked for by waitUntilCaughtUp().
    quint64 answered = 0; ///< The requests a pass that found nothing more to do began after.
    bool failed = false;
};

/// Lives on the indexing thread.
class SearchIndexWorker final : public QObject
{
    Q_OBJECT

public:
    SearchIndexWorker(const QString &libraryPath, std::shared_ptr<SearchIndexProgress> progress)
        : m_libraryPath(libraryPath), m_indexer(libraryPath), m_progress(std::move(progress))
    {}

    /// Starts looking, on the indexing thread.
    void start()
    {
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, &SearchIndexWorker::work);
        m_poll->start(SearchIndexService::PollMs);
        work();
    }

    /// One transaction's worth of changes, then back to the event loop: the thread must stay
    /// responsive to quitting. The next batch follows at once while changes wait.
    void work()
    {
        // After a failure the index waits a while before it is tried again.
        if (m_lastFailure.isValid() && !m_lastFailure.hasExpired(RetryMs))
            return;
        if (!m_opened && !(m_opened = m_indexer.open())) {
            report(m_indexer.errorMessage());
            return;
        }
        quint64 requests = 0;
        {
            const QMutexLocker locker(&m_progress->mutex);
            requests = m_progress->requests;
        }
        const int applied = m_indexer.applyPending();
        if (applied < 0) {
            report(m_indexer.errorMessage());
            return;
        }
        if (m_indexer.isStale()) {
            rebuild();
            return;
        }
        const qint64 pending = applied > 0 ? m_indexer.pending() : 0;
        if (applied > 0)
            m_lastChange.start();
        m_poll->setInterval(m_lastChange.isValid() &&
                                    !m_lastChange.hasExpired(SearchIndexService::BusyForMs)
                                ? SearchIndexService::BusyPollMs
                                : SearchIndexService::PollMs);
        if (applied > 0) {
            emit pendingChanged(pending);
            m_busy = true;
            QTimer::singleShot(0, this, &SearchIndexWorker::work);
        } else if (m_busy) {
            m_busy = false;
            m_indexer.checkpoint();
            emit caughtUp();
        }
        const QMutexLocker locker(&m_progress->mutex);
        m_progress->pending = pending;
        m_progress->failed = false;
        if (applied == 0)
            m_progress->answered = requests;
        m_progress->changed.wakeAll();
    }

signals:
    void pendingChanged(qint64 pending);
    void caughtUp();
    void failed(const QString &message);

private:
    /// The library disowned its index (a backup was restored): it is built again, here and
    /// now, rather than at the next start. The first batch follows at once.
    void rebuild()
    {
        const QString name = uniqueConnectionName(QLatin1String("tidings-index-rebuild"));
        QString error;
        bool rebuilt = false;
        {
            const QSqlDatabase library = openConnection(m_libraryPath, name, &error);
            rebuilt = library.isValid() && SearchIndexFile::prepare(library, m_libraryPath, &error);
        }
        QSqlDatabase::removeDatabase(name);
        if (!rebuilt) {
            report(error);
            return;
        }
        qCInfo(lcStorage) << "search index rebuilt for a replaced library";
        m_busy = true;
        QTimer::singleShot(0, this, &SearchIndexWorker::work);
    }

    /// Nothing more is known of how many changes wait.
    void report(const QString &error)
    {
        qCWarning(lcStorage).noquote() << "search index:" << error;
        m_lastFailure.start();
        emit failed(error);
        const QMutexLocker locker(&m_progress->mutex);
        m_progress->pending = -1;
        m_progress->failed = true;
        m_progress->changed.wakeAll();
    }

    static constexpr qint64 RetryMs = 30000;

    QString m_libraryPath;
    SearchIndexer m_indexer;
    QElapsedTimer m_lastFailure;
    QElapsedTimer m_lastChange; ///< When a pass last found changes to apply.
    QTimer *m_poll = nullptr;
    std::shared_ptr<SearchIndexProgress> m_progress;
    bool m_opened = false;
    bool m_busy = false;
};

SearchIndexService::SearchIndexService(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_progress(std::make_shared<SearchIndexProgress>()),
      m_worker(new SearchIndexWorker(libraryPath, m_progress))
{
    connect(m_worker, &SearchIndexWorker::pendingChanged, this,
            &SearchIndexService::pendingChanged);
    connect(m_worker, &SearchIndexWorker::caughtUp, this, &SearchIndexService::caughtUp);
    connect(m_worker, &SearchIndexWorker::failed, this, &SearchIndexService::failed);
    m_thread = std::make_unique<WorkerThread>(QStringLiteral("tidings-index"), m_worker,
                                              WorkerThread::Priority::Moderate);
    QMetaObject::invokeMethod(m_worker, &SearchIndexWorker::start, Qt::QueuedConnection);
}

SearchIndexService::~SearchIndexService() = default;

qint64 SearchIndexService::pending() const
{
    const QMutexLocker locker(&m_progress->mutex);
    return m_progress->pending;
}

bool SearchIndexService::waitUntilCaughtUp(QDeadlineTimer deadline)
{
    QMutexLocker locker(&m_progress->mutex);
    const quint64 request = ++m_progress->requests;
    QMetaObject::invokeMethod(m_worker, &SearchIndexWorker::work, Qt::QueuedConnection);
    while (m_progress->answered < request) {
        if (m_progress->failed || !m_progress->changed.wait(&m_progress->mutex, deadline))
            return false;
    }
    return true;
}

} // namespace Storage

#include "searchindexservice.moc"
