#include "refresh/refreshservice.h"

#include "net/feedfetcher.h"
#include "refresh/ingestworker.h"
#include "refresh/parsestage.h"
#include "secrets/keyring.h"
#include "secrets/sourcepassword.h"
#include "threading/workerthread.h"

namespace Refresh {

namespace {

// Without new articles, age limits still move on: they are applied this often.
constexpr qint64 IdlePruneIntervalSeconds = 6 * 60 * 60;

} // namespace

RefreshService::RefreshService(const QString &databasePath, QNetworkAccessManager *network,
                               const Net::FetchOptions &fetchOptions, Schedule schedule,
                               QObject *parent)
    : QObject(parent), m_fetcher(new Net::FeedFetcher(network, fetchOptions, this)),
      m_worker(new IngestWorker(databasePath, schedule)),
      m_ingestThread(std::make_unique<WorkerThread>(QStringLiteral("tidings-ingest"), m_worker,
                                                    WorkerThread::Priority::Background)),
      m_parse(new ParseStage(databasePath, this))
{
    qRegisterMetaType<Net::FetchResult>();
    qRegisterMetaType<Net::FetchRequest>();
    qRegisterMetaType<Refresh::SourceOutcome>();
    qRegisterMetaType<Refresh::Summary>();

    connect(m_worker, &IngestWorker::requestsReady, this, &RefreshService::onRequestsReady);
    connect(m_worker, &IngestWorker::consumed, m_parse, &ParseStage::release);
    connect(m_parse, &ParseStage::parsed, this, &RefreshService::ingest);
    connect(m_worker, &IngestWorker::ingested, this, &RefreshService::onIngested);
    // The library cannot take more (the disk is full): fetching the rest would be in vain.
    connect(m_worker, &IngestWorker::databaseError, this, [this](const QString &message) {
        cancel();
        emit databaseError(message);
    });
    connect(m_worker, &IngestWorker::pruned, this, &RefreshService::onPruned);
    connect(m_fetcher, &Net::FeedFetcher::finished, this, &RefreshService::onFetched);
}

RefreshService::~RefreshService()
{
    m_fetcher->disconnect(this);
    m_ingestThread.reset();
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
    if (m_total == 0 && m_pendingPreparations == 0 && !m_pruning) {
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
        if (fetchRequest.username.isEmpty()) {
            m_fetcher->fetch(fetchRequest);
            continue;
        }
        // The keyring answers later (it may ask the person to unlock it): the transfer starts
        // then, and the rest of the run does not wait for it.
        const QString key = Secrets::sourcePasswordKey(fetchRequest.sourceId);
        m_awaitingPassword.insert(key, fetchRequest);
        passwordStore()->read(key);
    }
    if (m_total > 0)
        emit progress(m_done, m_total, {});
    finishIfDone();
}

void RefreshService::onIngested(const SourceOutcome &outcome)
{
    --m_handedOver;
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
    m_addedSincePrune += outcome.added;
    m_summary.updated += outcome.updated;
    emit sourceFinished(outcome);
    emit progress(m_done, m_total, outcome.title);
    finishIfDone();
}

void RefreshService::finishIfDone()
{
    if (m_pendingPreparations > 0 || !m_inFlight.isEmpty() || m_pruning)
        return;
    if (isPruneDue()) {
        // Runs on the worker after everything this run stored; requests made meanwhile join
        // the run and are prepared after it.
        m_pruning = true;
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, policy = *m_retention] { worker->prune(policy); },
            Qt::QueuedConnection);
        return;
    }
    m_total = 0;
    QMetaObject::invokeMethod(m_worker, &IngestWorker::settle, Qt::QueuedConnection);
    emit finished(m_summary);
}

bool RefreshService::isPruneDue() const
{
    if (!m_retention)
        return false;
    return m_addedSincePrune > 0 || !m_lastPrune.isValid() ||
           m_lastPrune.secsTo(QDateTime::currentDateTimeUtc()) >= IdlePruneIntervalSeconds;
}

void RefreshService::onPruned(int removed)
{
    m_pruning = false;
    m_addedSincePrune = 0;
    m_lastPrune = QDateTime::currentDateTimeUtc();
    m_summary.pruned += removed;
    finishIfDone();
}

void RefreshService::setFetchOptions(const Net::FetchOptions &options)
{
    m_fetcher->setOptions(options);
}

void RefreshService::setSchedule(Schedule schedule)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, schedule] { worker->setSchedule(schedule); },
        Qt::QueuedConnection);
}

void RefreshService::setRetention(const Storage::RetentionPolicy &policy)
{
    m_retention = policy;
}

void RefreshService::cancel()
{
    // Those still waiting for a password end as cancelled too, through the usual path.
    const QList<Net::FetchRequest> waiting = m_awaitingPassword.values();
    m_awaitingPassword.clear();
    for (const Net::FetchRequest &request : waiting) {
        Net::FetchResult result;
        result.sourceId = request.sourceId;
        result.requestedUrl = request.url;
        result.finalUrl = request.url;
        result.status = Net::FetchResult::Status::Cancelled;
        onFetched(result);
    }
    m_fetcher->cancelAll();
}

void RefreshService::setPasswordStore(Secrets::Store *store)
{
    if (m_passwords != nullptr)
        m_passwords->disconnect(this);
    m_passwords = store;
    if (m_passwords == nullptr)
        return;
    connect(m_passwords, &Secrets::Store::secretRead, this, &RefreshService::onPasswordRead);
    connect(m_passwords, &Secrets::Store::failed, this, &RefreshService::onPasswordFailed);
}

Secrets::Store *RefreshService::passwordStore()
{
    if (m_passwords == nullptr)
        setPasswordStore(new Secrets::Keyring(this));
    return m_passwords;
}

void RefreshService::onPasswordRead(const QString &key, const QString &password)
{
    auto waiting = m_awaitingPassword.find(key);
    if (waiting == m_awaitingPassword.end())
        return;
    Net::FetchRequest request = waiting.value();
    m_awaitingPassword.erase(waiting);
    request.password = password;
    m_fetcher->fetch(request);
}

void RefreshService::onPasswordFailed(const QString &key, const QString &message)
{
    auto waiting = m_awaitingPassword.find(key);
    if (waiting == m_awaitingPassword.end())
        return;
    Net::FetchRequest request = waiting.value();
    m_awaitingPassword.erase(waiting);
    // A user name alone would only be refused: fetch as a stranger, and say why if that fails.
    request.username.clear();
    m_passwordProblems.insert(request.sourceId, message);
    m_fetcher->fetch(request);
}

void RefreshService::onFetched(Net::FetchResult result)
{
    const QString problem = m_passwordProblems.take(result.sourceId);
    if (!problem.isEmpty() && result.status == Net::FetchResult::Status::Failed &&
        result.httpStatus == 401) {
        result.errorText = tr("The server asks for a user name and password, and the password "
                              "could not be read from the system keyring: %1")
                               .arg(problem);
    }
    if (result.status != Net::FetchResult::Status::Ok) {
        ingest(result, {});
        return;
    }
    m_parse->add(result);
}

void RefreshService::ingest(const Net::FetchResult &result, const ParsedFeed &parsed)
{
    ++m_handedOver;
    // Results cross to the worker thread as queued calls.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, result, parsed] { worker->ingest(result, parsed); },
        Qt::QueuedConnection);
    // The worker stores feeds in batches; when nothing else is on its way, this one ends the
    // batch without waiting for the worker to notice the pause.
    if (m_handedOver >= m_inFlight.size())
        QMetaObject::invokeMethod(m_worker, &IngestWorker::commit, Qt::QueuedConnection);
}

} // namespace Refresh
