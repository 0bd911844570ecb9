#include "storage/sqlvalues.h"

#include "base/logging.h"
#include "storage/sqliteconnection.h"

#include <QSqlError>

namespace Storage::SqlValues {

namespace {

QString nonNullText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QVariant fromDateTime(const QDateTime &time)
{
    const std::optional<qint64> seconds = secondsOf(time);
    return seconds ? QVariant(*seconds) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> secondsOf(const QDateTime &time)
{
    return time.isValid() ? std::optional(time.toSecsSinceEpoch()) : std::nullopt;
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant fromText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nonNull(const QString &text)
{
    return QVariant(nonNullText(text));
}

void bindText(SqliteStatement &statement, int index, const QString &text)
{
    if (text.isEmpty())
        statement.bindNull(index);
    else
        statement.bind(index, text);
}

void bindNonNull(SqliteStatement &statement, int index, const QString &text)
{
    statement.bind(index, nonNullText(text));
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    const QString message = query.lastError().text();
    qCDebug(lcStorage).noquote() << "query failed:" << message << "in" << query.lastQuery();
    if (error)
        *error = message;
    return false;
}

bool exec(const QSqlDatabase &database, const QString &sql, QString *error)
{
    QSqlQuery query(database);
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        qCDebug(lcStorage).noquote() << "prepare failed:" << query.lastError().text() << sql;
        return false;
    }
    return exec(query, error);
}

RowUpdate updateRow(const QSqlDatabase &database, QLatin1String table, qint64 id,
                    const QString &assignments, const QVariantList &values, QString *error)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + assignments +
                  QStringLiteral(" WHERE id = ?"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(id);
    if (!exec(query, error))
        return RowUpdate::Failed;
    return query.numRowsAffected() == 0 ? RowUpdate::NoSuchRow : RowUpdate::Done;
}

} // namespace Storage::SqlValues
