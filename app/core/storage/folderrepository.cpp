#include "storage/folderrepository.h"

#include "base/logging.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace Storage {

using SqlValues::exec;
using SqlValues::fromId;

namespace {

// The columns: id, parent id (0 at the top level), title, position, account.
Folder readFolder(const QSqlQuery &query)
{
    Folder folder;
    folder.id = query.value(0).toLongLong();
    folder.parentId = query.value(1).toLongLong();
    folder.title = query.value(2).toString();
    folder.position = query.value(3).toInt();
    folder.accountId = query.value(4).toLongLong();
    return folder;
}

} // namespace

FolderRepository::FolderRepository(QSqlDatabase database) : m_database(std::move(database))
{}

std::optional<qint64> FolderRepository::add(const QString &title, qint64 parentId)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty()) {
        fail(tr("A folder needs a name."));
        return std::nullopt;
    }
    if (parentId != 0 && !exists(parentId)) {
        fail(tr("The parent folder no longer exists."));
        return std::nullopt;
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO folders (parent_id, title, position) VALUES (:parent, :title, :position)"));
    query.bindValue(QStringLiteral(":parent"), fromId(parentId));
    query.bindValue(QStringLiteral(":title"), trimmed);
    query.bindValue(QStringLiteral(":position"), nextPosition(parentId));
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot add the folder \"%1\": %2").arg(trimmed, error));
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool FolderRepository::rename(qint64 id, const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("A folder needs a name."));
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE folders SET title = :title WHERE id = :id"));
    query.bindValue(QStringLiteral(":title"), trimmed);
    query.bindValue(QStringLiteral(":id"), id);
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot rename the folder: %1").arg(error));
    if (query.numRowsAffected() == 0)
        return fail(tr("The folder no longer exists."));
    return true;
}

bool FolderRepository::move(qint64 id, qint64 parentId)
{
    if (!exists(id))
        return fail(tr("The folder no longer exists."));
    if (parentId != 0) {
        if (!exists(parentId))
            return fail(tr("The target folder no longer exists."));
        if (subtree(id).contains(parentId))
            return fail(tr("A folder cannot be moved into itself or one of its subfolders."));
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "UPDATE folders SET parent_id = :parent, position = :position WHERE id = :id"));
    query.bindValue(QStringLiteral(":parent"), fromId(parentId));
    query.bindValue(QStringLiteral(":position"), nextPosition(parentId));
    query.bindValue(QStringLiteral(":id"), id);
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot move the folder: %1").arg(error));
    return true;
}

bool FolderRepository::remove(qint64 id)
{
    const std::optional<Folder> folder = find(id);
    if (!folder)
        return fail(tr("The folder no longer exists."));

    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot remove the folder: %1").arg(transaction.errorMessage()));
    // Children are re-parented first: the schema would otherwise cascade the delete into them.
    const QVariant parent = fromId(folder->parentId);
    QString error;
    for (const QString &sql : {QStringLiteral("UPDATE sources SET folder_id = :parent "
                                              "WHERE folder_id = :id"),
                               QStringLiteral("UPDATE folders SET parent_id = :parent "
                                              "WHERE parent_id = :id"),
                               QStringLiteral("DELETE FROM folders WHERE id = :id")}) {
        QSqlQuery query(m_database);
        query.prepare(sql);
        if (sql.contains(QLatin1String(":parent")))
            query.bindValue(QStringLiteral(":parent"), parent);
        query.bindValue(QStringLiteral(":id"), id);
        if (!exec(query, &error))
            return fail(tr("Cannot remove the folder: %1").arg(error));
    }
    if (!transaction.commit())
        return fail(tr("Cannot remove the folder: %1").arg(transaction.errorMessage()));
    return true;
}

std::optional<Folder> FolderRepository::find(qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT id, coalesce(parent_id, 0), title, position, account_id FROM folders"
                       " WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the folder: %1").arg(error));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readFolder(query);
}

QList<Folder> FolderRepository::all() const
{
    // Walking the tree from the top gives parents before children in one query.
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "WITH RECURSIVE tree(id, parent_id, title, position, account_id, depth, path) AS ("
        "  SELECT id, parent_id, title, position, account_id, 0,"
        "         printf('%08d.%d', position, id)"
        "  FROM folders WHERE parent_id IS NULL"
        "  UNION ALL"
        "  SELECT f.id, f.parent_id, f.title, f.position, f.account_id, tree.depth + 1,"
        "         tree.path || '/' || printf('%08d.%d', f.position, f.id)"
        "  FROM folders f JOIN tree ON f.parent_id = tree.id)"
        "SELECT id, coalesce(parent_id, 0), title, position, account_id FROM tree ORDER BY path"));
    QList<Folder> folders;
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the folders: %1").arg(error));
        return folders;
    }
    while (query.next()) {
        folders.append(readFolder(query));
    }
    return folders;
}

QList<qint64> FolderRepository::subtree(qint64 id) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT id FROM folders WHERE id = :id"
                       " UNION SELECT f.id FROM folders f JOIN tree ON f.parent_id = tree.id)"
                       " SELECT id FROM tree"));
    query.bindValue(QStringLiteral(":id"), id);
    QList<qint64> ids;
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the folders: %1").arg(error));
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

bool FolderRepository::fail(const QString &message) const
{
    m_errorMessage = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

bool FolderRepository::exists(qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT 1 FROM folders WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    return query.exec() && query.next();
}

int FolderRepository::nextPosition(qint64 parentId) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM folders "
                                 "WHERE parent_id IS :parent"));
    query.bindValue(QStringLiteral(":parent"), fromId(parentId));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace Storage
