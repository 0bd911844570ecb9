#include "subscriptions/feedsniffer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace Subscriptions {

namespace {

constexpr qsizetype kSniffWindow = 2048;
// A title sits near the top of a feed; stop reading XML after this many tokens.
constexpr int kMaxTitleTokens = 2000;

// The start of the body as ASCII-compatible bytes: UTF-16 (with a BOM, or recognisable from
// its zero bytes) is converted, UTF-8's BOM dropped.
QByteArray sniffWindow(const QByteArray &body)
{
    const QByteArray head = body.left(kSniffWindow * 2);
    auto fromUtf16 = [&head](QStringConverter::Encoding encoding) {
        QStringDecoder decoder(encoding);
        return QString(decoder(head)).toUtf8().left(kSniffWindow);
    };
    if (head.startsWith("\xFF\xFE") || (head.size() > 1 && head.at(0) != 0 && head.at(1) == 0))
        return fromUtf16(QStringConverter::Utf16LE);
    if (head.startsWith("\xFE\xFF") || (head.size() > 1 && head.at(0) == 0 && head.at(1) != 0))
        return fromUtf16(QStringConverter::Utf16BE);
    QByteArray window = body.left(kSniffWindow);
    if (window.startsWith("\xEF\xBB\xBF"))
        window.remove(0, 3);
    return window;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Position of the root element's '<' in an XML prologue, or -1.
qsizetype rootElementStart(const QByteArray &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text.at(i)))
            ++i;
        if (i >= text.size() || text.at(i) != '<')
            return -1;
        qsizetype end = -1;
        if (text.mid(i, 4) == "<!--")
            end = text.indexOf("-->", i + 4) + 2;
        else if (text.mid(i, 2) == "<?" || text.mid(i, 2) == "<!")
            end = text.indexOf('>', i + 2);
        else
            return i;
        if (end < i)
            return -1;
        i = end + 1;
    }
    return -1;
}

bool startsWithElement(const QByteArray &text, qsizetype at, const char *name)
{
    const QByteArray tag = QByteArray(QByteArray("<") + name);
    if (text.mid(at, tag.size()) != tag)
        return false;
    const qsizetype next = at + tag.size();
    return next >= text.size() || isSpace(text.at(next)) || text.at(next) == '>' ||
           text.at(next) == '/';
}

bool isJsonFeed(const QByteArray &body, const QByteArray &window)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        return document.isObject() && document.object()
                                          .value(QLatin1String("version"))
                                          .toString()
                                          .contains(QLatin1String("jsonfeed.org"));
    }
    // A body cut off at the size cap cannot be parsed; the version is by custom the first key.
    static const QRegularExpression version(
        QStringLiteral(R"("version"\s*:\s*"https?://jsonfeed\.org/)"));
    return version.match(QString::fromUtf8(window)).hasMatch();
}

QString xmlFeedTitle(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    xml.setNamespaceProcessing(false);
    xml.setEntityExpansionLimit(1024);
    int depth = 0;
    for (int tokens = 0; tokens < kMaxTitleTokens && !xml.atEnd(); ++tokens) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            // rss/channel/title (depth 3), feed/title and rdf:RDF/channel/title (2 or 3).
            if (xml.name() == QLatin1String("title") && depth <= 3) {
                return xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            }
            if (xml.name() == QLatin1String("item") || xml.name() == QLatin1String("entry"))
                return {};
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return {};
}

} // namespace

std::optional<FeedType> sniffFeedType(const QByteArray &body)
{
    const QByteArray window = sniffWindow(body);
    qsizetype i = 0;
    while (i < window.size() && isSpace(window.at(i)))
        ++i;
    if (i < window.size() && window.at(i) == '{') {
        if (isJsonFeed(body, window))
            return FeedType::Json;
        return std::nullopt;
    }
    const qsizetype root = rootElementStart(window);
    if (root < 0)
        return std::nullopt;
    if (startsWithElement(window, root, "rss") || startsWithElement(window, root, "rdf:RDF"))
        return FeedType::Rss;
    if (startsWithElement(window, root, "feed"))
        return FeedType::Atom;
    return std::nullopt;
}

QString feedTitle(const QByteArray &body, FeedType type)
{
    if (type != FeedType::Json)
        return xmlFeedTitle(body);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.object().value(QLatin1String("title")).toString().simplified();
}

} // namespace Subscriptions
