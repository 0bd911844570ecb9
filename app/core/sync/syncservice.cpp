#include "sync/syncservice.h"

#include "secrets/accountpassword.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "sync/accountclient.h"
#include "sync/databaserunner.h"
#include "sync/greaderclient.h"
#include "sync/ttrssclient.h"

namespace Sync {

struct SyncService::Running
{
    std::unique_ptr<AccountClient> client;
    std::unique_ptr<SyncEngine> engine;
    QMetaObject::Connection secretRead;
    QMetaObject::Connection secretFailed;
};

SyncService::SyncService(DatabaseRunner *database, QNetworkAccessManager *network,
                         Secrets::Store *secrets, const Options &options, QObject *parent)
    : QObject(parent), m_database(database), m_network(network), m_secrets(secrets),
      m_options(options)
{}

SyncService::~SyncService()
{
    for (const std::shared_ptr<Running> &running : std::as_const(m_running)) {
        disconnect(running->secretRead);
        disconnect(running->secretFailed);
    }
}

std::unique_ptr<AccountClient> SyncService::makeClient(const Storage::Account &account,
                                                       const QString &password,
                                                       QNetworkAccessManager *network,
                                                       int timeoutMs, QString *error)
{
    switch (account.type) {
    case Storage::AccountType::TinyTinyRss: {
        TtRssClient::Options options;
        options.timeoutMs = timeoutMs;
        return std::make_unique<TtRssClient>(network, account.serverUrl, account.username, password,
                                             options);
    }
    case Storage::AccountType::GoogleReader: {
        GReaderClient::Options options;
        options.timeoutMs = timeoutMs;
        return std::make_unique<GReaderClient>(network, account.serverUrl, account.username,
                                               password, options);
    }
    case Storage::AccountType::Local:
        break;
    }
    *error = tr("The local account has no server to sync with.");
    return nullptr;
}

bool SyncService::isSyncing(qint64 accountId) const
{
    return m_running.contains(accountId);
}

void SyncService::sync(const Storage::Account &account)
{
    if (isSyncing(account.id))
        return;
    auto running = std::make_shared<Running>();
    m_running.insert(account.id, running);
    const QByteArray fromEnvironment = qgetenv(Secrets::AccountPasswordVariable);
    if (!fromEnvironment.isEmpty() || !m_secrets) {
        start(account, QString::fromLocal8Bit(fromEnvironment));
        return;
    }
    const QString key = Secrets::accountPasswordKey(account.id);
    running->secretRead = connect(m_secrets, &Secrets::Store::secretRead, this,
                                  [this, key, account](const QString &read, const QString &secret) {
                                      if (read == key)
                                          start(account, secret);
                                  });
    running->secretFailed =
        connect(m_secrets, &Secrets::Store::failed, this,
                [this, key, account](const QString &failed, const QString &message) {
                    if (failed != key)
                        return;
                    failBeforeEngine(account.id,
                                     tr("The password of %1 could not be read from the keyring: %2")
                                         .arg(account.title, message));
                });
    m_secrets->read(key);
}

void SyncService::start(const Storage::Account &account, const QString &password)
{
    const std::shared_ptr<Running> running = m_running.value(account.id);
    if (!running)
        return;
    disconnect(running->secretRead);
    disconnect(running->secretFailed);
    QString error;
    running->client = makeClient(account, password, m_network, m_options.timeoutMs, &error);
    if (!running->client) {
        failBeforeEngine(account.id, error);
        return;
    }
    running->engine = std::make_unique<SyncEngine>(account.id, running->client.get(), m_database);
    connect(running->engine.get(), &SyncEngine::progress, this,
            [this, id = account.id](const QString &message) { emit progress(id, message); });
    connect(running->engine.get(), &SyncEngine::finished, this,
            [this, id = account.id](const SyncSummary &summary) { end(id, summary); });
    running->engine->start();
}

void SyncService::failBeforeEngine(qint64 accountId, const QString &error)
{
    // The engine records how its sync ended; one that never reached it is recorded here, so
    // that the account says why it was not synced.
    SyncSummary summary;
    summary.accountId = accountId;
    summary.error = error;
    m_database->run(
        this,
        [accountId, error](const QSqlDatabase &database) {
            if (database.isValid())
                (void)Storage::AccountRepository(database).recordSyncError(accountId, error);
        },
        [this, summary] { end(summary.accountId, summary); });
}

void SyncService::end(qint64 accountId, const SyncSummary &summary)
{
    const std::shared_ptr<Running> running = m_running.take(accountId);
    if (running) {
        disconnect(running->secretRead);
        disconnect(running->secretFailed);
        // The client first, now: a request still under way (a page fetched ahead when the
        // sync failed) is aborted and never calls back into the engine. The engine is in the
        // middle of its own signal: deleted from the event loop.
        running->client.reset();
        if (running->engine)
            running->engine.release()->deleteLater();
    }
    emit finished(summary);
}

} // namespace Sync
