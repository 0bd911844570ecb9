#pragma once

#include "feeds/feeddraft.h"
#include "feeds/xmlreadercontext.h"

namespace Feeds {

/// Reads Microsoft's Channel Definition Format: a <CHANNEL> whose address is its HREF
/// attribute, with <TITLE>, <ABSTRACT> and <LOGO>, and <ITEM>s that are pages by HREF, each
/// with a LASTMOD date attribute. Items nested in sub-channels are read as the channel's.
class CdfReader final
{
public:
    CdfReader(XmlReaderContext &context, QUrl documentUrl);

    [[nodiscard]] FeedDraft read();

private:
    void readChannel(XmlTree::Index n, ChannelDraft &channel, FeedDraft &draft, int depth);
    void readItem(XmlTree::Index n, FeedDraft &draft);
    [[nodiscard]] QDateTime lastModified(XmlTree::Index n) const;

    XmlReaderContext &m_context;
    const XmlTree &m_tree;
    QUrl m_documentUrl;
};

} // namespace Feeds
