#pragma once

#include "feeds/feedparser.h"
#include "net/fetchtypes.h"
#include "refresh/refreshtypes.h"
#include "refresh/schedule.h"
#include "rules/ingestrules.h"
#include "storage/articlerepository.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

class QTimer;

namespace Refresh {

/// A fetched feed, parsed, with its items prepared for storing: the work of ingesting that
/// needs no write access, done by IngestWorker::parse() on another thread.
struct ParsedFeed
{
    Feeds::ParseResult parse;
    QList<Storage::PreparedArticle> prepared; ///< One per item of parse.feed.
};

/// The database side of a refresh, living on a worker thread with its own connection: it lists
/// what to fetch, and parses and stores what was fetched, so that neither ever blocks the UI.
///
/// Consecutive feeds are stored in one transaction, a batch: FTS5 writes an index segment per
/// transaction and merges them later, and a segment per feed made indexing a refresh's articles
/// several times slower. A batch is committed when it is large or old enough, when no feed has
/// arrived for a moment, or on commit(); only then are its feeds reported as ingested(), since
/// other connections see nothing of it before.
class IngestWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestWorker)

public:
    /// Feed items per transaction at most (a batch is also committed after 250 ms). The
    /// ingest benchmark stores in transactions of this size too.
    static constexpr int MaxBatchItems = 5000;

    IngestWorker(const QString &databasePath, Schedule schedule);
    ~IngestWorker() override;

    /// Emits requestsReady() for \a sourceIds (empty: every source that is not paused), or
    /// only those that are due when \a dueOnly.
    void prepare(const QList<qint64> &sourceIds, bool dueOnly);
    /// Stores a fetched feed that \a parsed holds (see parse(); used when \a result is Ok) and
    /// records the fetch on its source, in the open batch; emits consumed() when done with it,
    /// and ingested() once the batch is committed.
    void ingest(const Net::FetchResult &result, const ParsedFeed &parsed);
    /// Commits the open batch, if any, now.
    void commit();
    /// The half of ingesting that needs no write access, so that any thread may run it while
    /// the worker stores the feed before: parses the feed and prepares the items that the
    /// library at \a databasePath lacks or holds with other content.
    [[nodiscard]] static ParsedFeed parse(const Net::FetchResult &result,
                                          const QString &databasePath);
    void setSchedule(Schedule schedule) { m_schedule = schedule; }
    /// Removes the articles \a policy no longer keeps and emits pruned().
    void prune(const Storage::RetentionPolicy &policy);
    /// At the end of a refresh: copies the log into the library and empties it, so that the
    /// library takes the room the folder shows and not tens of megabytes more.
    void settle();

signals:
    /// ingest() is done with the feed of \a sourceId, whose parsed form may now be let go.
    void consumed(qint64 sourceId);
    void requestsReady(const QList<Net::FetchRequest> &requests,
                       const QHash<qint64, QString> &titles);
    void ingested(const Refresh::SourceOutcome &outcome);
    void pruned(int removed);
    void databaseError(const QString &message);

private:
    bool ensureOpen();
    bool beginBatch(QString *error);
    /// Ends the batch when \a last, its latest feed, failed to be stored: the batch is rolled
    /// back, and each of its feeds failed with the same error.
    void abandonBatch(const SourceOutcome &last);
    /// Reports each of \a outcomes, of a batch that was rolled back, as failed with \a error.
    void reportBatchFailed(QList<SourceOutcome> outcomes, const QString &error);
    /// The disk refused a write: the refresh is to stop (RefreshService cancels it).
    void reportDiskFull(const QString &sqliteError);
    /// Stores the feed inside the batch; nullopt when the database failed (errorText set in
    /// \a failure), which leaves the batch to be rolled back.
    std::optional<SourceOutcome> store(const Net::FetchResult &result, const ParsedFeed &parsed,
                                       const Storage::Source &source, QString *failure);

    QString m_databasePath;
    QString m_connectionName;
    QSqlDatabase m_database;
    Schedule m_schedule;
    std::optional<Storage::Transaction> m_batch;
    QList<SourceOutcome> m_batchOutcomes;
    int m_batchItems = 0;
    QElapsedTimer m_batchAge;
    QTimer *m_idleCommit = nullptr;
    Rules::IngestRules m_rules;
};

} // namespace Refresh
