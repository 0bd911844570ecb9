#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Models {

/// A well-known public feed offered on the first run.
struct StarterFeed
{
    QString title;
    QUrl url;
    QUrl siteUrl;
    QString language; ///< BCP 47 code of the feed's language ("en", "de").
};

/// Feeds of one topic; id is a fixed key ("world", "technology") the window names in words.
struct StarterTopic
{
    QString id;
    QList<StarterFeed> feeds;
};

/// Reads the starter list ({"topics": [{"id", "feeds": [{"title", "url", "site", "language"}]}]}).
/// Feeds without a title or an absolute http(s) URL are skipped, topics left empty dropped;
/// anything that is not such a document gives an empty list.
[[nodiscard]] QList<StarterTopic> readStarterFeeds(const QByteArray &json);

} // namespace Models
