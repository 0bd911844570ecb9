#include "storage/database.h"

#include "base/logging.h"
#include "storage/articletext.h"
#include "storage/migrationrunner.h"
#include "storage/searchindexfile.h"
#include "storage/searchtokenizer.h"
#include "storage/sqliteconnection.h"
#include "storage/sqlitehandle.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace Storage {

namespace {

// Reading the schema touches the file header and the schema pages: this is where a file that is
// not a database, or a badly damaged one, shows itself, without anything being written.
bool readSchema(QSqlDatabase &db, QString *errorMessage)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next())
        return true;
    *errorMessage = query.lastError().text();
    return false;
}

bool configure(QSqlDatabase &db, QString *errorMessage)
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // In WAL mode NORMAL survives a crash of the app; only a power cut may lose the last
        // transactions, never the file.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
        // A refresh can grow the log by tens of megabytes; once checkpointed it shrinks back.
        QStringLiteral("PRAGMA journal_size_limit = %1").arg(JournalSizeLimit),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            *errorMessage = query.lastError().text();
            return false;
        }
    }
    return true;
}

// What every connection of the library needs before it is used: the schema's SQL functions,
// which its triggers call, and the search index's tokenizer, to search.
bool registerExtensions(const QSqlDatabase &db, QString *errorMessage)
{
    sqlite3 *const handle = nativeHandle(db);
    return ArticleText::registerFunctions(handle, errorMessage) &&
           SearchTokenizer::registerOn(handle, errorMessage);
}

// A schema from before the search index had a file of its own (only the migrations of tests
// stop there) has its index inside.
bool indexesInItsOwnFile(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(
               QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'search_index_state'")) &&
           query.next();
}

QSqlDatabase addConnection(const QString &filePath, const QString &connectionName)
{
    configureSqliteLibrary();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(filePath);
    return db;
}

} // namespace

Database::Database(const QString &filePath, const QString &migrationsDirectory, Access access)
    : m_filePath(filePath), m_migrationsDirectory(migrationsDirectory),
      m_connectionName(uniqueConnectionName(QLatin1String("tidings"))), m_access(access)
{}

Database::~Database()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::open()
{
    const QString nativePath = QDir::toNativeSeparators(m_filePath);
    QSqlDatabase db = addConnection(m_filePath, m_connectionName);
    if (isReadOnly()) {
        db.setDatabaseName(readOnlyUri(m_filePath));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!db.open()) {
        return fail(Error::CannotOpen,
                    tr("Cannot open the database %1: %2. Check that the file and its folder "
                       "are readable and writable.")
                        .arg(nativePath, db.lastError().text()));
    }

    QString sqliteError;
    if (!readSchema(db, &sqliteError)) {
        return fail(Error::Corrupt,
                    tr("The database %1 is damaged or is not a Tidings database (%2). Tidings "
                       "has left it untouched. Move it aside or restore a backup, then start "
                       "Tidings again to begin with an empty library.")
                        .arg(nativePath, sqliteError));
    }

    // Migrations run before configure() switches the journal mode, so that a database written
    // by a newer Tidings is refused without a single byte of it changed. They may fire triggers
    // that call the schema's SQL functions.
    if (!registerExtensions(db, &sqliteError)) {
        return fail(Error::CannotOpen,
                    tr("Cannot set up the database %1: %2.").arg(nativePath, sqliteError));
    }
    // Takes effect only in a new, empty file, and writes nothing.
    if (!isReadOnly())
        QSqlQuery(db).exec(QStringLiteral("PRAGMA page_size = %1").arg(LibraryPageSize));
    MigrationRunner migrations(db, m_migrationsDirectory);
    if (isReadOnly()) {
        const int current = migrations.currentVersion();
        if (current > migrations.latestVersion())
            return fail(Error::TooNew, tr("Cannot open the database %1. %2")
                                           .arg(nativePath, migrations.newerVersionMessage()));
        if (current < migrations.latestVersion())
            return fail(Error::MigrationFailed,
                        tr("The database %1 needs updating, which cannot be done where it is "
                           "(the folder cannot be written to).")
                            .arg(nativePath));
        if (indexesInItsOwnFile(db) && !SearchIndexFile::attach(db, m_filePath, true, &sqliteError))
            return fail(Error::CannotOpen,
                        tr("Cannot open the search index of %1: %2.").arg(nativePath, sqliteError));
        qCDebug(lcStorage) << "opened read-only" << m_filePath;
        return true;
    }
    switch (migrations.run()) {
    case MigrationRunner::Status::DatabaseTooNew:
        return fail(
            Error::TooNew,
            tr("Cannot open the database %1. %2").arg(nativePath, migrations.errorMessage()));
    case MigrationRunner::Status::Failed:
        return fail(Error::MigrationFailed,
                    tr("Cannot update the database %1: %2. Your data has not been changed.")
                        .arg(nativePath, migrations.errorMessage()));
    case MigrationRunner::Status::UpToDate:
    case MigrationRunner::Status::Migrated:
        break;
    }

    if (!configure(db, &sqliteError)) {
        return fail(Error::CannotOpen,
                    tr("Cannot set up the database %1: %2.").arg(nativePath, sqliteError));
    }
    if (indexesInItsOwnFile(db) &&
        (!SearchIndexFile::prepare(db, m_filePath, &sqliteError) ||
         !SearchIndexFile::attach(db, m_filePath, false, &sqliteError))) {
        return fail(Error::CannotOpen,
                    tr("Cannot open the search index of %1: %2.").arg(nativePath, sqliteError));
    }
    qCDebug(lcStorage) << "opened" << m_filePath << "schema" << migrations.currentVersion();
    return true;
}

bool Database::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorMessage = message;
    // The caller shows the message; this is for --verbose logs.
    qCDebug(lcStorage).noquote() << message;
    QSqlDatabase::database(m_connectionName, false).close();
    return false;
}

QString readOnlyUri(const QString &filePath)
{
    QUrl uri = QUrl::fromLocalFile(QFileInfo(filePath).absoluteFilePath());
    // Without its -wal, a WAL file in a folder that cannot be written to opens only as
    // "immutable": SQLite cannot create the files it would share with writers.
    uri.setQuery(QFileInfo::exists(filePath + QStringLiteral("-wal"))
                     ? QStringLiteral("mode=ro")
                     : QStringLiteral("mode=ro&immutable=1"));
    return uri.toString(QUrl::FullyEncoded);
}

bool useBulkWriteCache(const QSqlDatabase &db, bool bulk)
{
    constexpr int SqliteDefaultCacheKiB = 2000;
    QSqlQuery query(db);
    // A negative size is in KiB.
    return query.exec(QStringLiteral("PRAGMA cache_size = -%1")
                          .arg(bulk ? BulkWriteCacheKiB : SqliteDefaultCacheKiB));
}

QString uniqueConnectionName(QLatin1String purpose)
{
    static QAtomicInt counter;
    return purpose + QLatin1Char('-') + QString::number(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase openConnection(const QString &filePath, const QString &connectionName,
                            QString *errorMessage)
{
    QSqlDatabase db = addConnection(filePath, connectionName);
    QString error;
    if (!db.open() || !registerExtensions(db, &error) || !configure(db, &error) ||
        (indexesInItsOwnFile(db) && !SearchIndexFile::attach(db, filePath, false, &error))) {
        if (errorMessage)
            *errorMessage = error.isEmpty() ? db.lastError().text() : error;
        return {};
    }
    return db;
}

} // namespace Storage
