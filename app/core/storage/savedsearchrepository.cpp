#include "storage/savedsearchrepository.h"

#include "base/logging.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace Storage {

SavedSearchRepository::SavedSearchRepository(QSqlDatabase database)
    : m_database(std::move(database))
{}

std::optional<qint64> SavedSearchRepository::add(const QString &name, const QString &query)
{
    if (name.trimmed().isEmpty() || query.trimmed().isEmpty()) {
        fail(tr("A saved search needs a name and a search."));
        return std::nullopt;
    }
    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral(
        "INSERT INTO saved_searches (name, query, position)"
        " VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM saved_searches))"));
    insert.addBindValue(name.trimmed());
    insert.addBindValue(query.trimmed());
    QString error;
    if (!SqlValues::exec(insert, &error)) {
        fail(tr("Cannot save the search: %1").arg(error));
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

bool SavedSearchRepository::rename(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return fail(tr("A saved search needs a name."));
    QSqlQuery update(m_database);
    update.prepare(QStringLiteral("UPDATE saved_searches SET name = ? WHERE id = ?"));
    update.addBindValue(name.trimmed());
    update.addBindValue(id);
    QString error;
    if (!SqlValues::exec(update, &error))
        return fail(tr("Cannot rename the saved search: %1").arg(error));
    return update.numRowsAffected() == 1 || fail(tr("The saved search no longer exists."));
}

bool SavedSearchRepository::remove(qint64 id)
{
    QSqlQuery remove(m_database);
    remove.prepare(QStringLiteral("DELETE FROM saved_searches WHERE id = ?"));
    remove.addBindValue(id);
    QString error;
    if (!SqlValues::exec(remove, &error))
        return fail(tr("Cannot delete the saved search: %1").arg(error));
    return true;
}

std::optional<QList<SavedSearch>> SavedSearchRepository::all() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, name, query, position FROM saved_searches ORDER BY position, id"));
    QString error;
    if (!SqlValues::exec(query, &error)) {
        fail(tr("Cannot read the saved searches: %1").arg(error));
        return std::nullopt;
    }
    QList<SavedSearch> searches;
    while (query.next()) {
        searches.append({query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toInt()});
    }
    return searches;
}

bool SavedSearchRepository::fail(const QString &message) const
{
    m_errorMessage = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

} // namespace Storage
