#pragma once

#include "storage/articlerepository.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Reading {

/// The two files bookmarks are exported as (the window's File menu, `tidings export-bookmarks`).
enum class BookmarkFormat { Html, Json };

/// Every bookmarked article of the library, in the article list's order (newest first).
[[nodiscard]] QList<Storage::ArticleRow> bookmarkedArticles(const QSqlDatabase &database);

/// \a rows in \a format; \a pageTitle names the HTML page (JSON has no title).
[[nodiscard]] QByteArray writeBookmarks(const QList<Storage::ArticleRow> &rows,
                                        BookmarkFormat format, const QString &pageTitle);

/// Bookmarks as a JSON array of {"title", "link", "source", "date"} objects (date in ISO 8601
/// UTC, or null), in the order given; UTF-8.
[[nodiscard]] QByteArray bookmarksToJson(const QList<Storage::ArticleRow> &rows);

/// Bookmarks as a standalone HTML page (UTF-8): a list of links with their source and date,
/// every text escaped, and only http(s) links made clickable.
[[nodiscard]] QByteArray bookmarksToHtml(const QList<Storage::ArticleRow> &rows,
                                         const QString &pageTitle);

} // namespace Reading
