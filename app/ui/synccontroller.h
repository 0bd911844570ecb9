#pragma once

#include "models/modelsfwd.h"
#include "storage/accountrepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Secrets {
class Store;
}

namespace Sync {
class DatabaseRunner;
class SyncService;
struct SyncSummary;
} // namespace Sync

namespace Ui {

class EventLoopWatch;

/// Syncs the window's remote accounts: all of them once the window is up, each on its sync
/// interval, about a minute after the last local change to a synced article, with Refresh All,
/// and one last send of the queue when the window closes. Says in words how many changes wait
/// and why the last send failed.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    static constexpr int DefaultIntervalSeconds = 15 * 60;
    static constexpr int DueCheckIntervalMs = 60'000;
    static constexpr int ChangeDelayMs = 60'000;
    static constexpr int QuitWaitMs = 5'000;
    /// How long after a sync the stall watch goes on: the tree and the list reload then.
    static constexpr int StallWatchTailMs = 3'000;

    /// \a network, \a worker and \a secrets must outlive the controller.
    SyncController(QNetworkAccessManager *network, Models::DatabaseWorker *worker,
                   Secrets::Store *secrets, QObject *parent = nullptr);
    ~SyncController() override;

    /// Syncs every remote account and starts the interval timer.
    void start();
    /// Syncs every remote account now.
    void syncAll();
    /// A local change may have queued something: reads the queue again, and sends it about a
    /// minute after the last change.
    void noteLocalChange();
    /// Syncs the accounts whose interval has passed, and those never synced.
    void syncDue();
    /// Reads the accounts and their queues again; ends in statusChanged().
    void updateStatus();
    /// Sends what waits, waiting at most QuitWaitMs; for when the window closes.
    void sendQueueBeforeQuit();

    [[nodiscard]] QString statusText() const { return m_statusText; }
    [[nodiscard]] Sync::SyncService *service() const { return m_service; }

    /// What the status bar says about \a accounts: the changes waiting, and why the last send
    /// failed; empty when everything is sent.
    [[nodiscard]] static QString describeQueue(const QList<Storage::Account> &accounts);

signals:
    void statusChanged(const QString &text);
    /// A sync of an account ended: the tree and the list may show other articles now.
    void synced(const Sync::SyncSummary &summary);

private:
    void loadAccounts(std::function<void()> then);
    void syncDueAccounts();
    void syncWhere(const std::function<bool(const Storage::Account &)> &wanted);
    void setAccounts(const QList<Storage::Account> &accounts);
    [[nodiscard]] bool hasRemoteAccount() const;
    void watchStalls();
    void reportStalls(const Sync::SyncSummary &summary);

    Models::DatabaseWorker *m_worker = nullptr;     ///< The window's: the accounts.
    Models::DatabaseWorker *m_syncWorker = nullptr; ///< The syncs' storing.
    std::unique_ptr<Sync::DatabaseRunner> m_runner;
    Sync::SyncService *m_service = nullptr;
    QTimer *m_dueTimer = nullptr;
    QTimer *m_changeDelay = nullptr;
    QList<Storage::Account> m_accounts;
    QHash<qint64, QDateTime> m_lastAttempt; ///< When each account's last sync started.
    QString m_statusText;
    int m_pending = 0;
    EventLoopWatch *m_stallWatch = nullptr; ///< Only with verbose logging.
    QElapsedTimer m_syncClock;
};

} // namespace Ui
