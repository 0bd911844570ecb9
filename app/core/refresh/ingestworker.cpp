#include "refresh/ingestworker.h"

#include "base/logging.h"
#include "feeds/feedparser.h"
#include "html/sanitizer.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/sqlitehandle.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace Refresh {

namespace {

// A batch is committed once it holds MaxBatchItems feed items, once it is this old, or when no
// feed has come for a moment. The age bounds how long the window's own writes (marking read)
// wait for the library; on the farm's first refresh, 250 ms batches index nearly as fast as 1 s
// ones (12.5 s against 12.0 s for the whole refresh) and far faster than one feed at a time (15 s).
constexpr qint64 MaxBatchMilliseconds = 250;
constexpr int IdleCommitMilliseconds = 150;

} // namespace

IngestWorker::IngestWorker(const QString &databasePath, Schedule schedule)
    : m_databasePath(databasePath),
      m_connectionName(Storage::uniqueConnectionName(QLatin1String("tidings-ingest"))),
      m_schedule(schedule), m_idleCommit(new QTimer(this))
{
    m_idleCommit->setSingleShot(true);
    m_idleCommit->setInterval(IdleCommitMilliseconds);
    connect(m_idleCommit, &QTimer::timeout, this, &IngestWorker::commit);
}

IngestWorker::~IngestWorker()
{
    // Runs on the worker thread (deleteLater when the thread finishes), which owns the connection.
    // What was stored is kept, though nobody is left to tell.
    if (QString ruleError; m_batch && !m_rules.write(m_database, &ruleError))
        qCWarning(lcStorage) << "could not apply the rules:" << ruleError;
    if (m_batch && !m_batch->commit())
        qCWarning(lcStorage) << "could not commit the last feeds:" << m_batch->errorMessage();
    m_batch.reset();
    if (m_database.isValid()) {
        m_database.close();
        m_database = {};
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool IngestWorker::ensureOpen()
{
    if (m_database.isValid() && m_database.isOpen())
        return true;
    QString error;
    m_database = Storage::openConnection(m_databasePath, m_connectionName, &error);
    if (!m_database.isValid()) {
        emit databaseError(error);
        return false;
    }
    return true;
}

void IngestWorker::prepare(const QList<qint64> &sourceIds, bool dueOnly)
{
    QList<Net::FetchRequest> requests;
    QHash<qint64, QString> titles;
    if (!ensureOpen()) {
        emit requestsReady(requests, titles);
        return;
    }
    Storage::useBulkWriteCache(m_database, true);
    const Storage::SourceRepository sources(m_database);
    const QList<Storage::Source> candidates =
        dueOnly ? sources.dueSources(QDateTime::currentDateTimeUtc()) : sources.fetchedSources();
    for (const Storage::Source &source : candidates) {
        if (!sourceIds.isEmpty() && !sourceIds.contains(source.id))
            continue;
        // Asking for one source by name refreshes it even when paused.
        if (source.paused && sourceIds.isEmpty())
            continue;
        Net::FetchRequest request;
        request.sourceId = source.id;
        request.url = source.feedUrl;
        request.etag = source.etag.toLatin1();
        request.lastModified = source.lastModified.toLatin1();
        request.username = source.username;
        requests.append(request);
        titles.insert(source.id,
                      source.title.isEmpty() ? source.feedUrl.toDisplayString() : source.title);
    }
    emit requestsReady(requests, titles);
}

void IngestWorker::prune(const Storage::RetentionPolicy &policy)
{
    commit(); // Pruning in the batch would run under a savepoint, see storeInto().
    int removed = 0;
    if (ensureOpen()) {
        Storage::ArticleRepository articles(m_database);
        removed = articles.prune(policy, QDateTime::currentDateTimeUtc());
        if (removed < 0) {
            emit databaseError(articles.errorMessage());
            removed = 0;
        }
    }
    emit pruned(removed);
}

void IngestWorker::settle()
{
    commit();
    if (!ensureOpen())
        return;
    // Waits (within the busy timeout) for readers of older snapshots. Should the search
    // indexer still be catching up, it empties the log itself once it has.
    QSqlQuery checkpoint(m_database);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCDebug(lcStorage) << "checkpoint after the refresh:" << checkpoint.lastError().text();
    // The connection stays open between refreshes; its large cache does not.
    Storage::useBulkWriteCache(m_database, false);
}

ParsedFeed IngestWorker::parse(const Net::FetchResult &result, const QString &databasePath)
{
    Feeds::ParseOptions options;
    options.contentType = result.contentType;
    options.documentUrl = result.finalUrl;
    options.htmlFilter = {&Html::sanitize, &Html::firstImageUrl};
    ParsedFeed parsed{Feeds::parseFeed(result.body, options), {}};
    if (!parsed.parse.ok())
        return parsed;
    // A connection of its own, to read which items are already stored: most items of a
    // refreshed feed are, and need no preparing. Should it fail, every item is prepared.
    const QString connectionName = Storage::uniqueConnectionName(QLatin1String("tidings-prepare"));
    {
        QString error;
        const QSqlDatabase database = Storage::openConnection(databasePath, connectionName, &error);
        if (!database.isValid())
            qCDebug(lcStorage) << "preparing without knowing what is stored:" << error;
        const Storage::ArticleRepository articles(database);
        const std::optional<Storage::StoredHashes> stored =
            database.isValid() ? articles.storedHashes(result.sourceId, parsed.parse.feed.items)
                               : std::nullopt;
        parsed.prepared = Storage::prepareArticles(parsed.parse.feed.items,
                                                   stored.value_or(Storage::StoredHashes()));
    }
    QSqlDatabase::removeDatabase(connectionName);
    return parsed;
}

void IngestWorker::ingest(const Net::FetchResult &result, const ParsedFeed &parsed)
{
    SourceOutcome outcome;
    outcome.sourceId = result.sourceId;
    QString failure;
    if (!ensureOpen()) {
        failure = tr("The library cannot be opened");
    } else if (!beginBatch(&failure)) {
        failure = tr("Cannot store the articles: %1").arg(failure);
    }
    if (!failure.isEmpty()) {
        outcome.errorText = failure;
        emit consumed(outcome.sourceId);
        emit ingested(outcome);
        return;
    }
    Storage::SourceRepository sources(m_database);
    const std::optional<Storage::Source> source = sources.find(result.sourceId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!source) { // unsubscribed while it was being fetched
        outcome.status = SourceOutcome::Status::Cancelled;
    } else {
        outcome.title = source->title;
    }

    switch (source ? result.status : Net::FetchResult::Status::Cancelled) {
    case Net::FetchResult::Status::Cancelled:
        outcome.status = SourceOutcome::Status::Cancelled;
        break;
    case Net::FetchResult::Status::NotModified:
        outcome.status = SourceOutcome::Status::NotModified;
        (void)sources.recordFetchNotModified(
            source->id, now, m_schedule.afterSuccess(now, source->refreshIntervalSeconds, 0));
        break;
    case Net::FetchResult::Status::Failed:
        outcome.errorText = result.errorText;
        (void)sources.recordFetchError(source->id, result.errorText, now,
                                       m_schedule.afterFailure(now, source->refreshIntervalSeconds,
                                                               source->errorCount + 1,
                                                               result.retryAfterSeconds));
        break;
    case Net::FetchResult::Status::Ok: {
        std::optional<SourceOutcome> stored = store(result, parsed, *source, &failure);
        if (!stored) {
            outcome.errorText = failure;
            // The run stops first, so that it ends with the error said.
            if (Storage::lastFailureWasDiskFull(m_database))
                reportDiskFull(failure);
            abandonBatch(outcome);
            return;
        }
        outcome = *std::move(stored);
        if (outcome.title.isEmpty())
            outcome.title = source->title;
        if (result.movedPermanentlyTo.isValid() &&
            !sources.setFeedUrl(source->id, result.movedPermanentlyTo))
            qCWarning(lcNet) << "could not follow the permanent redirect:"
                             << sources.errorMessage();
        break;
    }
    }
    m_batchOutcomes.append(outcome);
    m_batchItems += int(parsed.parse.feed.items.size());
    emit consumed(outcome.sourceId);
    if (m_batchItems >= MaxBatchItems || m_batchAge.elapsed() >= MaxBatchMilliseconds)
        commit();
    else
        m_idleCommit->start();
}

void IngestWorker::commit()
{
    m_idleCommit->stop();
    if (!m_batch)
        return;
    // A rule that cannot be applied must not cost the articles: they are kept without it.
    if (QString ruleError; !m_rules.write(m_database, &ruleError))
        qCWarning(lcStorage) << "could not apply the rules:" << ruleError;
    const bool committed = m_batch->commit();
    const QString error = m_batch->errorMessage();
    const bool diskFull = !committed && m_batch->failedOnFullDisk();
    m_batch.reset(); // rolls back when the commit failed
    const QList<SourceOutcome> outcomes = std::exchange(m_batchOutcomes, {});
    m_batchItems = 0;
    if (!committed) {
        if (diskFull)
            reportDiskFull(error);
        reportBatchFailed(outcomes, tr("Cannot store the articles: %1").arg(error));
        return;
    }
    for (const SourceOutcome &outcome : outcomes)
        emit ingested(outcome);
}

bool IngestWorker::beginBatch(QString *error)
{
    if (m_batch)
        return true;
    Storage::ArticleRepository(m_database).pruneSearchQueue();
    m_batch.emplace(m_database);
    if (!m_batch->isActive()) {
        *error = m_batch->errorMessage();
        m_batch.reset();
        return false;
    }
    m_batchAge.start();
    m_rules.reload(m_database);
    return true;
}

void IngestWorker::abandonBatch(const SourceOutcome &last)
{
    m_idleCommit->stop();
    m_batch.reset(); // rolls back
    m_rules.discard();
    QList<SourceOutcome> outcomes = std::exchange(m_batchOutcomes, {});
    outcomes.append(last);
    m_batchItems = 0;
    emit consumed(last.sourceId);
    reportBatchFailed(outcomes, last.errorText);
}

void IngestWorker::reportDiskFull(const QString &sqliteError)
{
    emit databaseError(tr("The disk that holds your library is full, or the library may grow "
                          "no further (%1). The refresh stopped; nothing stored before was "
                          "lost. Free some space, then refresh again.")
                           .arg(sqliteError));
}

void IngestWorker::reportBatchFailed(QList<SourceOutcome> outcomes, const QString &error)
{
    // Best effort: the database that just failed may fail again.
    Storage::SourceRepository sources(m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (SourceOutcome &outcome : outcomes) {
        if (outcome.status != SourceOutcome::Status::Cancelled) {
            outcome.status = SourceOutcome::Status::Failed;
            outcome.errorText = error;
            outcome.added = 0;
            outcome.updated = 0;
            outcome.addedIds.clear();
            outcome.notifyTitles.clear();
            if (const std::optional<Storage::Source> source = sources.find(outcome.sourceId)) {
                (void)sources.recordFetchError(
                    source->id, error, now,
                    m_schedule.afterFailure(now, source->refreshIntervalSeconds,
                                            source->errorCount + 1, -1));
            }
        }
        emit ingested(outcome);
    }
}

std::optional<SourceOutcome> IngestWorker::store(const Net::FetchResult &result,
                                                 const ParsedFeed &input,
                                                 const Storage::Source &source, QString *failure)
{
    const int sourceIntervalSeconds = source.refreshIntervalSeconds;
    SourceOutcome outcome;
    outcome.sourceId = result.sourceId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Storage::SourceRepository sources(m_database);
    const Feeds::ParseResult &parsed = input.parse;

    outcome.warnings = parsed.warnings;
    if (!parsed.ok()) {
        outcome.errorText = parsed.error;
        (void)sources.recordFetchError(result.sourceId, parsed.error, now,
                                       m_schedule.afterFailure(now, sourceIntervalSeconds, 1, -1));
        return outcome;
    }

    Storage::ArticleRepository articles(m_database);
    const std::optional<Storage::StoreResult> stored =
        articles.storeInto(*m_batch, {result.sourceId, parsed.feed, input.prepared}, now);
    if (!stored) {
        *failure = articles.errorMessage();
        return std::nullopt;
    }
    Storage::FetchSuccess success;
    success.etag = QString::fromLatin1(result.etag);
    success.lastModified = QString::fromLatin1(result.lastModified);
    success.fetchedAt = now;
    success.nextFetch = m_schedule.afterSuccess(now, sourceIntervalSeconds, parsed.feed.ttlMinutes);
    success.title = parsed.feed.title;
    success.siteUrl = QUrl(parsed.feed.link);
    success.iconUrl = QUrl(parsed.feed.icon);
    (void)sources.recordFetchSuccess(result.sourceId, success);

    outcome.status = SourceOutcome::Status::Updated;
    outcome.title = parsed.feed.title;
    outcome.added = stored->added;
    outcome.updated = stored->updated;
    outcome.addedIds = stored->addedIds;
    outcome.notifyTitles = m_rules.match(m_database, source, parsed.feed, stored->addedArticles);
    return outcome;
}

} // namespace Refresh
