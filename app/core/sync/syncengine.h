#pragma once

#include "storage/pendingchangerepository.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace Sync {

class AccountClient;
class DatabaseRunner;

/// What one sync of one account did.
struct SyncSummary
{
    qint64 accountId = 0;
    int sent = 0;    ///< Queued changes the server took.
    int notSent = 0; ///< Queued changes still waiting (see error).
    int folders = 0;
    int sources = 0;
    int added = 0;   ///< New articles stored.
    int updated = 0; ///< Known articles whose content changed.
    QString error;   ///< Why the sync stopped or a change could not be sent; empty: fine.

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Runs one sync of one account, in this order: log in; send the queued changes (so that
/// nothing the server says next can undo them); the folders and sources; the new articles,
/// by server id above the highest one stored; the rules on those, as on a feed refresh; and a
/// pass over the server's read and bookmark states, which brings changes made on other devices. A
/// server state never overwrites a local change still waiting to be sent (see
/// Storage::AccountMirror). An error ends the sync in one sentence, which the account keeps as its
/// last error.
///
/// Lives on the thread of its client (the network); database work goes to \a database.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    /// \a client and \a database must outlive the engine.
    SyncEngine(qint64 accountId, AccountClient *client, DatabaseRunner *database,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    /// Starts the sync; ends in finished(), once.
    void start();

signals:
    /// What the sync is doing now, in words.
    void progress(const QString &message);
    void finished(const Sync::SyncSummary &summary);

private:
    struct State;

    void sendChanges();
    void sendArticleStates(QList<Storage::PendingChange> changes);
    void sendStructureChanges(QList<Storage::PendingChange> changes);
    void sent(const QList<Storage::PendingChange> &changes, const QString &error,
              std::function<void()> next);
    void syncStructure();
    /// Tells a client that lists ids first which articles the library holds, then fetches.
    void fetchNewArticles();
    /// Asks for the next pages of new articles, or goes on once all are stored.
    void fetchArticles();
    void fetchPage(int offset);
    void articlesStored();
    /// Runs the enabled rules on the articles this sync added, as a feed refresh does.
    void applyRules();
    void syncStates();
    void finish(const QString &error);
    /// Runs \a job on the database; \a next follows unless it failed (then the sync ends).
    void store(std::function<bool(const QSqlDatabase &, QString *)> job,
               std::function<void()> next);

    qint64 m_accountId;
    QPointer<AccountClient> m_client;
    DatabaseRunner *m_database;
    std::shared_ptr<State> m_state;
};

} // namespace Sync

Q_DECLARE_METATYPE(Sync::SyncSummary)
