#pragma once

#include "feeds/feedparser.h"
#include "net/fetchtypes.h"
#include "refresh/refreshtypes.h"
#include "refresh/schedule.h"
#include "storage/articlerepository.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class WorkerThread;

namespace Net {
class FeedFetcher;
}
namespace Secrets {
class Store;
}

namespace Refresh {

class IngestWorker;
class ParseStage;
struct ParsedFeed;

/// Refreshes sources: fetches on the calling (UI) thread's event loop, parses and stores on a
/// worker thread, and reports progress and results as signals. Requests made while a refresh
/// runs join it. A source with a user name is fetched once its password has been read from
/// the password store (the system keyring unless setPasswordStore() says otherwise); when
/// the store fails, it is fetched without credentials and its error says why.
class RefreshService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshService)

public:
    RefreshService(const QString &databasePath, QNetworkAccessManager *network,
                   const Net::FetchOptions &fetchOptions = {}, Schedule schedule = Schedule(),
                   QObject *parent = nullptr);
    ~RefreshService() override;

    void refreshAll();
    void refreshSources(const QList<qint64> &sourceIds);
    /// Only the sources whose next fetch is due.
    void refreshDue();
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_total > 0; }

    /// For the transfers and schedules made from now on (the settings changed).
    void setFetchOptions(const Net::FetchOptions &options);
    void setSchedule(Schedule schedule);
    /// Once set, a run ends by removing what \a policy no longer keeps: after runs that
    /// stored new articles, and otherwise every few hours, so that age limits still apply.
    void setRetention(const Storage::RetentionPolicy &policy);

    /// Where the passwords of sources with a user name come from (Secrets::sourcePasswordKey);
    /// \a store must outlive the service. Without one the system keyring is asked.
    void setPasswordStore(Secrets::Store *store);

signals:
    void started();
    /// \a done of \a total sources finished; \a current is the one that just did.
    void progress(int done, int total, const QString &current);
    void sourceFinished(const Refresh::SourceOutcome &outcome);
    void finished(const Refresh::Summary &summary);
    /// The library cannot be opened or takes nothing more (the disk is full); in the latter
    /// case the run is cancelled, and the articles stored before are kept.
    void databaseError(const QString &message);

private:
    void request(const QList<qint64> &sourceIds, bool dueOnly);
    void onRequestsReady(const QList<Net::FetchRequest> &requests,
                         const QHash<qint64, QString> &titles);
    void onIngested(const SourceOutcome &outcome);
    void finishIfDone();
    [[nodiscard]] bool isPruneDue() const;
    void onPruned(int removed);
    [[nodiscard]] Secrets::Store *passwordStore();
    void onPasswordRead(const QString &key, const QString &password);
    void onPasswordFailed(const QString &key, const QString &message);
    /// Every fetch result passes here on its way to the worker.
    void onFetched(Net::FetchResult result);
    void ingest(const Net::FetchResult &result, const ParsedFeed &parsed);

    Net::FeedFetcher *m_fetcher = nullptr;
    IngestWorker *m_worker = nullptr; ///< Owned by m_ingestThread.
    std::unique_ptr<WorkerThread> m_ingestThread;
    ParseStage *m_parse = nullptr;
    int m_handedOver = 0; ///< Results handed to the worker whose outcome has not come back.
    Secrets::Store *m_passwords = nullptr;
    /// Requests waiting for their password, by keyring entry.
    QHash<QString, Net::FetchRequest> m_awaitingPassword;
    /// Why a source's password could not be read, until its fetch ends.
    QHash<qint64, QString> m_passwordProblems;
    int m_pendingPreparations = 0;
    QSet<qint64> m_inFlight;
    int m_total = 0;
    int m_done = 0;
    Summary m_summary;
    std::optional<Storage::RetentionPolicy> m_retention;
    bool m_pruning = false;
    int m_addedSincePrune = 0;
    QDateTime m_lastPrune;
};

} // namespace Refresh
