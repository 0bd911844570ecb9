#include "feeds/extensionreader.h"

#include "feeds/textconstruct.h"
#include "text/plaintext.h"

namespace Feeds::ExtensionReader {

namespace {

using Index = XmlTree::Index;

void readMediaContent(XmlReaderContext &context, Index n, ItemDraft &item)
{
    const XmlTree &tree = context.tree();
    const QString url = context.urlAttribute(n, "url");
    const QString type = tree.attribute(n, "type").trimmed();
    const QString medium = tree.attribute(n, "medium").trimmed().toLower();
    if (medium == QLatin1String("image") ||
        (medium.isEmpty() && type.startsWith(QLatin1String("image/")))) {
        item.image.offer(url, 2);
    } else if (!url.isEmpty()) {
        Enclosure enclosure{url, type, 0};
        enclosure.length = std::max<qint64>(0, tree.attribute(n, "fileSize").toLongLong());
        item.addEnclosure(enclosure);
        item.duration.offer(XmlReaderContext::count(tree.attribute(n, "duration")), 1);
    }
    for (Index c = tree.firstChild(n); c != XmlTree::npos; c = tree.nextSibling(c))
        readItemChild(context, c, item);
}

void readMedia(XmlReaderContext &context, Index n, ItemDraft &item)
{
    const XmlTree &tree = context.tree();
    if (tree.nameIs(n, "content")) {
        readMediaContent(context, n, item);
    } else if (tree.nameIs(n, "group")) {
        for (Index c = tree.firstChild(n); c != XmlTree::npos; c = tree.nextSibling(c))
            readItemChild(context, c, item);
    } else if (tree.nameIs(n, "thumbnail")) {
        item.image.offer(context.urlAttribute(n, "url"), 0);
    } else if (tree.nameIs(n, "title")) {
        item.title.offer(context.plain(n), 2);
    } else if (tree.nameIs(n, "description")) {
        const bool html = tree.attribute(n, "type").trimmed().toLower() == QLatin1String("html");
        const QString body = html ? context.html(n) : Text::PlainText::toHtml(tree.text(n));
        ItemDraft::offer(item.summary, body, 4, context.base().baseOf(n),
                         context.base().hasXmlBase(n));
    } else if (tree.nameIs(n, "category") || tree.nameIs(n, "keywords")) {
        if (tree.nameIs(n, "category"))
            item.addCategory(context.plain(n));
    }
}

void readDublinCore(XmlReaderContext &context, Index n, ItemDraft &item)
{
    const XmlTree &tree = context.tree();
    if (tree.nameIs(n, "creator") || tree.nameIs(n, "author") || tree.nameIs(n, "contributor")) {
        item.author.offer(XmlReaderContext::personName(tree.text(n)),
                          tree.nameIs(n, "contributor") ? 4 : 1);
    } else if (tree.nameIs(n, "date")) {
        item.published.offer(context.date(n), 1);
    } else if (tree.nameIs(n, "subject")) {
        item.addCategory(context.plain(n));
    } else if (tree.nameIs(n, "title")) {
        item.title.offer(context.plain(n), 1);
    } else if (tree.nameIs(n, "description")) {
        ItemDraft::offer(item.summary, Text::PlainText::toHtml(tree.text(n)), 2,
                         context.base().baseOf(n), context.base().hasXmlBase(n));
    } else if (tree.nameIs(n, "identifier")) {
        item.id.offer(tree.text(n).trimmed(), 2);
    }
}

void readDcTerms(XmlReaderContext &context, Index n, ItemDraft &item)
{
    const XmlTree &tree = context.tree();
    if (tree.nameIs(n, "issued") || tree.nameIs(n, "created") || tree.nameIs(n, "date"))
        item.published.offer(context.date(n), 2);
    else if (tree.nameIs(n, "modified"))
        item.updated.offer(context.date(n), 1);
    else
        readDublinCore(context, n, item);
}

// A category and its subcategories (nested itunes:category elements), each by its text.
void addItunesCategories(const XmlTree &tree, Index n, ItemDraft &item)
{
    item.addCategory(Text::PlainText::collapseWhitespace(tree.attribute(n, "text")));
    for (Index c = tree.firstChild(n); c != XmlTree::npos; c = tree.nextSibling(c)) {
        if (tree.is(c, Ns::Itunes, "category"))
            addItunesCategories(tree, c, item);
    }
}

void readItunes(XmlReaderContext &context, Index n, ItemDraft &item)
{
    const XmlTree &tree = context.tree();
    if (tree.nameIs(n, "author")) {
        item.author.offer(XmlReaderContext::personName(tree.text(n)), 2);
    } else if (tree.nameIs(n, "image")) {
        QString href = context.urlAttribute(n, "href");
        if (href.isEmpty())
            href = context.url(n);
        item.image.offer(href, 1);
    } else if (tree.nameIs(n, "summary") || tree.nameIs(n, "subtitle")) {
        ItemDraft::offer(item.summary, Text::PlainText::toHtml(tree.text(n)),
                         tree.nameIs(n, "summary") ? 3 : 5, context.base().baseOf(n),
                         context.base().hasXmlBase(n));
    } else if (tree.nameIs(n, "duration")) {
        item.duration.offer(parseDuration(tree.text(n)), 0);
    } else if (tree.nameIs(n, "title")) {
        item.title.offer(context.plain(n), 3);
    } else if (tree.nameIs(n, "category")) {
        addItunesCategories(tree, n, item);
    }
}

} // namespace

int parseDuration(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.isEmpty() || parts.size() > 3)
        return -1;
    qint64 seconds = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const double value = part.toDouble(&ok);
        if (!ok || value < 0 || value > 1e7)
            return -1;
        seconds = seconds * 60 + qint64(value);
    }
    return int(std::min<qint64>(seconds, INT_MAX));
}

void readAtomLink(XmlReaderContext &context, Index n, ItemDraft &item, int rankOffset)
{
    const XmlTree &tree = context.tree();
    const QString href = context.urlAttribute(n, "href");
    if (href.isEmpty())
        return;
    const QString rel = tree.attribute(n, "rel").trimmed().toLower();
    const QString type = tree.attribute(n, "type").trimmed();
    if (rel.isEmpty() || rel == QLatin1String("alternate") ||
        rel == QLatin1String("http://www.iana.org/assignments/relation/alternate")) {
        // Prefer a web page over other alternates (an audio file, a PDF).
        const bool page = type.isEmpty() || type.contains(QLatin1String("html"));
        item.link.offer(href, rankOffset + (page ? 0 : 1));
    } else if (rel == QLatin1String("enclosure")) {
        Enclosure enclosure{href, type, 0};
        enclosure.length = std::max<qint64>(0, tree.attribute(n, "length").toLongLong());
        item.addEnclosure(enclosure);
    } else if (rel == QLatin1String("replies")) {
        if (type.contains(QLatin1String("html")))
            item.commentsUrl.offer(href, 1);
        else
            item.commentFeedUrl.offer(href, 1);
        item.commentCount.offer(XmlReaderContext::count(tree.attributeByLocalName(n, "count")), 2);
    }
}

bool readItemChild(XmlReaderContext &context, Index n, ItemDraft &item)
{
    const XmlTree &tree = context.tree();
    switch (tree.ns(n)) {
    case Ns::Dc:
        readDublinCore(context, n, item);
        return true;
    case Ns::DcTerms:
        readDcTerms(context, n, item);
        return true;
    case Ns::Content:
        if (tree.nameIs(n, "encoded")) {
            ItemDraft::offer(item.content, context.html(n), 0, context.base().baseOf(n),
                             context.base().hasXmlBase(n));
        }
        return true;
    case Ns::Xhtml:
        if (tree.nameIs(n, "body") || tree.nameIs(n, "div")) {
            ItemDraft::offer(item.content, tree.innerXml(n), 1, context.base().baseOf(n),
                             context.base().hasXmlBase(n));
        }
        return true;
    case Ns::Media:
        readMedia(context, n, item);
        return true;
    case Ns::Itunes:
        readItunes(context, n, item);
        return true;
    case Ns::Slash:
        if (tree.nameIs(n, "comments"))
            item.commentCount.offer(XmlReaderContext::count(tree.text(n)), 0);
        return true;
    case Ns::Wfw:
        if (tree.nameIs(n, "commentrss"))
            item.commentFeedUrl.offer(context.url(n), 0);
        return true;
    case Ns::Thr:
        if (tree.nameIs(n, "total"))
            item.commentCount.offer(XmlReaderContext::count(tree.text(n)), 1);
        return true;
    case Ns::Atom10:
    case Ns::Atom03:
        if (tree.nameIs(n, "link"))
            readAtomLink(context, n, item, 1);
        else if (tree.nameIs(n, "updated") || tree.nameIs(n, "modified"))
            item.updated.offer(context.date(n), 1);
        else if (tree.nameIs(n, "published") || tree.nameIs(n, "issued"))
            item.published.offer(context.date(n), 2);
        else if (tree.nameIs(n, "summary"))
            item.offerDescription(TextConstruct::read(tree, n).toHtml(), context.base().baseOf(n),
                                  context.base().hasXmlBase(n));
        return true;
    default:
        return false;
    }
}

bool readChannelChild(XmlReaderContext &context, Index n, ChannelDraft &channel)
{
    const XmlTree &tree = context.tree();
    switch (tree.ns(n)) {
    case Ns::Dc:
    case Ns::DcTerms:
        if (tree.nameIs(n, "creator") || tree.nameIs(n, "author") || tree.nameIs(n, "publisher"))
            channel.author.offer(XmlReaderContext::personName(tree.text(n)),
                                 tree.nameIs(n, "publisher") ? 2 : 1);
        else if (tree.nameIs(n, "date") || tree.nameIs(n, "modified"))
            channel.updated.offer(context.date(n), 1);
        else if (tree.nameIs(n, "language"))
            channel.language.offer(tree.text(n).trimmed(), 1);
        else if (tree.nameIs(n, "title"))
            channel.title.offer(context.plain(n), 1);
        else if (tree.nameIs(n, "description"))
            channel.subtitle.offer(context.plain(n), 1);
        return true;
    case Ns::Sy:
        if (tree.nameIs(n, "updateperiod")) {
            const QString period = tree.text(n).trimmed().toLower();
            const int minutes = period == QLatin1String("hourly")    ? 60
                                : period == QLatin1String("daily")   ? 1440
                                : period == QLatin1String("weekly")  ? 10080
                                : period == QLatin1String("monthly") ? 43200
                                : period == QLatin1String("yearly")  ? 525600
                                                                     : -1;
            channel.updatePeriodMinutes = minutes;
        } else if (tree.nameIs(n, "updatefrequency")) {
            const int frequency = XmlReaderContext::count(tree.text(n));
            channel.updateFrequency = frequency > 0 ? frequency : 1;
        }
        return true;
    case Ns::Itunes:
        if (tree.nameIs(n, "author"))
            channel.author.offer(XmlReaderContext::personName(tree.text(n)), 3);
        else if (tree.nameIs(n, "image"))
            channel.icon.offer(context.urlAttribute(n, "href"), 2);
        else if (tree.nameIs(n, "summary") || tree.nameIs(n, "subtitle"))
            channel.subtitle.offer(context.plain(n), 3);
        return true;
    case Ns::Atom10:
    case Ns::Atom03:
        if (tree.nameIs(n, "link")) {
            const QString rel = tree.attribute(n, "rel").trimmed().toLower();
            if (rel.isEmpty() || rel == QLatin1String("alternate"))
                channel.link.offer(context.urlAttribute(n, "href"), 1);
        } else if (tree.nameIs(n, "updated")) {
            channel.updated.offer(context.date(n), 2);
        } else if (tree.nameIs(n, "icon") || tree.nameIs(n, "logo")) {
            channel.icon.offer(context.url(n), 3);
        }
        return true;
    case Ns::Media:
        if (tree.nameIs(n, "thumbnail"))
            channel.icon.offer(context.urlAttribute(n, "url"), 4);
        return true;
    default:
        return false;
    }
}

} // namespace Feeds::ExtensionReader
