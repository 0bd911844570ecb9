#pragma once

#include "feeds/feedparser.h"
#include "net/fetchtypes.h"
#include "refreshtypes.h"
#include "schedule.h"
#include "storage/articlerepository.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

namespace Refresh {

/// The database side of a refresh, living on a worker thread with its own connection: it lists
/// what to fetch, and parses and stores what was fetched, so that neither ever blocks the UI.
class IngestWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngestWorker)

public:
    IngestWorker(const QString &databasePath, Schedule schedule);
    ~IngestWorker() override;

    /// Emits requestsReady() for \a sourceIds (empty: every source that is not paused), or
    /// only those that are due when \a dueOnly.
    void prepare(const QList<qint64> &sourceIds, bool dueOnly);
    /// Stores a fetched feed that \a parsed holds (see parse(); used when \a result is Ok),
    /// records the fetch on its source and emits ingested().
    void ingest(const Net::FetchResult &result, const Feeds::ParseResult &parsed);
    /// The parsing half of ingesting, which needs no database: any thread may run it, so that
    /// one feed is parsed while the one before it is stored.
    [[nodiscard]] static Feeds::ParseResult parse(const Net::FetchResult &result);
    void setSchedule(Schedule schedule) { m_schedule = schedule; }
    /// Removes the articles \a policy no longer keeps and emits pruned().
    void prune(const Storage::RetentionPolicy &policy);

signals:
    void requestsReady(const QList<Net::FetchRequest> &requests,
                       const QHash<qint64, QString> &titles);
    void ingested(const Refresh::SourceOutcome &outcome);
    void pruned(int removed);
    void databaseError(const QString &message);

private:
    bool ensureOpen();
    SourceOutcome store(const Net::FetchResult &result, const Feeds::ParseResult &parsed,
                        int sourceIntervalSeconds);

    QString m_databasePath;
    QString m_connectionName;
    QSqlDatabase m_database;
    Schedule m_schedule;
};

} // namespace Refresh
