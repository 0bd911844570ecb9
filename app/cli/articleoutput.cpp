#include "cli/articleoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

QJsonValue isoOrNull(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const Storage::ArticleRow &row)
{
    return {
        {QStringLiteral("id"), row.id},
        {QStringLiteral("source_id"), row.sourceId},
        {QStringLiteral("source"), row.sourceTitle},
        {QStringLiteral("title"), row.title},
        {QStringLiteral("link"), row.link},
        {QStringLiteral("author"), row.author},
        {QStringLiteral("published"), isoOrNull(row.date)},
        {QStringLiteral("read"), row.read},
        {QStringLiteral("bookmarked"), row.bookmarked},
        {QStringLiteral("excerpt"), row.excerpt},
    };
}

} // namespace

void printArticles(QTextStream &out, const QList<Storage::ArticleRow> &rows, bool json)
{
    if (json) {
        QJsonArray array;
        for (const Storage::ArticleRow &row : rows)
            array.append(toJson(row));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out.flush();
        return;
    }
    // id, date, flags (N = unread, * = bookmarked), source, title
    for (const Storage::ArticleRow &row : rows) {
        const QString flags = QString(row.read ? QLatin1Char(' ') : QLatin1Char('N')) +
                              (row.bookmarked ? QLatin1Char('*') : QLatin1Char(' '));
        out << QStringLiteral("%1  %2  %3  %4 — %5\n")
                   .arg(row.id, 7)
                   .arg(row.date.isValid()
                            ? row.date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            : QStringLiteral("                "))
                   .arg(flags, row.sourceTitle, row.title);
    }
    out.flush();
}

} // namespace Cli
