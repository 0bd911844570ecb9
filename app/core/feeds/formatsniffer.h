#pragma once

#include "feeds/feed.h"
#include "feeds/xmltree.h"

#include <QByteArray>

namespace Feeds {

/// Recognises what a document is from its content alone (never from the URL or the
/// Content-Type): first the kind of document from its first bytes, then the feed format from
/// the root element of the XML tree.
class FormatSniffer final
{
public:
    enum class Kind { Empty, Markup, Json, Binary, Text };

    [[nodiscard]] static Kind kindOf(const QByteArray &bytes);
    /// The feed format of a document from its start alone (JSON: its "version"), for feed
    /// discovery: the root element within the first 2 KiB must be a feed's; Unknown when the
    /// document is no feed. RSS 1.0 whose channel lies beyond the start counts as RSS 1.0.
    [[nodiscard]] static Format sniff(const QByteArray &bytes);
    /// The feed format of an XML document, Unknown when its root is no feed element.
    [[nodiscard]] static Format formatOf(const XmlTree &tree);
    /// Whether a document that is not a feed is an HTML page.
    [[nodiscard]] static bool isHtml(const QByteArray &bytes, const XmlTree &tree);
};

} // namespace Feeds
