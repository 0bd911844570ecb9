#pragma once

#include "feeds/feed.h"

#include <QByteArray>
#include <QString>

namespace Subscriptions {

/// The feed's own title (channel/title, feed/title or "title"), simplified; empty when it has
/// none or the body cannot be read. Reads only the start of an XML feed: bounded work on any
/// input. Whether the body is a feed at all is Feeds::FormatSniffer::sniff()'s to say.
[[nodiscard]] QString feedTitle(const QByteArray &body, Feeds::Format format);

} // namespace Subscriptions
