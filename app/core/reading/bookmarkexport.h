#pragma once

#include "storage/articlerepository.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Models {

/// Bookmarks as a JSON array of {"title", "link", "source", "date"} objects (date in ISO 8601
/// UTC, or null), in the order given; UTF-8.
[[nodiscard]] QByteArray bookmarksToJson(const QList<Storage::ArticleRow> &rows);

/// Bookmarks as a standalone HTML page (UTF-8): a list of links with their source and date,
/// every text escaped, and only http(s) links made clickable.
[[nodiscard]] QByteArray bookmarksToHtml(const QList<Storage::ArticleRow> &rows,
                                         const QString &pageTitle);

} // namespace Models
