#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// One SQLite connection to the library file, configured the way Tidings needs it (WAL, foreign
/// keys, a busy timeout) and migrated to the current schema. A file that is damaged, not a
/// database, or written by a newer Tidings is refused and left exactly as it was.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::Database)

public:
    enum class Error { None, CannotOpen, Corrupt, TooNew, MigrationFailed };
    /// ReadOnly: for a library in a folder that cannot be written to. Nothing is migrated or
    /// configured; every write fails.
    enum class Access { ReadWrite, ReadOnly };

    explicit Database(const QString &filePath,
                      const QString &migrationsDirectory = QStringLiteral(":/sql/migrations"),
                      Access access = Access::ReadWrite);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens, checks and migrates. On failure errorMessage() names the file and what to do.
    [[nodiscard]] bool open();

    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] bool isReadOnly() const { return m_access == Access::ReadOnly; }
    [[nodiscard]] QSqlDatabase connection() const;

private:
    bool fail(Error error, const QString &message);

    QString m_filePath;
    QString m_migrationsDirectory;
    QString m_connectionName;
    Access m_access = Access::ReadWrite;
    Error m_error = Error::None;
    QString m_errorMessage;
};

/// The page size of a new library file; SQLite's default is 4 KB. A refresh writes each page it
/// changes to the log and copies it back at the checkpoint, a system call per page each way,
/// and the articles' texts fill pages fast: 16 KB pages took a fifth off the writer's CPU at
/// 100,000 new articles. A library keeps the page size it was created with.
inline constexpr int LibraryPageSize = 16 * 1024;

/// Bytes of log (-wal) a file of the library keeps once checkpointed: a refresh can grow it by
/// tens of megabytes, which would stay on disk without the limit.
inline constexpr qint64 JournalSizeLimit = 8 * 1024 * 1024;

/// The page cache of a connection that stores whole refreshes. A store updates the library's
/// indexes all over the file; with SQLite's default of 2 MB most of their pages come back from
/// the operating system, one read each, which took a fifth of the writer's CPU at 100,000 articles.
inline constexpr int BulkWriteCacheKiB = 8 * 1024;

/// Sizes \a db's page cache for storing many articles (BulkWriteCacheKiB), or, once the storing
/// is over, back to SQLite's default, which frees the pages above it.
bool useBulkWriteCache(const QSqlDatabase &db, bool bulk);

/// A URI (for a connection opened with QSQLITE_OPEN_URI) that opens \a filePath for reading
/// only, also in a folder that cannot be written to.
[[nodiscard]] QString readOnlyUri(const QString &filePath);

/// A name for QSqlDatabase::addDatabase() that no other connection of the process has:
/// \a purpose and a number, such as "tidings-ingest-3".
[[nodiscard]] QString uniqueConnectionName(QLatin1String purpose);

/// Opens a further connection to an already migrated library file, for use on the calling
/// thread only (Qt SQL connections must not cross threads). Returns an invalid database and
/// sets \a errorMessage (which may be null) on failure.
[[nodiscard]] QSqlDatabase openConnection(const QString &filePath, const QString &connectionName,
                                          QString *errorMessage);

} // namespace Storage
