#include "feeds/feedparser.h"

#include "feeds/atomreader.h"
#include "feeds/cdfreader.h"
#include "feeds/feeddraft.h"
#include "feeds/formatsniffer.h"
#include "feeds/jsonfeedreader.h"
#include "feeds/rssreader.h"
#include "feeds/xmlbase.h"
#include "feeds/xmlreadercontext.h"
#include "feeds/xmltree.h"
#include "text/encoding.h"
#include "text/utf8.h"
#include "threading/workpool.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Feeds {

namespace {

// The context of this file's messages. A class that declares it, rather than a function
// named tr(), so that lupdate files the messages under the context the code looks up.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Feeds::FeedParser)
};

bool isValidUtf8(const QByteArray &bytes)
{
    return Text::isValidUtf8(bytes.constData(), std::size_t(bytes.size()));
}

bool isUtf8Label(const QByteArray &label)
{
    return label.isEmpty() || Text::canonicalEncodingName(label) == "UTF-8";
}

// The document as UTF-8 for the tree builder: the bytes themselves when they already are
// (the common case, no copy), otherwise decoded by the rules of RFC 7303.
QByteArray xmlAsUtf8(const QByteArray &bytes, const QByteArray &contentType, QStringList &warnings,
                     QString &error)
{
    const bool wideBom = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!wideBom && isUtf8Label(Text::charsetFromContentType(contentType)) &&
        isUtf8Label(Text::encodingFromXmlDeclaration(bytes)) && isValidUtf8(bytes))
        return bytes;
    Text::DecodedText decoded = Text::decodeXml(bytes, contentType);
    warnings += decoded.warnings;
    if (!decoded.ok()) {
        error = decoded.error;
        return {};
    }
    return decoded.text.toUtf8();
}

FeedDraft readXml(QByteArray &bytes, const ParseOptions &options, QStringList &warnings)
{
    FeedDraft draft;
    QByteArray utf8 = xmlAsUtf8(bytes, options.contentType, warnings, draft.error);
    if (!draft.error.isEmpty())
        return draft;
    const XmlTree tree = XmlTree::parse(utf8);
    const bool html = FormatSniffer::isHtml(bytes, tree);
    bytes.clear();
    utf8.clear();
    if (html) {
        draft.error = Messages::tr("not a feed: an HTML page");
        return draft;
    }
    if (!tree.ok()) {
        draft.error = tree.error();
        return draft;
    }
    const Format format = FormatSniffer::formatOf(tree);
    if (format == Format::Unknown) {
        const std::string_view root = tree.qualifiedName(tree.root());
        draft.error =
            Messages::tr("not a feed: the root element <%1> is not RSS, RDF or Atom")
                .arg(QString::fromUtf8(root.data(), qsizetype(std::min<size_t>(root.size(), 64))));
        return draft;
    }
    warnings += tree.warnings();
    const XmlBase base(tree, options.documentUrl);
    XmlReaderContext context(tree, base, warnings);
    if (format == Format::Atom03 || format == Format::Atom10)
        draft = AtomReader(context, options.documentUrl).read(format);
    else if (format == Format::Cdf)
        draft = CdfReader(context, options.documentUrl).read();
    else
        draft = RssReader(context, options.documentUrl).read(format);
    return draft;
}

FeedDraft readJson(QByteArray &bytes, const ParseOptions &options, QStringList &warnings)
{
    FeedDraft draft;
    QJsonParseError parseError{};
    QJsonDocument document;
    if (isUtf8Label(Text::charsetFromContentType(options.contentType)) && isValidUtf8(bytes)) {
        document = QJsonDocument::fromJson(bytes, &parseError);
    } else {
        Text::DecodedText decoded = Text::decodeJson(bytes, options.contentType);
        warnings += decoded.warnings;
        if (!decoded.ok()) {
            draft.error = decoded.error;
            return draft;
        }
        document = QJsonDocument::fromJson(decoded.text.toUtf8(), &parseError);
    }
    bytes.clear();
    if (document.isNull()) {
        draft.error = Messages::tr("not a feed: invalid JSON at offset %1: %2")
                          .arg(parseError.offset)
                          .arg(parseError.errorString());
        return draft;
    }
    if (!document.isObject()) {
        draft.error = Messages::tr("not a feed: a JSON document without a JSON Feed version");
        return draft;
    }
    return JsonFeedReader(options.documentUrl).read(document.object());
}

// A language as BCP 47 writes it: feeds written by Java or POSIX locales say "en_US".
QString languageTag(QString language)
{
    language.replace(u'_', u'-');
    return language;
}

struct SanitizeJob
{
    Item *item;
    QString base;
    QString summaryBase; ///< Empty: the summary shares the content's base.
};

} // namespace

void sanitizeItems(QList<Item> &items, const std::vector<QString> &bases, const HtmlFilter &filter,
                   const QHash<qsizetype, QString> &summaryBases)
{
    std::vector<SanitizeJob> jobs;
    jobs.reserve(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        jobs.push_back({&items[i], size_t(i) < bases.size() ? bases[size_t(i)] : QString(),
                        summaryBases.value(i)});
    }
    const auto sanitize = [&filter](SanitizeJob &job) {
        Item &item = *job.item;
        const QUrl base(job.base);
        if (!item.summary.isEmpty()) {
            item.summary = filter.sanitize(
                item.summary, job.summaryBase.isEmpty() ? base : QUrl(job.summaryBase));
        }
        if (!item.content.isEmpty())
            item.content = filter.sanitize(item.content, base);
        if (item.image.isEmpty() && filter.firstImageUrl)
            item.image = filter.firstImageUrl(item.content.isEmpty() ? item.summary : item.content);
    };
    if (jobs.size() < 64) {
        for (SanitizeJob &job : jobs)
            sanitize(job);
    } else {
        WorkPool::map(jobs, sanitize);
    }
}

ParseResult parseFeed(const QByteArray &bytes, const ParseOptions &options)
{
    return parseFeed(QByteArray(bytes), options);
}

ParseResult parseFeed(QByteArray &&bytes, const ParseOptions &options)
{
    ParseResult result;
    if (options.maxBytes >= 0 && bytes.size() > options.maxBytes) {
        result.error = Messages::tr("document too large: %1 bytes, the limit is %2 bytes")
                           .arg(bytes.size())
                           .arg(options.maxBytes);
        return result;
    }
    FeedDraft draft;
    switch (FormatSniffer::kindOf(bytes)) {
    case FormatSniffer::Kind::Empty:
        result.error = Messages::tr("not a feed: the document is empty");
        return result;
    case FormatSniffer::Kind::Binary:
        result.error = Messages::tr("not a feed: binary data");
        return result;
    case FormatSniffer::Kind::Text:
        result.error = Messages::tr("not a feed: neither XML nor JSON");
        return result;
    case FormatSniffer::Kind::Json:
        draft = readJson(bytes, options, result.warnings);
        break;
    case FormatSniffer::Kind::Markup:
        draft = readXml(bytes, options, result.warnings);
        break;
    }
    result.warnings += draft.warnings;
    if (!draft.error.isEmpty()) {
        result.error = draft.error;
        return result;
    }
    if (options.htmlFilter.sanitize)
        sanitizeItems(draft.feed.items, draft.contentBases, options.htmlFilter, draft.summaryBases);
    draft.feed.language = languageTag(draft.feed.language);
    result.feed = std::move(draft.feed);
    return result;
}

} // namespace Feeds
