#include "feeds/formatsniffer.h"

#include "feeds/jsonfeedreader.h"
#include "text/encoding.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

namespace Feeds {

namespace {

bool startsWith(const QByteArray &bytes, qsizetype at, const char *magic, qsizetype length)
{
    return bytes.size() - at >= length &&
           std::memcmp(bytes.constData() + at, magic, size_t(length)) == 0;
}

constexpr qsizetype kSniffWindow = 2048;

// The start of a document as UTF-8 (UTF-16 and UTF-32 decoded), BOM removed.
QByteArray sniffWindow(const QByteArray &bytes)
{
    const bool wide = startsWith(bytes, 0, "\xFF\xFE", 2) || startsWith(bytes, 0, "\xFE\xFF", 2) ||
                      (bytes.size() > 1 && (bytes.at(0) == 0 || bytes.at(1) == 0));
    QByteArray window = wide ? Text::decodeXml(bytes.left(kSniffWindow * 4)).text.toUtf8()
                             : bytes.left(kSniffWindow + 3);
    if (window.startsWith("\xEF\xBB\xBF"))
        window.remove(0, 3);
    window.truncate(kSniffWindow);
    return window;
}

Format jsonFormat(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return document.isObject() ? JsonFeedReader::formatOf(document.object()) : Format::Unknown;
    // A body cut off at a size cap cannot be parsed; the version is by custom the first key.
    static const QRegularExpression version(
        QStringLiteral(R"("version"\s*:\s*"(https?://jsonfeed\.org/[^"]*))"));
    const QRegularExpressionMatch match = version.match(QString::fromUtf8(sniffWindow(bytes)));
    if (!match.hasMatch())
        return Format::Unknown;
    return JsonFeedReader::formatOf({{QLatin1String("version"), match.captured(1)}});
}

Format markupFormat(const QByteArray &bytes)
{
    // The root element and its first children are enough, and a page that is no feed costs
    // no more than its first 2 KiB.
    const QByteArray window = sniffWindow(bytes);
    const XmlTree tree = XmlTree::parse(window);
    const XmlTree::Index root = tree.root();
    if (root == XmlTree::npos || FormatSniffer::isHtml(window, tree))
        return Format::Unknown;
    const Format format = FormatSniffer::formatOf(tree);
    if (format == Format::Unknown && tree.nameIs(root, "rdf") && !tree.isComplete(root))
        return Format::Rss10;
    return format;
}

} // namespace

Format FormatSniffer::sniff(const QByteArray &bytes)
{
    switch (kindOf(bytes)) {
    case Kind::Json:
        return jsonFormat(bytes);
    case Kind::Markup:
        return markupFormat(bytes);
    case Kind::Empty:
    case Kind::Binary:
    case Kind::Text:
        break;
    }
    return Format::Unknown;
}

FormatSniffer::Kind FormatSniffer::kindOf(const QByteArray &bytes)
{
    // UTF-16/32 (with or without a byte order mark) are XML or JSON we cannot see directly.
    if (startsWith(bytes, 0, "\xFF\xFE", 2) || startsWith(bytes, 0, "\xFE\xFF", 2))
        return bytes.contains('{') && !bytes.contains('<') ? Kind::Json : Kind::Markup;
    if (startsWith(bytes, 0, "<\0", 2) || startsWith(bytes, 0, "\0<", 2) ||
        startsWith(bytes, 0, "\0\0\0<", 4))
        return Kind::Markup;
    static const struct
    {
        const char *magic;
        qsizetype length;
    } binary[] = {{"\x89PNG", 4},    {"GIF8", 4},     {"\xFF\xD8\xFF", 3}, {"%PDF", 4},
                  {"PK\x03\x04", 4}, {"\x1F\x8B", 2}, {"RIFF", 4},         {"BM", 2}};
    for (const auto &signature : binary) {
        if (startsWith(bytes, 0, signature.magic, signature.length))
            return Kind::Binary;
    }
    qsizetype i = startsWith(bytes, 0, "\xEF\xBB\xBF", 3) ? 3 : 0;
    while (i < bytes.size() && QChar::isSpace(uchar(bytes.at(i))))
        ++i;
    if (i >= bytes.size())
        return Kind::Empty;
    if (bytes.left(1024).contains('\0'))
        return Kind::Binary;
    const char first = bytes.at(i);
    if (first == '{' || first == '[')
        return Kind::Json;
    // A little junk before the markup is recovered later; a text file is not markup.
    const qsizetype lt = bytes.indexOf('<', i);
    if (lt >= 0 && lt - i < 1024)
        return Kind::Markup;
    return Kind::Text;
}

Format FormatSniffer::formatOf(const XmlTree &tree)
{
    const XmlTree::Index root = tree.root();
    if (root == XmlTree::npos)
        return Format::Unknown;
    if (tree.nameIs(root, "rss")) {
        const QString version = tree.attribute(root, "version").trimmed();
        if (version == QLatin1String("0.91"))
            return Format::Rss091;
        if (version == QLatin1String("0.92"))
            return Format::Rss092;
        if (version == QLatin1String("0.93"))
            return Format::Rss093;
        if (version == QLatin1String("0.94"))
            return Format::Rss094;
        if (version == QLatin1String("0.90") || version == QLatin1String("0.9"))
            return Format::Rss090;
        return Format::Rss20; // "2.0", "2.00", "2.0.1" and feeds that say nothing.
    }
    if (tree.nameIs(root, "rdf")) {
        for (XmlTree::Index c = tree.firstChild(root); c != XmlTree::npos;
             c = tree.nextSibling(c)) {
            if (tree.ns(c) == Ns::Rss090)
                return Format::Rss090;
            if (tree.ns(c) == Ns::Rss10)
                return Format::Rss10;
        }
        for (XmlTree::Index c = tree.firstChild(root); c != XmlTree::npos;
             c = tree.nextSibling(c)) {
            if (tree.nameIs(c, "channel"))
                return Format::Rss10;
        }
        return Format::Unknown;
    }
    // CDF has no namespace and no version; its root is <CHANNEL> with an HREF. A bare
    // <channel> without one is a broken RSS document, not CDF.
    if (tree.nameIs(root, "channel") && tree.ns(root) == Ns::None &&
        !tree.attribute(root, "href").isEmpty())
        return Format::Cdf;
    if (tree.nameIs(root, "feed") && tree.ns(root) != Ns::Xhtml) {
        if (tree.ns(root) == Ns::Atom03 ||
            tree.attribute(root, "version").trimmed() == QLatin1String("0.3"))
            return Format::Atom03;
        return Format::Atom10;
    }
    return Format::Unknown;
}

bool FormatSniffer::isHtml(const QByteArray &bytes, const XmlTree &tree)
{
    // A feed root decides: some generators put an XHTML DOCTYPE before a good feed.
    if (tree.root() != XmlTree::npos && formatOf(tree) != Format::Unknown)
        return false;
    if (tree.hasHtmlDoctype())
        return true;
    if (tree.root() != XmlTree::npos)
        return tree.nameIs(tree.root(), "html");
    const QByteArray head = bytes.left(1024).toLower();
    return head.contains("<!doctype html") || head.contains("<html");
}

} // namespace Feeds
