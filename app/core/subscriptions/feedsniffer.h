#pragma once

#include "subscriptions/feedcandidate.h"

#include <QByteArray>

#include <optional>

namespace Subscriptions {

/// Whether a fetched body is itself a feed, judged from its content only: an XML document whose
/// root (after BOM, whitespace, the XML declaration, processing instructions, comments and a
/// doctype, within the first 2 KiB) is <rss>, <feed> or <rdf:RDF>, or a JSON object whose
/// "version" names jsonfeed.org. UTF-16 bodies are recognised too.
[[nodiscard]] std::optional<FeedType> sniffFeedType(const QByteArray &body);

/// The feed's own title (channel/title, feed/title or "title"), simplified; empty when it has
/// none or the body cannot be read. Bounded work on any input.
[[nodiscard]] QString feedTitle(const QByteArray &body, FeedType type);

} // namespace Subscriptions
