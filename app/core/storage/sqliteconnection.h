#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Storage {

/// A native SQLite connection of its own, outside Qt SQL, for the work on whole files that Qt
/// SQL cannot do: checking, recovering and backing up a library. Closed when destroyed.
class SqliteConnection final
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    SqliteConnection(const QString &filePath, Mode mode);
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    [[nodiscard]] bool isOpen() const { return m_handle != nullptr; }
    [[nodiscard]] sqlite3 *handle() const { return m_handle; }
    /// The last error of this connection (or of opening it), in SQLite's words.
    [[nodiscard]] QString errorMessage() const;
    /// The extended result code of the last failure.
    [[nodiscard]] int errorCode() const;

    /// Runs statements that return no rows; false on the first failure.
    bool execute(const QByteArray &sql);

private:
    sqlite3 *m_handle = nullptr;
    QString m_openError;
};

/// One prepared statement on a SqliteConnection, finalized when destroyed.
class SqliteStatement final
{
public:
    SqliteStatement(const SqliteConnection &connection, const QByteArray &sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }
    /// SQLITE_ROW, SQLITE_DONE or an error code (SQLITE_MISUSE when the statement is invalid).
    int step();
    void reset();
    void bind(int index, qint64 value);
    /// Binds text; a null QString binds NULL.
    void bind(int index, const QString &value);
    /// Binds UTF-8 text without copying it: \a utf8 must outlive the next step(). Empty binds
    /// NULL.
    void bindUtf8(int index, const QByteArray &utf8);
    /// Binds column \a column of \a row's current row, keeping its storage class.
    void bindColumnOf(int index, const SqliteStatement &row, int column);

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Storage
