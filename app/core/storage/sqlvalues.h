#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// Conversions between the API's values and the columns they are stored in, shared by the
// repositories. Times are stored as seconds since the epoch (UTC); 0 ids and empty texts are
// stored as NULL.
namespace Storage {
class SqliteStatement;
}

namespace Storage::SqlValues {

[[nodiscard]] QVariant fromDateTime(const QDateTime &time);
/// fromDateTime() for SqliteStatement: the seconds, or none for an invalid time.
[[nodiscard]] std::optional<qint64> secondsOf(const QDateTime &time);
[[nodiscard]] QDateTime toDateTime(const QVariant &value);
[[nodiscard]] QVariant fromId(qint64 id);
[[nodiscard]] QVariant fromText(const QString &text);
/// For NOT NULL columns: a null QString binds as NULL, so it becomes ''.
[[nodiscard]] QVariant nonNull(const QString &text);
/// fromText() and nonNull() for SqliteStatement, which writers that bypass Qt SQL use.
void bindText(SqliteStatement &statement, int index, const QString &text);
void bindNonNull(SqliteStatement &statement, int index, const QString &text);

/// Executes a prepared query; on failure logs it and stores the driver's message in *error.
bool exec(QSqlQuery &query, QString *error);
/// Prepares and executes \a sql without parameters.
bool exec(const QSqlDatabase &database, const QString &sql, QString *error);

/// How updateRow() went.
enum class RowUpdate { Done, Failed, NoSuchRow };
/// "UPDATE table SET assignments WHERE id = ?" with \a values bound in order, then \a id; on
/// failure the driver's message is in *error.
[[nodiscard]] RowUpdate updateRow(const QSqlDatabase &database, QLatin1String table, qint64 id,
                                  const QString &assignments, const QVariantList &values,
                                  QString *error);

} // namespace Storage::SqlValues
