#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace Storage {

/// The native SQLite connection behind a Qt SQL connection, or nullptr when the driver is not
/// SQLite. Qt runs one statement per query; scripts such as migrations need the native API.
[[nodiscard]] sqlite3 *nativeHandle(const QSqlDatabase &database);

/// Runs every statement of \a script (statements separated by ';', triggers included).
bool executeScript(const QSqlDatabase &database, const QByteArray &script, QString *errorMessage);

} // namespace Storage
