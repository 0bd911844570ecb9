#include "storage/librarystatistics.h"

#include "base/logging.h"
#include "storage/migrationrunner.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

LibraryStatistics::LibraryStatistics(QSqlDatabase database) : m_database(std::move(database))
{}

qint64 LibraryStatistics::schemaVersion() const
{
    return MigrationRunner(m_database).currentVersion();
}

qint64 LibraryStatistics::sourceCount() const
{
    return scalar(QStringLiteral("SELECT count(*) FROM sources"));
}

qint64 LibraryStatistics::articleCount() const
{
    return scalar(QStringLiteral("SELECT count(*) FROM articles"));
}

bool LibraryStatistics::hasSources() const
{
    return scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sources)")) > 0;
}

qint64 LibraryStatistics::scalar(const QString &sql) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.prepare(sql) || !query.exec() || !query.next()) {
        qCWarning(lcStorage) << "library statistics:" << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace Storage
