#pragma once

#include "feeds/feeddraft.h"
#include "feeds/xmlreadercontext.h"

/// The namespaced extensions RSS and Atom share, matched by namespace URI: Dublin Core,
/// content:encoded, Media RSS, iTunes, slash, wfw, thr, syndication and Atom links inside RSS.
/// Elements of unknown namespaces are skipped.
namespace Feeds::ExtensionReader {

/// Reads one child of an item or entry; false when the element is no extension it knows.
bool readItemChild(XmlReaderContext &context, XmlTree::Index n, ItemDraft &item);

/// Reads one child of a channel or feed; false when the element is no extension it knows.
bool readChannelChild(XmlReaderContext &context, XmlTree::Index n, ChannelDraft &channel);

/// An Atom <link> of an item (alternate, enclosure, replies); rankOffset lowers its weight
/// when it only supplements RSS elements.
void readAtomLink(XmlReaderContext &context, XmlTree::Index n, ItemDraft &item, int rankOffset);

/// "1:02:03", "62:03" or "3723" as seconds; -1 when unreadable.
[[nodiscard]] int parseDuration(const QString &text);

} // namespace Feeds::ExtensionReader
