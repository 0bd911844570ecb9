#pragma once

#include "feeds/feeddraft.h"
#include "feeds/xmlreadercontext.h"

namespace Feeds {

/// Reads Atom 1.0 and 0.3 from a tree: the feed element, its entries and their extensions.
/// Core elements are those in either Atom namespace, or without one (feeds that forgot it).
class AtomReader final
{
public:
    AtomReader(XmlReaderContext &context, QUrl documentUrl);

    [[nodiscard]] FeedDraft read(Format format);

private:
    [[nodiscard]] bool isCore(XmlTree::Index n) const;
    void readFeedChild(XmlTree::Index n, ChannelDraft &channel);
    void readEntry(XmlTree::Index n, const QString &feedAuthor, FeedDraft &draft);
    void readEntryChild(XmlTree::Index n, ItemDraft &item);
    [[nodiscard]] QString personName(XmlTree::Index n) const;

    XmlReaderContext &m_context;
    const XmlTree &m_tree;
    QUrl m_documentUrl;
};

} // namespace Feeds
