#include "storage/sqlitehandle.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Storage {

sqlite3 *nativeHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void configureSqliteLibrary()
{
    // A function-local static: initialized once, whichever thread opens the first connection.
    // Fails, harmlessly, if SQLite was already initialized (someone opened a connection
    // without calling this), and then counts as before.
    [[maybe_unused]] static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

bool executeScript(const QSqlDatabase &database, const QByteArray &script, QString *errorMessage)
{
    sqlite3 *handle = nativeHandle(database);
    if (!handle) {
        if (errorMessage)
            *errorMessage = QStringLiteral("not an SQLite connection");
        return false;
    }
    char *error = nullptr;
    if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &error) == SQLITE_OK)
        return true;
    if (errorMessage)
        *errorMessage = QString::fromUtf8(error ? error : sqlite3_errmsg(handle));
    sqlite3_free(error);
    return false;
}

bool lastFailureWasDiskFull(const QSqlDatabase &database)
{
    sqlite3 *handle = nativeHandle(database);
    if (!handle)
        return false;
    const int code = sqlite3_extended_errcode(handle) & 0xff;
    return code == SQLITE_FULL || code == SQLITE_IOERR;
}

bool isDiskFull(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == SQLITE_FULL || code == SQLITE_IOERR);
}

} // namespace Storage
