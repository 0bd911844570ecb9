#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Storage {

/// How long every connection to the library's files waits for another's lock before it fails.
inline constexpr int BusyTimeoutMs = 5000;

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

/// One prepared statement on a SqliteConnection, or on the handle of a Qt SQL connection (see
/// nativeHandle()), finalized when destroyed: before its connection closes.
class SqliteStatement final
{
public:
    SqliteStatement(const SqliteConnection &connection, const QByteArray &sql);
    SqliteStatement(sqlite3 *handle, const QByteArray &sql);
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }
    /// Why the statement is not valid, in SQLite's words: later statements prepared on the
    /// connection clear its own error.
    [[nodiscard]] QString prepareError() const { return m_prepareError; }
    /// SQLITE_ROW, SQLITE_DONE or an error code (SQLITE_MISUSE when the statement is invalid).
    int step();
    /// Makes the statement ready to run again, every parameter NULL.
    void reset();
    void bind(int index, qint64 value);
    /// No value binds NULL.
    void bind(int index, std::optional<qint64> value);
    void bindNull(int index);
    /// Binds text as Qt SQL does: a null QString binds NULL, an empty one ''. Bound as UTF-16
    /// without a copy: the statement keeps \a value until reset().
    void bind(int index, const QString &value);
    /// Binds a blob; a null QByteArray binds NULL. Kept until reset(), as text is.
    void bindBlob(int index, const QByteArray &value);
    /// Binds UTF-8 text, kept until reset() as blobs are; empty binds NULL.
    void bindUtf8(int index, const QByteArray &utf8);
    /// Binds column \a column of \a row's current row, keeping its storage class.
    void bindColumnOf(int index, const SqliteStatement &row, int column);

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] QString text(int column) const;
    /// The column as UTF-8 text, copied out of the statement; empty for NULL.
    [[nodiscard]] QByteArray utf8(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
    // What the bound parameters point into, until reset(): copies share the data, so keeping
    // them costs no conversion and no allocation once the vectors have grown.
    std::vector<QString> m_texts;
    std::vector<QByteArray> m_blobs;
};

} // namespace Storage
