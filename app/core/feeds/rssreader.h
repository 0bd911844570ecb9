#pragma once

#include "feeds/feeddraft.h"
#include "feeds/xmlreadercontext.h"

namespace Feeds {

/// Reads RSS 0.90 to 2.0 and RSS 1.0 (RDF) from a tree: the channel, its items (children of
/// the channel, or of rdf:RDF) and their extensions. Core elements are those without a
/// namespace or in the RSS 0.90/1.0 namespaces, matched case-insensitively (old feeds use
/// upper case).
class RssReader final
{
public:
    RssReader(XmlReaderContext &context, QUrl documentUrl);

    [[nodiscard]] FeedDraft read(Format format);

private:
    [[nodiscard]] bool isCore(XmlTree::Index n) const;
    [[nodiscard]] bool isItemElement(XmlTree::Index n) const;
    [[nodiscard]] qsizetype countItems(XmlTree::Index root) const;
    void readChannelChild(XmlTree::Index n, ChannelDraft &channel);
    void readImage(XmlTree::Index n, ChannelDraft &channel);
    void readItem(XmlTree::Index n, FeedDraft &draft);
    void readItemChild(XmlTree::Index n, ItemDraft &item);

    XmlReaderContext &m_context;
    const XmlTree &m_tree;
    QUrl m_documentUrl;
};

} // namespace Feeds
