#include "ui/synccontroller.h"

#include "base/logging.h"
#include "models/databaseworker.h"
#include "sync/databaserunner.h"
#include "sync/syncservice.h"
#include "ui/eventloopwatch.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

namespace Ui {

namespace {

/// Hands a sync's database work to a worker thread, so that storing thousands of articles
/// never holds up the window.
class WorkerRunner final : public Sync::DatabaseRunner
{
public:
    explicit WorkerRunner(Models::DatabaseWorker *worker) : m_worker(worker) {}

    void run(QObject *context, std::function<void(const QSqlDatabase &)> job,
             std::function<void()> done) override
    {
        m_worker->run<bool>(
            context,
            [job = std::move(job)](const QSqlDatabase &database) {
                job(database);
                return true;
            },
            [done = std::move(done)](const bool &) { done(); });
    }

private:
    Models::DatabaseWorker *m_worker;
};

[[nodiscard]] int intervalOf(const Storage::Account &account)
{
    return account.syncIntervalSeconds > 0 ? account.syncIntervalSeconds
                                           : SyncController::DefaultIntervalSeconds;
}

} // namespace

SyncController::SyncController(QNetworkAccessManager *network, Models::DatabaseWorker *worker,
                               Secrets::Store *secrets, QObject *parent)
    : QObject(parent), m_worker(worker),
      // The sync stores on a thread of its own at background priority, as a feed refresh
      // does: on a machine with few cores the window's thread otherwise waits for a CPU
      // behind it.
      m_syncWorker(new Models::DatabaseWorker(worker->databasePath(),
                                              QStringLiteral("tidings-sync"),
                                              WorkerThread::Priority::Background, this)),
      m_runner(std::make_unique<WorkerRunner>(m_syncWorker))
{
    m_service = new Sync::SyncService(m_runner.get(), network, secrets, {}, this);
    connect(m_service, &Sync::SyncService::finished, this,
            [this](const Sync::SyncSummary &summary) {
                reportStalls(summary);
                emit synced(summary);
                updateStatus();
            });
    m_dueTimer = new QTimer(this);
    m_dueTimer->setInterval(DueCheckIntervalMs);
    connect(m_dueTimer, &QTimer::timeout, this, &SyncController::syncDue);
    m_changeDelay = new QTimer(this);
    m_changeDelay->setSingleShot(true);
    m_changeDelay->setInterval(ChangeDelayMs);
    connect(m_changeDelay, &QTimer::timeout, this, [this] {
        syncWhere([](const Storage::Account &account) { return account.pendingChanges > 0; });
    });
}

SyncController::~SyncController()
{
    // The service's engines hand work to the runner: they go first.
    delete m_service;
    m_service = nullptr;
}

void SyncController::start()
{
    m_dueTimer->start();
    syncAll();
}

void SyncController::syncAll()
{
    loadAccounts([this] { syncWhere([](const Storage::Account &) { return true; }); });
}

void SyncController::noteLocalChange()
{
    // A library without remote accounts queues nothing: no query for it.
    if (!hasRemoteAccount())
        return;
    const int before = m_pending;
    loadAccounts([this, before] {
        if (m_pending > 0 && m_pending != before)
            m_changeDelay->start();
    });
}

void SyncController::updateStatus()
{
    loadAccounts([] {});
}

void SyncController::loadAccounts(std::function<void()> then)
{
    m_worker->run<QList<Storage::Account>>(
        this,
        [](const QSqlDatabase &database) { return Storage::AccountRepository(database).all(); },
        [this, then = std::move(then)](const QList<Storage::Account> &accounts) {
            setAccounts(accounts);
            then();
        });
}

void SyncController::setAccounts(const QList<Storage::Account> &accounts)
{
    m_accounts = accounts;
    m_pending = 0;
    for (const Storage::Account &account : accounts)
        m_pending += account.isRemote() ? account.pendingChanges : 0;
    const QString text = describeQueue(accounts);
    if (text == m_statusText)
        return;
    m_statusText = text;
    emit statusChanged(text);
}

void SyncController::syncDue()
{
    loadAccounts([this] { syncDueAccounts(); });
}

void SyncController::syncDueAccounts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    syncWhere([this, now](const Storage::Account &account) {
        // A failed sync leaves lastSync old: the attempt counts too, or it would retry each
        // minute while the server is down.
        const QDateTime last = std::max(account.lastSync, m_lastAttempt.value(account.id));
        return !last.isValid() || last.addSecs(intervalOf(account)) <= now;
    });
}

void SyncController::syncWhere(const std::function<bool(const Storage::Account &)> &wanted)
{
    for (const Storage::Account &account : std::as_const(m_accounts)) {
        if (!account.isRemote() || !wanted(account) || m_service->isSyncing(account.id))
            continue;
        m_lastAttempt.insert(account.id, QDateTime::currentDateTimeUtc());
        watchStalls();
        m_service->sync(account);
    }
}

void SyncController::watchStalls()
{
    // Verbose runs measure the window's responsiveness during a sync
    // (tests/bench/sync-benchmark.sh).
    if (!lcUi().isDebugEnabled())
        return;
    if (!m_stallWatch)
        m_stallWatch = new EventLoopWatch(this);
    if (!m_stallWatch->isActive()) {
        m_stallWatch->start();
        m_syncClock.start();
    }
}

void SyncController::reportStalls(const Sync::SyncSummary &summary)
{
    if (!m_stallWatch || !m_stallWatch->isActive())
        return;
    const qint64 elapsedMs = m_syncClock.elapsed();
    QTimer::singleShot(StallWatchTailMs, this, [this, summary, elapsedMs] {
        if (!m_stallWatch->isActive())
            return;
        m_stallWatch->stop();
        qCDebug(lcUi).nospace() << "sync finished: account " << summary.accountId << ", "
                                << summary.added << " new articles in " << elapsedMs << " ms; "
                                << qPrintable(m_stallWatch->describeLongestStall());
    });
}

bool SyncController::hasRemoteAccount() const
{
    return std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                       [](const Storage::Account &account) { return account.isRemote(); });
}

void SyncController::sendQueueBeforeQuit()
{
    if (m_pending == 0)
        return;
    syncWhere([](const Storage::Account &account) { return account.pendingChanges > 0; });
    // The network lives on this thread, so waiting for the send needs an event loop; it is
    // bounded so that a server that does not answer never keeps Tidings from quitting. What
    // is not sent stays queued in the database for the next start.
    QEventLoop loop;
    QTimer::singleShot(QuitWaitMs, &loop, &QEventLoop::quit);
    const auto anyRunning = [this] {
        return std::any_of(
            m_accounts.cbegin(), m_accounts.cend(),
            [this](const Storage::Account &a) { return m_service->isSyncing(a.id); });
    };
    connect(m_service, &Sync::SyncService::finished, &loop, [&loop, anyRunning] {
        if (!anyRunning())
            loop.quit();
    });
    if (anyRunning())
        loop.exec();
}

QString SyncController::describeQueue(const QList<Storage::Account> &accounts)
{
    int waiting = 0;
    QString reason;
    for (const Storage::Account &account : accounts) {
        if (!account.isRemote() || account.pendingChanges == 0)
            continue;
        waiting += account.pendingChanges;
        if (reason.isEmpty())
            reason = account.lastError;
    }
    if (waiting == 0) {
        // Nothing waits, but what the window shows of a failed account is out of date.
        for (const Storage::Account &account : accounts) {
            if (account.isRemote() && !account.lastError.isEmpty())
                return tr("“%1” could not be synced: %2").arg(account.name(), account.lastError);
        }
        return {};
    }
    if (reason.isEmpty())
        return tr("%n change(s) waiting to be synced", nullptr, waiting);
    return tr("%n change(s) waiting — %1", nullptr, waiting).arg(reason);
}

} // namespace Ui
