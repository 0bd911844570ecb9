#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Storage {

/// What a queued change asks the server to do.
enum class ChangeKind { Read, Bookmark, Subscribe, Unsubscribe, Move, Rename };

/// A change made in Tidings to something of a remote account, waiting to be sent.
///
/// Read and bookmark changes are queued by the schema's triggers whenever an article of a
/// remote account gets a state other than the one its server last confirmed (in the same
/// statement, whichever code changed it), and dropped when it gets that state back: one row per
/// article and kind, the latest wish. Structure changes are queued with queue().
struct PendingChange
{
    qint64 id = 0;
    qint64 accountId = 0;
    ChangeKind kind = ChangeKind::Read;
    QString item;        ///< The server's id of the article (or source, folder) it is about.
    bool value = false;  ///< Read, Bookmark: the state wished for.
    QJsonObject payload; ///< Structure changes: what they need (URL, folder, title).
    int attempts = 0;    ///< Failed sends so far.
    QString lastError;   ///< Why the last send failed.
};

/// The queue of changes to send (table pending_changes). Works on the connection it is given,
/// on the thread that owns it. A change leaves the queue only when its server confirmed it.
class PendingChangeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::PendingChangeRepository)

public:
    explicit PendingChangeRepository(QSqlDatabase database);

    /// Queues a structure change (subscribe, unsubscribe, move, rename).
    [[nodiscard]] bool queue(qint64 accountId, ChangeKind kind, const QString &item,
                             const QJsonObject &payload);
    /// The account's changes, oldest first; nothing on failure (see errorMessage()).
    [[nodiscard]] std::optional<QList<PendingChange>> forAccount(qint64 accountId) const;
    /// How many changes wait; 0 for every account; -1 on failure.
    [[nodiscard]] int count(qint64 accountId = 0) const;

    /// The server took \a changes: article states become the confirmed ones (a state changed
    /// again since stays queued, as the newer wish), and the rows go. One transaction.
    [[nodiscard]] bool confirm(qint64 accountId, const QList<PendingChange> &changes);
    /// A send failed: the changes stay, counted and with the reason.
    [[nodiscard]] bool recordFailure(const QList<PendingChange> &changes, const QString &reason);

    [[nodiscard]] static QString kindName(ChangeKind kind);

    /// What went wrong in the last call that failed.
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool fail(const QString &message) const;

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
