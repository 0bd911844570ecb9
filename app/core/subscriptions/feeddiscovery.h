#pragma once

#include "subscriptions/feedcandidate.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace Subscriptions {

/// The feeds an HTML page announces with <link rel="alternate" type="…" href="…">, in page
/// order without duplicates. rel may hold several tokens; rel and type are case-insensitive.
/// Types: application/rss+xml, application/rdf+xml (both Rss), application/atom+xml (Atom),
/// application/feed+json (Json), application/json only when href or title mention "feed"
/// (WordPress announces its REST API with that type), and text/xml or application/xml only
/// when the page offers nothing else. href is resolved against the first <base href>, itself
/// resolved against pageUrl. Only http(s) results are kept (and file: for a local page).
///
/// Pages may be hostile: only the head is parsed (up to </head> or <body>, at most 512 KiB and
/// 2000 tags), so the work is bounded whatever the input.
[[nodiscard]] QList<FeedCandidate> candidatesFromHtml(const QByteArray &html, const QUrl &pageUrl);

/// Addresses where sites commonly keep a feed, most likely first: /feed, /rss, /feed.xml,
/// /rss.xml, /atom.xml, /index.xml, /feed.json — under the URL's path when it has one (as a
/// folder: example.com/blog → /blog/feed), then at the site root, then Blogger's
/// /feeds/posts/default. Query and fragment are dropped; no address appears twice.
[[nodiscard]] QList<QUrl> commonFeedPaths(const QUrl &site);

} // namespace Subscriptions
