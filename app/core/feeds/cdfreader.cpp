#include "feeds/cdfreader.h"

#include "feeds/dateparser.h"

namespace Feeds {

using Index = XmlTree::Index;

namespace {

// Sub-channels hold more items; a few levels are all that real CDF files use.
constexpr int kMaxChannelDepth = 8;

} // namespace

CdfReader::CdfReader(XmlReaderContext &context, QUrl documentUrl)
    : m_context(context), m_tree(context.tree()), m_documentUrl(std::move(documentUrl))
{}

FeedDraft CdfReader::read()
{
    FeedDraft draft;
    draft.feed.format = Format::Cdf;
    ChannelDraft channel;
    const Index root = m_tree.root();
    channel.link.offer(m_context.urlAttribute(root, "href"), 0);
    channel.updated.offer(lastModified(root), 0);
    readChannel(root, channel, draft, 0);
    channel.applyTo(draft.feed);
    return draft;
}

void CdfReader::readChannel(Index n, ChannelDraft &channel, FeedDraft &draft, int depth)
{
    for (Index c = m_tree.firstChild(n); c != XmlTree::npos; c = m_tree.nextSibling(c)) {
        if (m_tree.nameIs(c, "item")) {
            readItem(c, draft);
        } else if (m_tree.nameIs(c, "channel")) {
            if (depth < kMaxChannelDepth)
                readChannel(c, channel, draft, depth + 1);
        } else if (depth > 0) {
            continue; // A sub-channel's own title and abstract are not the feed's.
        } else if (m_tree.nameIs(c, "title")) {
            channel.title.offer(m_context.plain(c), 0);
        } else if (m_tree.nameIs(c, "abstract")) {
            channel.subtitle.offer(m_context.plain(c), 0);
        } else if (m_tree.nameIs(c, "logo")) {
            channel.icon.offer(m_context.urlAttribute(c, "href"), 0);
        }
    }
}

void CdfReader::readItem(Index n, FeedDraft &draft)
{
    if (!m_tree.isComplete(n))
        return; // Cut off by the end of a truncated document.
    ItemDraft item;
    item.link.offer(m_context.urlAttribute(n, "href"), 0);
    item.updated.offer(lastModified(n), 0);
    for (Index c = m_tree.firstChild(n); c != XmlTree::npos; c = m_tree.nextSibling(c)) {
        if (m_tree.nameIs(c, "title")) {
            item.title.offer(m_context.plain(c), 0);
        } else if (m_tree.nameIs(c, "abstract")) {
            item.offerDescription(m_context.html(c), m_context.base().baseOf(c),
                                  m_context.base().hasXmlBase(c));
        }
    }
    draft.append(item, m_documentUrl);
}

QDateTime CdfReader::lastModified(Index n) const
{
    const QString text = m_tree.attribute(n, "lastmod").trimmed();
    return text.isEmpty() ? QDateTime() : parseDate(text);
}

} // namespace Feeds
