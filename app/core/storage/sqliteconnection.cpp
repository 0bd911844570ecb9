#include "storage/sqliteconnection.h"

#include "storage/searchtokenizer.h"
#include "storage/sqlitehandle.h"

#include <QFile>

#include <sqlite3.h>

namespace Storage {

SqliteConnection::SqliteConnection(const QString &filePath, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    configureSqliteLibrary();
    const int status =
        sqlite3_open_v2(QFile::encodeName(filePath).constData(), &m_handle, flags, nullptr);
    if (status == SQLITE_OK) {
        sqlite3_extended_result_codes(m_handle, 1);
        sqlite3_busy_timeout(m_handle, BusyTimeoutMs);
        // Any connection may meet the search index, which cannot be read without it.
        SearchTokenizer::registerOn(m_handle);
        return;
    }
    m_openError = QString::fromUtf8(m_handle ? sqlite3_errmsg(m_handle) : sqlite3_errstr(status));
    sqlite3_close(m_handle);
    m_handle = nullptr;
}

SqliteConnection::~SqliteConnection()
{
    // Statements are finalized by their owners first; _v2 copes should one remain.
    sqlite3_close_v2(m_handle);
}

QString SqliteConnection::errorMessage() const
{
    return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : m_openError;
}

int SqliteConnection::errorCode() const
{
    return m_handle ? sqlite3_extended_errcode(m_handle) : SQLITE_CANTOPEN;
}

bool SqliteConnection::execute(const QByteArray &sql)
{
    return m_handle &&
           sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

SqliteStatement::SqliteStatement(const SqliteConnection &connection, const QByteArray &sql)
    : SqliteStatement(connection.handle(), sql)
{}

SqliteStatement::SqliteStatement(sqlite3 *handle, const QByteArray &sql)
{
    if (!handle) {
        m_prepareError = QStringLiteral("not an SQLite connection");
        return;
    }
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_statement, nullptr) !=
        SQLITE_OK)
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(handle));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

int SqliteStatement::step()
{
    return m_statement ? sqlite3_step(m_statement) : SQLITE_MISUSE;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_texts.clear();
    m_blobs.clear();
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_statement, index, *value);
    else
        sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    // SQLite turns it into the library's UTF-8 as it did for Qt SQL, ill-formed text included.
    // An empty QString may point nowhere, and a null pointer would bind NULL. The vector may
    // move its QStrings, never their data.
    static const char16_t empty[] = u"";
    const QString &kept = m_texts.emplace_back(value);
    const void *data = kept.isEmpty() ? static_cast<const void *>(empty) : kept.unicode();
    sqlite3_bind_text16(m_statement, index, data, int(kept.size() * sizeof(QChar)), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    const QByteArray &kept = m_blobs.emplace_back(value);
    sqlite3_bind_blob(m_statement, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    const QByteArray &kept = m_blobs.emplace_back(utf8);
    sqlite3_bind_text(m_statement, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bindColumnOf(int index, const SqliteStatement &row, int column)
{
    sqlite3_bind_value(m_statement, index, sqlite3_column_value(row.m_statement, column));
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArray(text, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace Storage
