#include "feeds/atomreader.h"

#include "feeds/extensionreader.h"
#include "feeds/textconstruct.h"
#include "text/plaintext.h"

namespace Feeds {

using Index = XmlTree::Index;

AtomReader::AtomReader(XmlReaderContext &context, QUrl documentUrl)
    : m_context(context), m_tree(context.tree()), m_documentUrl(std::move(documentUrl))
{}

bool AtomReader::isCore(Index n) const
{
    const Ns ns = m_tree.ns(n);
    return ns == Ns::Atom10 || ns == Ns::Atom03 ||
           ((ns == Ns::None || ns == Ns::Unknown) && !m_tree.hasPrefix(n));
}

QString AtomReader::personName(Index n) const
{
    QString email;
    for (Index c = m_tree.firstChild(n); c != XmlTree::npos; c = m_tree.nextSibling(c)) {
        if (m_tree.nameIs(c, "name"))
            return Text::PlainText::fromMaybeHtml(m_tree.text(c));
        if (m_tree.nameIs(c, "email"))
            email = m_tree.text(c).trimmed();
    }
    if (!email.isEmpty())
        return email;
    return m_tree.hasElementChildren(n) ? QString()
                                        : Text::PlainText::collapseWhitespace(m_tree.text(n));
}

FeedDraft AtomReader::read(Format format)
{
    FeedDraft draft;
    draft.feed.format = format;
    ChannelDraft channel;
    const Index root = m_tree.root();
    channel.language.offer(m_tree.attribute(root, "xml:lang").trimmed(), 1);
    for (Index c = m_tree.firstChild(root); c != XmlTree::npos; c = m_tree.nextSibling(c)) {
        if (!(isCore(c) && m_tree.nameIs(c, "entry")))
            readFeedChild(c, channel);
    }
    // Entries come second: an entry without author takes the feed's, wherever it was given.
    for (Index c = m_tree.firstChild(root); c != XmlTree::npos; c = m_tree.nextSibling(c)) {
        if (isCore(c) && m_tree.nameIs(c, "entry"))
            readEntry(c, channel.author.value(), draft);
    }
    channel.applyTo(draft.feed);
    return draft;
}

void AtomReader::readFeedChild(Index n, ChannelDraft &channel)
{
    if (!isCore(n)) {
        ExtensionReader::readChannelChild(m_context, n, channel);
        return;
    }
    if (m_tree.nameIs(n, "title")) {
        channel.title.offer(TextConstruct::read(m_tree, n).toPlainText(), 0);
    } else if (m_tree.nameIs(n, "subtitle") || m_tree.nameIs(n, "tagline")) {
        channel.subtitle.offer(TextConstruct::read(m_tree, n).toPlainText(), 0);
    } else if (m_tree.nameIs(n, "link")) {
        const QString rel = m_tree.attribute(n, "rel").trimmed().toLower();
        const QString type = m_tree.attribute(n, "type");
        if (rel.isEmpty() || rel == QLatin1String("alternate"))
            channel.link.offer(m_context.urlAttribute(n, "href"),
                               type.isEmpty() || type.contains(QLatin1String("html")) ? 0 : 1);
    } else if (m_tree.nameIs(n, "updated") || m_tree.nameIs(n, "modified")) {
        channel.updated.offer(m_context.date(n), 0);
    } else if (m_tree.nameIs(n, "author")) {
        channel.author.offer(personName(n), 0);
    } else if (m_tree.nameIs(n, "icon")) {
        channel.icon.offer(m_context.url(n), 0);
    } else if (m_tree.nameIs(n, "logo")) {
        channel.icon.offer(m_context.url(n), 1);
    }
}

void AtomReader::readEntry(Index n, const QString &feedAuthor, FeedDraft &draft)
{
    if (!m_tree.isComplete(n))
        return; // Cut off by the end of a truncated document.
    ItemDraft item;
    for (Index c = m_tree.firstChild(n); c != XmlTree::npos; c = m_tree.nextSibling(c))
        readEntryChild(c, item);
    item.author.offer(feedAuthor, 9);
    draft.append(item, m_documentUrl);
}

void AtomReader::readEntryChild(Index n, ItemDraft &item)
{
    if (!isCore(n)) {
        ExtensionReader::readItemChild(m_context, n, item);
        return;
    }
    const XmlBase &base = m_context.base();
    if (m_tree.nameIs(n, "id")) {
        // An id given as a relative URL is relative to the xml:base in force, as links are.
        const QString id = m_tree.text(n).trimmed();
        item.id.offer(base.hasXmlBase(n) && !id.contains(u' ') ? base.resolve(n, id) : id, 0);
    } else if (m_tree.nameIs(n, "title")) {
        item.title.offer(TextConstruct::read(m_tree, n).toPlainText(), 0);
    } else if (m_tree.nameIs(n, "link")) {
        ExtensionReader::readAtomLink(m_context, n, item, 0);
    } else if (m_tree.nameIs(n, "published")) {
        item.published.offer(m_context.date(n), 0);
    } else if (m_tree.nameIs(n, "issued") || m_tree.nameIs(n, "created")) {
        // Atom 0.3's names; a feed that also gives <published> means that one.
        item.published.offer(m_context.date(n), m_tree.nameIs(n, "issued") ? 1 : 2);
    } else if (m_tree.nameIs(n, "updated") || m_tree.nameIs(n, "modified")) {
        item.updated.offer(m_context.date(n), 0);
    } else if (m_tree.nameIs(n, "author")) {
        item.author.offer(personName(n), 0);
    } else if (m_tree.nameIs(n, "summary")) {
        ItemDraft::offer(item.summary, TextConstruct::read(m_tree, n).toHtml(), 0, base.baseOf(n),
                         base.hasXmlBase(n));
    } else if (m_tree.nameIs(n, "content")) {
        const QString src = m_tree.attribute(n, "src").trimmed();
        if (!src.isEmpty()) {
            item.link.offer(base.resolve(n, src), 5);
            return;
        }
        ItemDraft::offer(item.content, TextConstruct::read(m_tree, n).toHtml(), 0, base.baseOf(n),
                         base.hasXmlBase(n));
    } else if (m_tree.nameIs(n, "category")) {
        QString term = m_tree.attribute(n, "term");
        if (term.trimmed().isEmpty())
            term = m_tree.attribute(n, "label");
        if (term.trimmed().isEmpty())
            term = m_tree.text(n);
        item.addCategory(Text::PlainText::fromMaybeHtml(term));
    }
}

} // namespace Feeds
