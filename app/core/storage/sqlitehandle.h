#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;

namespace Storage {

/// The native SQLite connection behind a Qt SQL connection, or nullptr when the driver is not
/// SQLite. Qt runs one statement per query; scripts such as migrations need the native API.
[[nodiscard]] sqlite3 *nativeHandle(const QSqlDatabase &database);

/// Configures the SQLite library for the process, once, before its first connection opens:
/// whoever opens one calls this first (the Qt SQL connections and SqliteConnection do).
/// SQLite keeps no count of its memory then: the count takes one lock, shared by every
/// connection, on each allocation, and the library's writer and the index's, allocating
/// on two cores at once, spent their time waiting for each other.
void configureSqliteLibrary();

/// Runs every statement of \a script (statements separated by ';', triggers included).
bool executeScript(const QSqlDatabase &database, const QByteArray &script, QString *errorMessage);

/// True when the last failure on \a database was a write the disk refused: it is full, or the
/// file may grow no further (SQLITE_FULL, SQLITE_IOERR). Ask before rolling back.
[[nodiscard]] bool lastFailureWasDiskFull(const QSqlDatabase &database);
/// The same for a failed query's error.
[[nodiscard]] bool isDiskFull(const QSqlError &error);

} // namespace Storage
