#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QString>

#include <memory>

class WorkerThread;

namespace Storage {

struct SearchIndexProgress;
class SearchIndexWorker;

/// Keeps the library's search index up to date on a thread of its own ("tidings-index",
/// background priority), with a SearchIndexer: it looks for queued changes a few times a
/// second and applies them in large transactions while the library's writer goes on writing.
/// Searches made meanwhile miss only the articles of the last moments; caughtUp() says when
/// they would find everything.
class SearchIndexService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchIndexService)

public:
    /// How often the indexing thread looks for changes while there are none.
    static constexpr int PollMs = 250;
    /// How often while changes keep coming (a refresh commits every quarter second or so):
    /// each batch then starts soon after its commit rather than up to PollMs later.
    static constexpr int BusyPollMs = 50;
    /// How long after the last change the thread keeps looking that often.
    static constexpr int BusyForMs = 2000;

    explicit SearchIndexService(const QString &libraryPath, QObject *parent = nullptr);
    ~SearchIndexService() override;

    /// Changes waiting when the indexing thread last looked (any thread may ask).
    [[nodiscard]] qint64 pending() const;
    /// Blocks until every change committed before the call is in the index, or \a deadline
    /// passes; false on time-out or failure. For the command line and benchmarks: the window
    /// never waits.
    bool waitUntilCaughtUp(QDeadlineTimer deadline = QDeadlineTimer::Forever);

signals:
    /// After each transaction of the indexing thread: how many changes still wait.
    void pendingChanged(qint64 pending);
    /// Every change is in the index, after some were waiting.
    void caughtUp();
    /// Indexing failed; it is tried again later.
    void failed(const QString &message);

private:
    std::shared_ptr<SearchIndexProgress> m_progress;
    SearchIndexWorker *m_worker; ///< Owned by m_thread, lives there.
    std::unique_ptr<WorkerThread> m_thread;
};

} // namespace Storage
