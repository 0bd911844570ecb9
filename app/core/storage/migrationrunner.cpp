#include "storage/migrationrunner.h"

#include "base/logging.h"
#include "storage/sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Storage {

MigrationRunner::MigrationRunner(QSqlDatabase database, const QString &directory)
    : m_database(std::move(database)), m_directory(directory)
{}

QList<MigrationRunner::Migration> MigrationRunner::migrations() const
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d+)_[\\w-]+\\.sql$"));
    QList<Migration> result;
    const QStringList entries = QDir(m_directory).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        result.append({match.captured(1).toInt(), QDir(m_directory).filePath(entry)});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int MigrationRunner::latestVersion() const
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

int MigrationRunner::currentVersion() const
{
    return pragmaValue("user_version");
}

MigrationRunner::Status MigrationRunner::run()
{
    const int current = currentVersion();
    if (current < 0) {
        m_errorMessage = m_database.lastError().text();
        return Status::Failed;
    }
    const int latest = latestVersion();
    if (current > latest) {
        m_errorMessage = newerVersionMessage();
        return Status::DatabaseTooNew;
    }
    if (current == latest)
        return Status::UpToDate;

    const QList<Migration> all = migrations();
    for (const Migration &migration : all) {
        if (migration.version <= current)
            continue;
        if (!apply(migration))
            return Status::Failed;
    }
    return Status::Migrated;
}

QString MigrationRunner::newerVersionMessage() const
{
    return tr("The database was written by a newer version of Tidings (schema %1; this version "
              "knows up to %2). Update Tidings to open it.")
        .arg(currentVersion())
        .arg(latestVersion());
}

bool MigrationRunner::apply(const Migration &migration)
{
    QFile file(migration.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorMessage = tr("Cannot read the migration %1.").arg(migration.filePath);
        return false;
    }
    // A migration may rebuild a table that others reference (SQLite cannot drop a constraint
    // otherwise); with foreign keys on, dropping the old table would delete or clear the rows
    // that point at it. They are off while it runs (the pragma is ignored inside a transaction)
    // and checked before it commits.
    const bool foreignKeys = pragmaValue("foreign_keys") == 1;
    executeScript(m_database, "PRAGMA foreign_keys = OFF;", nullptr);
    // The script, and the version bump with it, commit together or not at all.
    const QByteArray script = "BEGIN IMMEDIATE;\n" + file.readAll() +
                              "\n;PRAGMA user_version = " + QByteArray::number(migration.version) +
                              ";";
    QString sqliteError;
    const bool applied = executeScript(m_database, script, &sqliteError) &&
                         foreignKeysIntact(&sqliteError) &&
                         executeScript(m_database, "COMMIT;", &sqliteError);
    if (!applied)
        executeScript(m_database, "ROLLBACK;", nullptr);
    if (foreignKeys)
        executeScript(m_database, "PRAGMA foreign_keys = ON;", nullptr);
    if (!applied) {
        m_errorMessage = tr("Updating the database to schema %1 failed: "
                            "%2")
                             .arg(migration.version)
                             .arg(sqliteError);
        return false;
    }
    qCDebug(lcStorage) << "applied migration" << migration.filePath;
    return true;
}

int MigrationRunner::pragmaValue(const char *name) const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool MigrationRunner::foreignKeysIntact(QString *errorMessage) const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *errorMessage = query.lastError().text();
        return false;
    }
    if (!query.next())
        return true;
    *errorMessage = tr("a row of %1 refers to a missing row of %2")
                        .arg(query.value(0).toString(), query.value(2).toString());
    return false;
}

} // namespace Storage
