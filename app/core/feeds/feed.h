#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Feeds {

enum class Format {
    Unknown,
    Rss090,
    Rss091,
    Rss092,
    Rss093,
    Rss094,
    Rss20,
    Rss10,
    Atom03,
    Atom10,
    Json10,
    Json11,
    Cdf, ///< Microsoft's Channel Definition Format (1997), read for its channel and items.
};

/// The family of a format as people name it: "RSS", "Atom", "JSON Feed" or "CDF"; empty for
/// Unknown.
[[nodiscard]] inline QString familyName(Format format)
{
    switch (format) {
    case Format::Unknown:
        break;
    case Format::Rss090:
    case Format::Rss091:
    case Format::Rss092:
    case Format::Rss093:
    case Format::Rss094:
    case Format::Rss20:
    case Format::Rss10:
        return QStringLiteral("RSS");
    case Format::Atom03:
    case Format::Atom10:
        return QStringLiteral("Atom");
    case Format::Json10:
    case Format::Json11:
        return QStringLiteral("JSON Feed");
    case Format::Cdf:
        return QStringLiteral("CDF");
    }
    return {};
}

struct Enclosure
{
    QString url;
    QString type;
    qint64 length = 0;
};

/// One entry of a feed. Text fields are plain text; summary and content are sanitized HTML.
/// Null dates mean the feed gave none (or none that could be read).
struct Item
{
    QString id;
    QString title;
    QString link;
    QString author;
    QDateTime published;
    QDateTime updated;
    QString summary;
    QString content;
    QStringList categories;
    QList<Enclosure> enclosures;
    QString image;          ///< Thumbnail or lead image URL.
    QString commentsUrl;    ///< Web page with the comments.
    QString commentFeedUrl; ///< Feed of the comments (wfw:commentRss, Atom replies).
    int commentCount = -1;  ///< -1 when unknown.
    int duration = -1;      ///< Seconds of audio or video (itunes:duration); -1 when unknown.
};

struct Feed
{
    Format format = Format::Unknown;
    QString title;
    QString link;
    QString subtitle;
    QString language;
    QString author;
    QString icon;
    QDateTime updated;
    int ttlMinutes = 0; ///< <ttl> or sy:updatePeriod/Frequency; 0 when the feed says nothing.
    QList<Item> items;
};

/// The short name of a format as the command line prints it: "rss20", "atom10", "json11" ...
[[nodiscard]] inline const char *formatName(Format format)
{
    switch (format) {
    case Format::Rss090:
        return "rss090";
    case Format::Rss091:
        return "rss091";
    case Format::Rss092:
        return "rss092";
    case Format::Rss093:
        return "rss093";
    case Format::Rss094:
        return "rss094";
    case Format::Rss20:
        return "rss20";
    case Format::Rss10:
        return "rss10";
    case Format::Atom03:
        return "atom03";
    case Format::Atom10:
        return "atom10";
    case Format::Json10:
        return "json10";
    case Format::Json11:
        return "json11";
    case Format::Cdf:
        return "cdf";
    case Format::Unknown:
        break;
    }
    return "unknown";
}

} // namespace Feeds
