#pragma once

#include "sync/accountclient.h"

#include <QJsonArray>
#include <QJsonValue>

#include <utility>

/// Reading the content of Tiny Tiny RSS API answers into the account's values. Pure functions
/// on copies: they may run on the work pool.
namespace Sync::TtRssJson {

/// Real categories from getCategories; the special ones (ids below 1) are left out, and so is
/// "Uncategorized" (0), whose feeds are at the top level.
[[nodiscard]] QList<Storage::RemoteFolder> folders(const QJsonArray &categories);
/// Real feeds from getFeeds (cat_id -3); special feeds and labels (ids below 1) are left out.
[[nodiscard]] QList<Storage::RemoteSource> sources(const QJsonArray &feeds);
/// Headlines of getHeadlines with show_content, their HTML sanitized like a feed's.
[[nodiscard]] QList<Storage::RemoteArticle> articles(const QJsonArray &headlines);
/// The ids of headlines (of getHeadlines or getCompactHeadlines).
[[nodiscard]] QStringList ids(const QJsonArray &headlines);
/// The ids of headlines with their feeds' ids.
[[nodiscard]] QList<std::pair<QString, QString>> idsWithSources(const QJsonArray &headlines);
/// The unread count of each real feed from getCounters (feeds without articles are absent).
[[nodiscard]] QHash<QString, int> unreadBySource(const QJsonArray &counters);
/// A JSON id (a number, or a number as text) as text; empty for anything else.
[[nodiscard]] QString idText(const QJsonValue &value);

} // namespace Sync::TtRssJson
