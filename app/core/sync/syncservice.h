#pragma once

#include "storage/accountrepository.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Secrets {
class Store;
}

namespace Sync {

class AccountClient;
class DatabaseRunner;

/// Syncs accounts, one sync per account at a time: finds the account's password (the
/// TIDINGS_ACCOUNT_PASSWORD environment variable, else the keyring), makes the client for its
/// server type and runs a SyncEngine. What the command line and the window both use; they
/// differ only in the DatabaseRunner they hand in.
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    struct Options
    {
        int timeoutMs = 30'000; ///< No byte for this long ends a call.
    };

    /// \a database, \a network and \a secrets must outlive the service and, except the
    /// database's worker, belong to this thread.
    SyncService(DatabaseRunner *database, QNetworkAccessManager *network, Secrets::Store *secrets,
                const Options &options, QObject *parent = nullptr);
    ~SyncService() override;

    /// Starts a sync of \a account; ends in finished() for it. A sync already running for
    /// it is not started twice.
    void sync(const Storage::Account &account);
    [[nodiscard]] bool isSyncing(qint64 accountId) const;

    /// A client for \a account's server, or nullptr with \a error for a type Tidings does not
    /// sync with yet.
    [[nodiscard]] static std::unique_ptr<AccountClient> makeClient(const Storage::Account &account,
                                                                   const QString &password,
                                                                   QNetworkAccessManager *network,
                                                                   int timeoutMs, QString *error);

signals:
    void progress(qint64 accountId, const QString &message);
    void finished(const Sync::SyncSummary &summary);

private:
    struct Running;

    void start(const Storage::Account &account, const QString &password);
    /// Ends a sync that failed before its engine started, recording \a error on the account.
    void failBeforeEngine(qint64 accountId, const QString &error);
    void end(qint64 accountId, const SyncSummary &summary);

    DatabaseRunner *m_database;
    QNetworkAccessManager *m_network;
    Secrets::Store *m_secrets;
    Options m_options;
    QHash<qint64, std::shared_ptr<Running>> m_running;
};

} // namespace Sync
