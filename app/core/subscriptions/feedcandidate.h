#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Subscriptions {

enum class FeedType { Rss, Atom, Json };

/// A feed found for a page: where it is, what it calls itself, and its format.
struct FeedCandidate
{
    QUrl url;
    QString title; ///< From the <link title> or the feed itself; may be empty.
    FeedType type = FeedType::Rss;

    friend bool operator==(const FeedCandidate &a, const FeedCandidate &b)
    {
        return a.url == b.url && a.title == b.title && a.type == b.type;
    }
    friend bool operator!=(const FeedCandidate &a, const FeedCandidate &b) { return !(a == b); }
};

} // namespace Subscriptions

Q_DECLARE_METATYPE(Subscriptions::FeedCandidate)
