#include "reading/bookmarkexport.h"

#include "net/weburl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Reading {

namespace {

QString isoDate(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODate);
}

} // namespace

QList<Storage::ArticleRow> bookmarkedArticles(const QSqlDatabase &database)
{
    Storage::ArticleFilter filter;
    filter.bookmarkedOnly = true;
    return Storage::ArticleRepository(database).list(filter);
}

QByteArray writeBookmarks(const QList<Storage::ArticleRow> &rows, BookmarkFormat format,
                          const QString &pageTitle)
{
    switch (format) {
    case BookmarkFormat::Json:
        return bookmarksToJson(rows);
    case BookmarkFormat::Html:
        break;
    }
    return bookmarksToHtml(rows, pageTitle);
}

QByteArray bookmarksToJson(const QList<Storage::ArticleRow> &rows)
{
    QJsonArray array;
    for (const Storage::ArticleRow &row : rows) {
        QJsonObject object;
        object.insert(QStringLiteral("title"), row.title);
        object.insert(QStringLiteral("link"), row.link);
        object.insert(QStringLiteral("source"), row.sourceTitle);
        object.insert(QStringLiteral("date"),
                      row.date.isValid() ? QJsonValue(isoDate(row.date)) : QJsonValue());
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray bookmarksToHtml(const QList<Storage::ArticleRow> &rows, const QString &pageTitle)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>") +
            pageTitle.toHtmlEscaped() + QStringLiteral("</title>\n</head>\n<body>\n<h1>") +
            pageTitle.toHtmlEscaped() + QStringLiteral("</h1>\n<ul>\n");
    for (const Storage::ArticleRow &row : rows) {
        const QString title = row.title.isEmpty() ? row.link : row.title;
        html += QStringLiteral("<li>");
        if (Net::isWebUrl(QUrl(row.link, QUrl::StrictMode)))
            html += QStringLiteral("<a href=\"") + row.link.toHtmlEscaped() +
                    QStringLiteral("\">") + title.toHtmlEscaped() + QStringLiteral("</a>");
        else
            html += title.toHtmlEscaped();
        if (!row.sourceTitle.isEmpty())
            html += QStringLiteral(" — <cite>") + row.sourceTitle.toHtmlEscaped() +
                    QStringLiteral("</cite>");
        if (row.date.isValid())
            html += QStringLiteral(" <time datetime=\"") + isoDate(row.date) +
                    QStringLiteral("\">") + row.date.toUTC().date().toString(Qt::ISODate) +
                    QStringLiteral("</time>");
        html += QStringLiteral("</li>\n");
    }
    html += QStringLiteral("</ul>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace Reading
