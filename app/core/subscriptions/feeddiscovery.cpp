#include "subscriptions/feeddiscovery.h"

#include "subscriptions/importplan.h"
#include "subscriptions/subscriptionurl.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <gumbo.h>

#include <memory>
#include <vector>

namespace Subscriptions {

namespace {

// Gumbo's tree building is quadratic in the nesting depth of hostile markup, so it only ever
// sees the head, and never more than this.
constexpr qsizetype kMaxHeadBytes = 512 * 1024;
constexpr int kMaxHeadTags = 2000;

const char *const kRawTextElements[] = {"script", "style",  "title",   "textarea",
                                        "xmp",    "iframe", "noembed", "noframes"};

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// Where the head ends: at </head> or <body>, or when the limits are reached. Text of script,
// style and the like is skipped like a browser would, so that "<body" inside a script does not
// count. `lower` is the input in ASCII lower case.
qsizetype headLength(const QByteArray &lower)
{
    const qsizetype limit = std::min(lower.size(), kMaxHeadBytes);
    int tags = 0;
    qsizetype i = 0;
    while (i < limit) {
        i = lower.indexOf('<', i);
        if (i < 0 || i >= limit)
            return limit;
        if (lower.mid(i, 4) == "<!--") {
            const qsizetype end = lower.indexOf("-->", i + 4);
            if (end < 0 || end >= limit)
                return limit;
            i = end + 3;
            continue;
        }
        const bool endTag = i + 1 < limit && lower.at(i + 1) == '/';
        qsizetype nameEnd = i + (endTag ? 2 : 1);
        while (nameEnd < limit && isNameChar(lower.at(nameEnd)))
            ++nameEnd;
        const QByteArray name = lower.mid(i + (endTag ? 2 : 1), nameEnd - i - (endTag ? 2 : 1));
        if (name.isEmpty() || !(name.at(0) >= 'a' && name.at(0) <= 'z')) {
            ++i;
            continue;
        }
        if ((endTag && name == "head") || (!endTag && name == "body"))
            return i;
        if (!endTag && ++tags > kMaxHeadTags)
            return i;
        i = nameEnd;
        if (endTag)
            continue;
        for (const char *raw : kRawTextElements) {
            if (name == raw) {
                const qsizetype close = lower.indexOf(QByteArray(QByteArray("</") + raw), i);
                if (close < 0 || close >= limit)
                    return limit;
                i = close;
                break;
            }
        }
    }
    return limit;
}

// UTF-16 pages (recognised by their BOM) as UTF-8, so that the head can be found in them.
QByteArray withoutUtf16(const QByteArray &bytes)
{
    if (!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))
        return bytes;
    QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                        : QStringConverter::Utf16BE);
    return QString(decoder(bytes.mid(2))).toUtf8();
}

// Gumbo reads UTF-8 only. A head that is not UTF-8 is converted from its declared charset
// (which HTML wants within the first 1024 bytes); an undeclared one is read as Latin-1, close
// to the windows-1252 that browsers assume.
QByteArray toUtf8(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return head.mid(3);
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString asUtf8 = utf8(head);
    if (!utf8.hasError())
        return head;

    static const QRegularExpression charsetRe(
        QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString charset = charsetRe.match(QString::fromLatin1(head.left(4096))).captured(1);
    const std::optional<QStringConverter::Encoding> encoding =
        QStringConverter::encodingForName(charset.toLatin1().constData());
    if (encoding && *encoding != QStringConverter::Utf8) {
        QStringDecoder decoder(*encoding);
        return QString(decoder(head)).toUtf8();
    }
    return QString::fromLatin1(head).toUtf8();
}

struct GumboDeleter
{
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

QString attributeValue(const GumboElement &element, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

struct LinkTag
{
    QString rel;
    QString type;
    QString href;
    QString title;
};

struct HeadTags
{
    QString baseHref;
    bool hasBase = false;
    std::vector<LinkTag> links;
};

// Walks the tree without recursion, in document order.
HeadTags collectHeadTags(const GumboNode *root)
{
    HeadTags tags;
    std::vector<const GumboNode *> stack{root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            continue;
        const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                        : node->v.element.children;
        if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboElement &element = node->v.element;
            if (element.tag == GUMBO_TAG_BASE && !tags.hasBase &&
                gumbo_get_attribute(&element.attributes, "href")) {
                tags.hasBase = true;
                tags.baseHref = attributeValue(element, "href").trimmed();
            } else if (element.tag == GUMBO_TAG_LINK) {
                tags.links.push_back({attributeValue(element, "rel"),
                                      attributeValue(element, "type"),
                                      attributeValue(element, "href").trimmed(),
                                      attributeValue(element, "title").simplified()});
            }
        }
        for (unsigned int i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return tags;
}

bool hasAlternateRel(const QString &rel)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\n\\r\\f]+"));
    const QStringList tokens = rel.split(spaces, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (token.compare(QLatin1String("alternate"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

enum class LinkKind { None, Feed, Fallback };

LinkKind classify(const LinkTag &link, Feeds::Format &type)
{
    const QString mime = link.type.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    // Each type names one format: rss+xml RSS 2.0, rdf+xml RSS 1.0, atom+xml Atom 1.0 (RFC
    // 4287), feed+json JSON Feed 1.1; plain JSON was JSON Feed 1.0's.
    if (mime == QLatin1String("application/rss+xml")) {
        type = Feeds::Format::Rss20;
        return LinkKind::Feed;
    }
    if (mime == QLatin1String("application/rdf+xml")) {
        type = Feeds::Format::Rss10;
        return LinkKind::Feed;
    }
    if (mime == QLatin1String("application/atom+xml")) {
        type = Feeds::Format::Atom10;
        return LinkKind::Feed;
    }
    if (mime == QLatin1String("application/feed+json")) {
        type = Feeds::Format::Json11;
        return LinkKind::Feed;
    }
    if (mime == QLatin1String("application/json")) {
        const bool feedish = link.href.contains(QLatin1String("feed"), Qt::CaseInsensitive) ||
                             link.title.contains(QLatin1String("feed"), Qt::CaseInsensitive);
        const bool api = link.href.contains(QLatin1String("wp-json"), Qt::CaseInsensitive) ||
                         link.href.contains(QLatin1String("oembed"), Qt::CaseInsensitive);
        type = Feeds::Format::Json10;
        return feedish && !api ? LinkKind::Feed : LinkKind::None;
    }
    if (mime == QLatin1String("text/xml") || mime == QLatin1String("application/xml")) {
        type = link.href.contains(QLatin1String("atom"), Qt::CaseInsensitive)
                   ? Feeds::Format::Atom10
                   : Feeds::Format::Rss20;
        return LinkKind::Fallback;
    }
    return LinkKind::None;
}

QUrl resolveHref(const QString &href, const QUrl &base, const QUrl &pageUrl)
{
    if (href.isEmpty())
        return {};
    QUrl url;
    if (href.startsWith(QLatin1String("feed:"), Qt::CaseInsensitive) ||
        href.startsWith(QLatin1String("feeds:"), Qt::CaseInsensitive)) {
        url = parseSubscriptionUrl(href, UrlInput::Absolute).url;
    } else {
        url = base.resolved(QUrl(href, QUrl::TolerantMode));
    }
    const QString scheme = url.scheme();
    const bool web = (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
                     !url.host().isEmpty();
    const bool local = pageUrl.isLocalFile() && url.isLocalFile();
    return url.isValid() && (web || local) ? url : QUrl();
}

} // namespace

QList<FeedCandidate> candidatesFromHtml(const QByteArray &html, const QUrl &pageUrl)
{
    const QByteArray bytes = withoutUtf16(html.left(kMaxHeadBytes * 2));
    const QByteArray head = toUtf8(bytes.left(headLength(bytes.toLower())));

    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // error records copy the element stack: quadratic memory otherwise
    const std::unique_ptr<GumboOutput, GumboDeleter> output(
        gumbo_parse_with_options(&options, head.constData(), size_t(head.size())));
    if (!output)
        return {};
    const HeadTags tags = collectHeadTags(output->document);

    QUrl base = pageUrl;
    if (tags.hasBase) {
        const QUrl declared = pageUrl.resolved(QUrl(tags.baseHref, QUrl::TolerantMode));
        if (declared.isValid() && !declared.isRelative())
            base = declared;
    }

    QList<FeedCandidate> feeds;
    QList<FeedCandidate> fallbacks;
    QSet<QString> seen;
    for (const LinkTag &link : tags.links) {
        if (!hasAlternateRel(link.rel))
            continue;
        Feeds::Format type = Feeds::Format::Rss20;
        const LinkKind kind = classify(link, type);
        if (kind == LinkKind::None)
            continue;
        const QUrl url = resolveHref(link.href, base, pageUrl);
        if (url.isEmpty())
            continue;
        QString key = feedUrlKey(url);
        if (key.isEmpty())
            key = url.toString(QUrl::FullyEncoded);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        (kind == LinkKind::Feed ? feeds : fallbacks).append({url, link.title, type});
    }
    return feeds.isEmpty() ? fallbacks : feeds;
}

QList<QUrl> commonFeedPaths(const QUrl &site)
{
    static const char *const kNames[] = {"feed",     "rss",       "feed.xml", "rss.xml",
                                         "atom.xml", "index.xml", "feed.json"};
    QList<QUrl> urls;
    if (!site.isValid() || site.isRelative())
        return urls;
    QUrl root = site.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePath);
    root.setPath(QStringLiteral("/"));

    auto add = [&urls](const QUrl &url) {
        if (!urls.contains(url))
            urls.append(url);
    };
    QString path = site.path(QUrl::FullyEncoded);
    if (!path.isEmpty() && path != QLatin1String("/")) {
        if (!path.endsWith(QLatin1Char('/')))
            path.append(QLatin1Char('/'));
        QUrl folder = root;
        folder.setPath(path, QUrl::TolerantMode);
        for (const char *name : kNames)
            add(folder.resolved(QUrl(QString::fromLatin1(name))));
    }
    for (const char *name : kNames)
        add(root.resolved(QUrl(QString::fromLatin1(name))));
    add(root.resolved(QUrl(QStringLiteral("feeds/posts/default"))));
    return urls;
}

} // namespace Subscriptions
