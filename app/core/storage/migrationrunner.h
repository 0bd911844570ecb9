#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Storage {

/// Brings a database's schema up to date from numbered SQL files ("001_initial_schema.sql",
/// "002_....sql") in a folder, usually the ":/sql/migrations" resource. The schema version is
/// kept in PRAGMA user_version; each file runs in its own transaction together with the bump
/// of that version, so a crash leaves the database at one version or the next, never between.
/// Foreign keys are off while a file runs, so that it may rebuild a table, and are checked
/// before it commits.
class MigrationRunner final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::MigrationRunner)

public:
    static constexpr const char *DefaultDirectory = ":/sql/migrations";

    struct Migration
    {
        int version = 0;
        QString filePath;
    };

    enum class Status { UpToDate, Migrated, DatabaseTooNew, Failed };

    explicit MigrationRunner(QSqlDatabase database,
                             const QString &directory = QString::fromLatin1(DefaultDirectory));

    [[nodiscard]] QList<Migration> migrations() const;
    [[nodiscard]] int latestVersion() const;
    /// The version stored in the database, or -1 when it cannot be read.
    [[nodiscard]] int currentVersion() const;

    /// Applies every migration newer than the database. A database written by a newer Tidings
    /// is left untouched and reported as DatabaseTooNew.
    [[nodiscard]] Status run();
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    /// What run() says of a database written by a newer Tidings.
    [[nodiscard]] QString newerVersionMessage() const;

private:
    bool apply(const Migration &migration);
    /// An integer pragma's value, or -1 when it cannot be read.
    [[nodiscard]] int pragmaValue(const char *name) const;
    /// True when PRAGMA foreign_key_check finds nothing; else says what in \a errorMessage.
    [[nodiscard]] bool foreignKeysIntact(QString *errorMessage) const;

    QSqlDatabase m_database;
    QString m_directory;
    QString m_errorMessage;
};

} // namespace Storage
