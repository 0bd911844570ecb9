#pragma once

#include "feeds/feed.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Subscriptions {

/// A feed found for a page: where it is, what it calls itself, and its format.
struct FeedCandidate
{
    QUrl url;
    QString title; ///< From the <link title> or the feed itself; may be empty.
    /// From the feed's content, or what the <link type> names (RSS 2.0 for rss+xml ...).
    Feeds::Format type = Feeds::Format::Rss20;

    friend bool operator==(const FeedCandidate &a, const FeedCandidate &b)
    {
        return a.url == b.url && a.title == b.title && a.type == b.type;
    }
    friend bool operator!=(const FeedCandidate &a, const FeedCandidate &b) { return !(a == b); }
};

} // namespace Subscriptions

Q_DECLARE_METATYPE(Subscriptions::FeedCandidate)
