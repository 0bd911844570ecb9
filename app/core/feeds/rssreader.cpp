#include "feeds/rssreader.h"

#include "feeds/extensionreader.h"
#include "text/plaintext.h"

namespace Feeds {

using Index = XmlTree::Index;

RssReader::RssReader(XmlReaderContext &context, QUrl documentUrl)
    : m_context(context), m_tree(context.tree()), m_documentUrl(std::move(documentUrl))
{}

bool RssReader::isCore(Index n) const
{
    const Ns ns = m_tree.ns(n);
    return ns == Ns::None || ns == Ns::Rss10 || ns == Ns::Rss090 ||
           (ns == Ns::Unknown && !m_tree.hasPrefix(n));
}

FeedDraft RssReader::read(Format format)
{
    FeedDraft draft;
    draft.feed.format = format;
    ChannelDraft channel;
    const Index root = m_tree.root();
    draft.feed.items.reserve(countItems(root));
    // RSS 0.9x/2.0 nest items in the channel; RDF makes them (and the image) its siblings.
    for (Index c = m_tree.firstChild(root); c != XmlTree::npos; c = m_tree.nextSibling(c)) {
        if (!isCore(c))
            continue;
        if (m_tree.nameIs(c, "channel")) {
            for (Index cc = m_tree.firstChild(c); cc != XmlTree::npos;
                 cc = m_tree.nextSibling(cc)) {
                if (isCore(cc) && m_tree.nameIs(cc, "item"))
                    readItem(cc, draft);
                else
                    readChannelChild(cc, channel);
            }
        } else if (m_tree.nameIs(c, "item")) {
            readItem(c, draft);
        } else if (m_tree.nameIs(c, "image")) {
            readImage(c, channel);
        }
    }
    channel.applyTo(draft.feed);
    return draft;
}

qsizetype RssReader::countItems(Index root) const
{
    qsizetype count = 0;
    for (Index c = m_tree.firstChild(root); c != XmlTree::npos; c = m_tree.nextSibling(c)) {
        if (m_tree.nameIs(c, "item"))
            ++count;
        if (!m_tree.nameIs(c, "channel"))
            continue;
        for (Index cc = m_tree.firstChild(c); cc != XmlTree::npos; cc = m_tree.nextSibling(cc))
            count += m_tree.nameIs(cc, "item") ? 1 : 0;
    }
    return count;
}

void RssReader::readChannelChild(Index n, ChannelDraft &channel)
{
    if (!isCore(n)) {
        ExtensionReader::readChannelChild(m_context, n, channel);
        return;
    }
    if (m_tree.nameIs(n, "title")) {
        channel.title.offer(m_context.plain(n), 0);
    } else if (m_tree.nameIs(n, "link")) {
        QString link = m_context.url(n);
        if (link.isEmpty())
            link = m_context.urlAttribute(n, "href");
        channel.link.offer(link, 0);
    } else if (m_tree.nameIs(n, "description")) {
        channel.subtitle.offer(m_context.plain(n), 0);
    } else if (m_tree.nameIs(n, "language")) {
        channel.language.offer(m_tree.text(n).trimmed(), 0);
    } else if (m_tree.nameIs(n, "managingeditor") || m_tree.nameIs(n, "author") ||
               m_tree.nameIs(n, "webmaster")) {
        channel.author.offer(XmlReaderContext::personName(m_tree.text(n)),
                             m_tree.nameIs(n, "webmaster") ? 4 : 0);
    } else if (m_tree.nameIs(n, "lastbuilddate") || m_tree.nameIs(n, "pubdate")) {
        channel.updated.offer(m_context.date(n), m_tree.nameIs(n, "lastbuilddate") ? 0 : 1);
    } else if (m_tree.nameIs(n, "ttl")) {
        const int ttl = XmlReaderContext::count(m_tree.text(n));
        if (ttl > 0)
            channel.ttlMinutes.offer(ttl, 0);
    } else if (m_tree.nameIs(n, "image")) {
        readImage(n, channel);
    }
}

void RssReader::readImage(Index n, ChannelDraft &channel)
{
    for (Index c = m_tree.firstChild(n); c != XmlTree::npos; c = m_tree.nextSibling(c)) {
        if (isCore(c) && m_tree.nameIs(c, "url"))
            channel.icon.offer(m_context.url(c), 0);
    }
    // RSS 1.0 may put the URL in rdf:resource or rdf:about only.
    channel.icon.offer(m_context.base().resolve(n, m_tree.attributeByLocalName(n, "resource")), 1);
    channel.icon.offer(m_context.base().resolve(n, m_tree.attributeByLocalName(n, "about")), 1);
}

void RssReader::readItem(Index n, FeedDraft &draft)
{
    if (!m_tree.isComplete(n))
        return; // Cut off by the end of a truncated document.
    ItemDraft item;
    for (Index c = m_tree.firstChild(n); c != XmlTree::npos; c = m_tree.nextSibling(c))
        readItemChild(c, item);
    const QString about = m_tree.attributeByLocalName(n, "about").trimmed();
    if (!about.isEmpty()) {
        item.id.offer(about, 3);
        item.link.offer(m_context.base().resolve(n, about), 3);
    }
    draft.append(item, m_documentUrl);
}

bool RssReader::isItemElement(Index n) const
{
    static const std::string_view names[] = {"link",     "description", "guid",
                                             "pubdate",  "author",      "category",
                                             "comments", "enclosure",   "title"};
    if (!isCore(n))
        return false;
    for (const std::string_view name : names) {
        if (m_tree.nameIs(n, name))
            return true;
    }
    return false;
}

void RssReader::readItemChild(Index n, ItemDraft &item)
{
    if (!isCore(n)) {
        ExtensionReader::readItemChild(m_context, n, item);
        return;
    }
    if (m_tree.nameIs(n, "title")) {
        // An unclosed <title> swallows the item elements after it: its text ends at the first
        // of them, and they are read as the item's own.
        Index misplaced = m_tree.firstChild(n);
        while (misplaced != XmlTree::npos && !isItemElement(misplaced))
            misplaced = m_tree.nextSibling(misplaced);
        if (misplaced == XmlTree::npos) {
            item.title.offer(m_context.plain(n), 0);
            return;
        }
        item.title.offer(Text::PlainText::fromMaybeHtml(m_tree.textBefore(n, misplaced)), 0);
        for (Index c = misplaced; c != XmlTree::npos; c = m_tree.nextSibling(c))
            readItemChild(c, item);
    } else if (m_tree.nameIs(n, "link")) {
        QString link = m_context.url(n);
        if (link.isEmpty())
            link = m_context.urlAttribute(n, "href");
        item.link.offer(link, 0);
    } else if (m_tree.nameIs(n, "description") || m_tree.nameIs(n, "summary")) {
        item.offerDescription(m_context.html(n), m_context.base().baseOf(n),
                              m_context.base().hasXmlBase(n));
    } else if (m_tree.nameIs(n, "fullitem")) {
        ItemDraft::offer(item.content, m_context.html(n), 2, m_context.base().baseOf(n),
                         m_context.base().hasXmlBase(n));
    } else if (m_tree.nameIs(n, "guid")) {
        const QString guid = m_tree.text(n).trimmed();
        item.id.offer(guid, 0);
        const QString permaLink = m_tree.attribute(n, "isPermaLink").trimmed().toLower();
        const bool isUrl =
            guid.startsWith(QLatin1String("http://")) || guid.startsWith(QLatin1String("https://"));
        if (permaLink != QLatin1String("false") && isUrl)
            item.link.offer(guid, 2);
    } else if (m_tree.nameIs(n, "author")) {
        item.author.offer(XmlReaderContext::personName(m_tree.text(n)), 0);
    } else if (m_tree.nameIs(n, "pubdate")) {
        item.published.offer(m_context.date(n), 0);
    } else if (m_tree.nameIs(n, "category")) {
        item.addCategory(m_context.plain(n));
    } else if (m_tree.nameIs(n, "comments")) {
        item.commentsUrl.offer(m_context.url(n), 0);
    } else if (m_tree.nameIs(n, "enclosure")) {
        Enclosure enclosure{m_context.urlAttribute(n, "url"), m_tree.attribute(n, "type").trimmed(),
                            0};
        enclosure.length =
            std::max<qint64>(0, m_tree.attribute(n, "length").trimmed().toLongLong());
        item.addEnclosure(enclosure);
    }
}

} // namespace Feeds
