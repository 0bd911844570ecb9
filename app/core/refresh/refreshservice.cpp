#include "refreshservice.h"

#include "ingestworker.h"
#include "net/feedfetcher.h"

#include <QThread>

namespace Refresh {

RefreshService::RefreshService(const QString &databasePath, QNetworkAccessManager *network,
                               const Net::FetchOptions &fetchOptions, Schedule schedule,
                               QObject *parent)
    : QObject(parent), m_fetcher(new Net::FeedFetcher(network, fetchOptions, this)),
      m_thread(new QThread(this)), m_worker(new IngestWorker(databasePath, schedule))
{
    qRegisterMetaType<Net::FetchResult>();
    qRegisterMetaType<Net::FetchRequest>();
    qRegisterMetaType<Refresh::SourceOutcome>();
    qRegisterMetaType<Refresh::Summary>();

    m_thread->setObjectName(QStringLiteral("tidings-ingest"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &IngestWorker::requestsReady, this, &RefreshService::onRequestsReady);
    connect(m_worker, &IngestWorker::ingested, this, &RefreshService::onIngested);
    connect(m_worker, &IngestWorker::databaseError, this, &RefreshService::databaseError);
    // Fetch results cross to the worker thread as queued calls.
    connect(m_fetcher, &Net::FeedFetcher::finished, m_worker, &IngestWorker::ingest);
    m_thread->start();
}

RefreshService::~RefreshService()
{
    m_fetcher->disconnect(m_worker);
    m_thread->quit();
    m_thread->wait();
}

void RefreshService::refreshAll()
{
    request({}, false);
}

void RefreshService::refreshSources(const QList<qint64> &sourceIds)
{
    if (!sourceIds.isEmpty())
        request(sourceIds, false);
}

void RefreshService::refreshDue()
{
    request({}, true);
}

void RefreshService::request(const QList<qint64> &sourceIds, bool dueOnly)
{
    if (m_total == 0 && m_pendingPreparations == 0) {
        m_summary = {};
        m_done = 0;
        emit started();
    }
    ++m_pendingPreparations;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, sourceIds, dueOnly] { worker->prepare(sourceIds, dueOnly); },
        Qt::QueuedConnection);
}

void RefreshService::onRequestsReady(const QList<Net::FetchRequest> &requests,
                                     const QHash<qint64, QString> &titles)
{
    --m_pendingPreparations;
    Q_UNUSED(titles)
    for (const Net::FetchRequest &fetchRequest : requests) {
        if (m_inFlight.contains(fetchRequest.sourceId))
            continue;
        m_inFlight.insert(fetchRequest.sourceId);
        ++m_total;
        m_fetcher->fetch(fetchRequest);
    }
    if (m_total > 0)
        emit progress(m_done, m_total, {});
    finishIfDone();
}

void RefreshService::onIngested(const SourceOutcome &outcome)
{
    if (!m_inFlight.remove(outcome.sourceId))
        return;
    ++m_done;
    switch (outcome.status) {
    case SourceOutcome::Status::Updated:
        ++m_summary.succeeded;
        break;
    case SourceOutcome::Status::NotModified:
        ++m_summary.succeeded;
        ++m_summary.notModified;
        break;
    case SourceOutcome::Status::Failed:
        ++m_summary.failed;
        break;
    case SourceOutcome::Status::Cancelled:
        ++m_summary.cancelled;
        break;
    }
    m_summary.added += outcome.added;
    m_summary.updated += outcome.updated;
    emit sourceFinished(outcome);
    emit progress(m_done, m_total, outcome.title);
    finishIfDone();
}

void RefreshService::finishIfDone()
{
    if (m_pendingPreparations > 0 || !m_inFlight.isEmpty())
        return;
    m_total = 0;
    emit finished(m_summary);
}

void RefreshService::cancel()
{
    m_fetcher->cancelAll();
}

} // namespace Refresh
