#include "ingestworker.h"

#include "feeds/feedparser.h"
#include "logging.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QAtomicInt>

namespace Refresh {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tidings-ingest-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

IngestWorker::IngestWorker(const QString &databasePath, Schedule schedule)
    : m_databasePath(databasePath), m_connectionName(uniqueConnectionName()), m_schedule(schedule)
{}

IngestWorker::~IngestWorker()
{
    // Runs on the worker thread (deleteLater when the thread finishes), which owns the connection.
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
    const Storage::SourceRepository sources(m_database);
    const QList<Storage::Source> candidates =
        dueOnly ? sources.dueSources(QDateTime::currentDateTimeUtc()) : sources.all();
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

Feeds::ParseResult IngestWorker::parse(const Net::FetchResult &result)
{
    Feeds::ParseOptions options;
    options.contentType = result.contentType;
    options.documentUrl = result.finalUrl;
    return Feeds::parseFeed(result.body, options);
}

void IngestWorker::ingest(const Net::FetchResult &result, const Feeds::ParseResult &parsed)
{
    SourceOutcome outcome;
    outcome.sourceId = result.sourceId;
    if (!ensureOpen()) {
        outcome.errorText = tr("The library cannot be opened");
        emit ingested(outcome);
        return;
    }
    Storage::SourceRepository sources(m_database);
    const std::optional<Storage::Source> source = sources.find(result.sourceId);
    if (!source) { // unsubscribed while it was being fetched
        outcome.status = SourceOutcome::Status::Cancelled;
        emit ingested(outcome);
        return;
    }
    outcome.title = source->title;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    switch (result.status) {
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
    case Net::FetchResult::Status::Ok:
        outcome = store(result, parsed, source->refreshIntervalSeconds);
        if (outcome.title.isEmpty())
            outcome.title = source->title;
        if (result.movedPermanentlyTo.isValid() &&
            !sources.setFeedUrl(source->id, result.movedPermanentlyTo))
            qCWarning(lcNet) << "could not follow the permanent redirect:"
                             << sources.errorMessage();
        break;
    }
    emit ingested(outcome);
}

SourceOutcome IngestWorker::store(const Net::FetchResult &result, const Feeds::ParseResult &parsed,
                                  int sourceIntervalSeconds)
{
    SourceOutcome outcome;
    outcome.sourceId = result.sourceId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Storage::SourceRepository sources(m_database);

    outcome.warnings = parsed.warnings;
    if (!parsed.ok()) {
        outcome.errorText = parsed.error;
        (void)sources.recordFetchError(result.sourceId, parsed.error, now,
                                       m_schedule.afterFailure(now, sourceIntervalSeconds, 1, -1));
        return outcome;
    }

    Storage::ArticleRepository articles(m_database);
    const std::optional<Storage::StoreResult> stored =
        articles.store(result.sourceId, parsed.feed, now);
    if (!stored) {
        outcome.errorText = articles.errorMessage();
        (void)sources.recordFetchError(result.sourceId, outcome.errorText, now,
                                       m_schedule.afterFailure(now, sourceIntervalSeconds, 1, -1));
        return outcome;
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
    return outcome;
}

} // namespace Refresh
