#include "storage/pendingchangerepository.h"

#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Storage {

using SqlValues::exec;
using SqlValues::fromText;

namespace {

constexpr ChangeKind AllKinds[] = {ChangeKind::Read,      ChangeKind::Bookmark,
                                   ChangeKind::Subscribe, ChangeKind::Unsubscribe,
                                   ChangeKind::Move,      ChangeKind::Rename};

ChangeKind kindFromName(const QString &name)
{
    for (const ChangeKind kind : AllKinds) {
        if (PendingChangeRepository::kindName(kind) == name)
            return kind;
    }
    return ChangeKind::Read;
}

// The column of articles that holds the state a server confirmed, for article changes.
const char *confirmedColumn(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Read:
        return "remote_read";
    case ChangeKind::Bookmark:
        return "remote_bookmarked";
    default:
        return nullptr;
    }
}

} // namespace

PendingChangeRepository::PendingChangeRepository(QSqlDatabase database)
    : m_database(std::move(database))
{}

QString PendingChangeRepository::kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Read:
        return QStringLiteral("read");
    case ChangeKind::Bookmark:
        return QStringLiteral("bookmark");
    case ChangeKind::Subscribe:
        return QStringLiteral("subscribe");
    case ChangeKind::Unsubscribe:
        return QStringLiteral("unsubscribe");
    case ChangeKind::Move:
        return QStringLiteral("move");
    case ChangeKind::Rename:
        return QStringLiteral("rename");
    }
    return {};
}

bool PendingChangeRepository::queue(qint64 accountId, ChangeKind kind, const QString &item,
                                    const QJsonObject &payload)
{
    if (confirmedColumn(kind))
        return fail(tr("Article states are queued by the articles themselves."));
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO pending_changes (account_id, kind, item, payload) VALUES (?, ?, ?, ?)"));
    query.addBindValue(accountId);
    query.addBindValue(kindName(kind));
    query.addBindValue(fromText(item));
    query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot remember the change: %1").arg(error));
    return true;
}

std::optional<QList<PendingChange>> PendingChangeRepository::forAccount(qint64 accountId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, kind, item, value, payload, attempts, last_error"
                                 " FROM pending_changes WHERE account_id = ? ORDER BY id"));
    query.addBindValue(accountId);
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the changes to send: %1").arg(error));
        return std::nullopt;
    }
    QList<PendingChange> changes;
    while (query.next()) {
        PendingChange change;
        change.id = query.value(0).toLongLong();
        change.accountId = accountId;
        change.kind = kindFromName(query.value(1).toString());
        change.item = query.value(2).toString();
        change.value = query.value(3).toInt() != 0;
        change.payload = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
        change.attempts = query.value(5).toInt();
        change.lastError = query.value(6).toString();
        changes.append(change);
    }
    return changes;
}

int PendingChangeRepository::count(qint64 accountId) const
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT count(*) FROM pending_changes WHERE ? = 0 OR account_id = ?"));
    query.addBindValue(accountId);
    query.addBindValue(accountId);
    QString error;
    if (!exec(query, &error) || !query.next()) {
        fail(tr("Cannot count the changes to send: %1").arg(error));
        return -1;
    }
    return query.value(0).toInt();
}

bool PendingChangeRepository::confirm(qint64 accountId, const QList<PendingChange> &changes)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot record what the server took: %1").arg(transaction.errorMessage()));
    QSqlQuery remove(m_database);
    remove.prepare(QStringLiteral("DELETE FROM pending_changes WHERE id = ?"));
    QString error;
    for (const PendingChange &change : changes) {
        // Setting the confirmed state lets the triggers drop the row, or keep a newer wish.
        if (const char *column = confirmedColumn(change.kind)) {
            QSqlQuery confirmed(m_database);
            confirmed.prepare(QStringLiteral("UPDATE articles SET %1 = ? WHERE remote_id = ?"
                                             " AND source_id IN (SELECT id FROM sources"
                                             " WHERE account_id = ?)")
                                  .arg(QLatin1String(column)));
            confirmed.addBindValue(change.value ? 1 : 0);
            confirmed.addBindValue(change.item);
            confirmed.addBindValue(accountId);
            if (!exec(confirmed, &error))
                return fail(tr("Cannot record what the server took: %1").arg(error));
            // The article may be gone (pruned); a row still holding this wish goes too.
            QSqlQuery gone(m_database);
            gone.prepare(QStringLiteral("DELETE FROM pending_changes WHERE id = ? AND value = ?"));
            gone.addBindValue(change.id);
            gone.addBindValue(change.value ? 1 : 0);
            if (!exec(gone, &error))
                return fail(tr("Cannot record what the server took: %1").arg(error));
            continue;
        }
        remove.bindValue(0, change.id);
        if (!exec(remove, &error))
            return fail(tr("Cannot record what the server took: %1").arg(error));
    }
    if (!transaction.commit())
        return fail(tr("Cannot record what the server took: %1").arg(transaction.errorMessage()));
    return true;
}

bool PendingChangeRepository::recordFailure(const QList<PendingChange> &changes,
                                            const QString &reason)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot record the failed send: %1").arg(transaction.errorMessage()));
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "UPDATE pending_changes SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    QString error;
    for (const PendingChange &change : changes) {
        query.bindValue(0, reason);
        query.bindValue(1, change.id);
        if (!exec(query, &error))
            return fail(tr("Cannot record the failed send: %1").arg(error));
    }
    if (!transaction.commit())
        return fail(tr("Cannot record the failed send: %1").arg(transaction.errorMessage()));
    return true;
}

bool PendingChangeRepository::fail(const QString &message) const
{
    m_errorMessage = message;
    return false;
}

} // namespace Storage
