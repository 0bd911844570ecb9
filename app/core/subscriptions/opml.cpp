#include "subscriptions/opml.h"

#include "feeds/dateparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Subscriptions {

namespace {

// Real subscription lists nest two or three levels; anything deeper is hostile or broken, and
// the reader recurses once per level.
constexpr int kMaxDepth = 64;
// Without a DTD only the five predefined entities exist; the limit is a second line of defence.
constexpr int kEntityExpansionLimit = 1024;

bool sameName(QStringView a, QLatin1String b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Attribute lookup ignoring case: exporters write xmlUrl, xmlurl and XMLURL alike.
QString attribute(const QXmlStreamAttributes &attributes, QLatin1String name)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (sameName(attribute.name(), name))
            return attribute.value().toString().trimmed();
    }
    return {};
}

class OpmlReader final
{
    Q_DECLARE_TR_FUNCTIONS(Subscriptions::OpmlReader)

public:
    explicit OpmlReader(const QByteArray &bytes) : m_xml(bytes)
    {
        m_xml.setNamespaceProcessing(false);
        m_xml.setEntityExpansionLimit(kEntityExpansionLimit);
    }

    OpmlReadResult read()
    {
        OpmlReadResult result;
        if (!readRoot(result))
            return result;
        // Everything after the root element must still be well-formed.
        while (!m_xml.atEnd() && !m_xml.hasError())
            m_xml.readNext();
        if (m_xml.hasError())
            setXmlError(result);
        return result;
    }

private:
    bool readRoot(OpmlReadResult &result)
    {
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                result.error = tr("The file declares a document type (DTD); OPML files need none, "
                                  "so it is not read for safety.");
                return false;
            }
            if (token == QXmlStreamReader::StartElement)
                break;
        }
        if (m_xml.hasError()) {
            setXmlError(result);
            return false;
        }
        if (m_xml.tokenType() != QXmlStreamReader::StartElement) {
            result.error = tr("The file holds no XML element; it is not an OPML file.");
            return false;
        }
        if (!sameName(m_xml.name(), QLatin1String("opml"))) {
            result.error = tr("This is not an OPML file: its root element is <%1>.")
                               .arg(m_xml.qualifiedName());
            return false;
        }
        const QString version = attribute(m_xml.attributes(), QLatin1String("version"));
        if (!version.isEmpty() && version != QLatin1String("1.0") &&
            version != QLatin1String("1.1") && version != QLatin1String("2.0")) {
            result.warnings
                << tr("OPML version %1 is unknown; the file is read as OPML 2.0.").arg(version);
        }

        bool sawBody = false;
        while (m_xml.readNextStartElement()) {
            if (sameName(m_xml.name(), QLatin1String("head"))) {
                readHead(result);
            } else if (sameName(m_xml.name(), QLatin1String("body"))) {
                sawBody = true;
                readOutlines(result, result.document.outlines, 1);
            } else {
                m_xml.skipCurrentElement();
            }
            if (m_xml.hasError())
                break;
        }
        if (m_xml.hasError()) {
            setXmlError(result);
            return false;
        }
        if (!sawBody)
            result.warnings << tr("The file has no <body>, so it lists no feeds.");
        return true;
    }

    void readHead(OpmlReadResult &result)
    {
        while (m_xml.readNextStartElement()) {
            if (sameName(m_xml.name(), QLatin1String("title"))) {
                result.document.title =
                    m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            } else if (sameName(m_xml.name(), QLatin1String("dateCreated"))) {
                const QString text =
                    m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                result.document.created = Feeds::parseDate(text);
                if (!text.isEmpty() && !result.document.created.isValid())
                    result.warnings << tr("The creation date “%1” could not be read.").arg(text);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    // Reads the children of the current element into `siblings` until its end tag.
    void readOutlines(OpmlReadResult &result, QList<Outline> &siblings, int depth)
    {
        while (m_xml.readNextStartElement()) {
            if (!sameName(m_xml.name(), QLatin1String("outline"))) {
                m_xml.skipCurrentElement();
                continue;
            }
            if (depth > kMaxDepth) {
                m_tooDeep = true;
                m_xml.raiseError(QStringLiteral("nesting too deep"));
                return;
            }
            readOutline(result, siblings, depth);
        }
    }

    void readOutline(OpmlReadResult &result, QList<Outline> &siblings, int depth)
    {
        const qint64 line = m_xml.lineNumber();
        const QXmlStreamAttributes attributes = m_xml.attributes();
        Outline outline;
        outline.title = attribute(attributes, QLatin1String("text"));
        if (outline.title.isEmpty())
            outline.title = attribute(attributes, QLatin1String("title"));
        outline.feedUrl = attribute(attributes, QLatin1String("xmlUrl"));
        outline.siteUrl = attribute(attributes, QLatin1String("htmlUrl"));

        QList<Outline> children;
        readOutlines(result, children, depth + 1);
        const bool complete = !m_xml.hasError();

        if (!outline.feedUrl.isEmpty()) {
            outline.type = attribute(attributes, QLatin1String("type"));
            if (outline.type.isEmpty())
                outline.type = QStringLiteral("rss"); // what OPML 2.0 asks of subscription lists
            siblings.append(outline);
            if (!children.isEmpty()) {
                if (complete) {
                    result.warnings << tr("Line %1: the feed “%2” also holds outlines; they are "
                                          "kept in a folder of the same name.")
                                           .arg(line)
                                           .arg(outline.title);
                }
                Outline folder;
                folder.title = outline.title;
                folder.children = children;
                siblings.append(folder);
            }
        } else if (!children.isEmpty()) {
            if (outline.title.isEmpty()) {
                if (complete) {
                    result.warnings << tr("Line %1: a folder without a name; its feeds are kept "
                                          "in the enclosing folder.")
                                           .arg(line);
                }
                siblings.append(children);
            } else {
                outline.children = children;
                siblings.append(outline);
            }
        } else if (complete) {
            result.warnings << tr("Line %1: the outline “%2” has no feed address and holds "
                                  "nothing; it was skipped.")
                                   .arg(line)
                                   .arg(outline.title);
        }
    }

    void setXmlError(OpmlReadResult &result) const
    {
        if (m_tooDeep) {
            result.error = tr("Folders are nested more than %1 levels deep (line %2); the file "
                              "is not read further.")
                               .arg(kMaxDepth)
                               .arg(m_xml.lineNumber());
            return;
        }
        result.error = tr("The file is not well-formed XML: %1 (line %2, column %3).")
                           .arg(m_xml.errorString())
                           .arg(m_xml.lineNumber())
                           .arg(m_xml.columnNumber());
    }

    QXmlStreamReader m_xml;
    bool m_tooDeep = false;
};

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Drops what XML 1.0 cannot carry, so that the output is always well-formed.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
        } else if (!c.isSurrogate() && isXmlChar(c.unicode())) {
            out.append(c);
        }
    }
    return out;
}

void writeOutline(QXmlStreamWriter &xml, const Outline &outline)
{
    const bool hasChildren = !outline.children.isEmpty();
    if (hasChildren)
        xml.writeStartElement(QStringLiteral("outline"));
    else
        xml.writeEmptyElement(QStringLiteral("outline"));
    xml.writeAttribute(QStringLiteral("text"), xmlSafe(outline.title));
    xml.writeAttribute(QStringLiteral("title"), xmlSafe(outline.title));
    if (!outline.feedUrl.isEmpty()) {
        xml.writeAttribute(QStringLiteral("type"),
                           outline.type.isEmpty() ? QStringLiteral("rss") : xmlSafe(outline.type));
        xml.writeAttribute(QStringLiteral("xmlUrl"), xmlSafe(outline.feedUrl));
        if (!outline.siteUrl.isEmpty())
            xml.writeAttribute(QStringLiteral("htmlUrl"), xmlSafe(outline.siteUrl));
    }
    if (hasChildren) {
        for (const Outline &child : outline.children)
            writeOutline(xml, child);
        xml.writeEndElement();
    }
}

} // namespace

OpmlReadResult readOpml(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty()) {
        OpmlReadResult result;
        result.error =
            QCoreApplication::translate("Subscriptions::OpmlReader", "The file is empty.");
        return result;
    }
    return OpmlReader(bytes).read();
}

QByteArray writeOpml(const OpmlDocument &document)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));

    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), xmlSafe(document.title));
    if (document.created.isValid()) {
        // RFC 822 with English names whatever the user's locale, as OPML 2.0 asks.
        xml.writeTextElement(QStringLiteral("dateCreated"),
                             QLocale::c().toString(document.created.toUTC(),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
                                 QStringLiteral(" GMT"));
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("body"));
    for (const Outline &outline : document.outlines)
        writeOutline(xml, outline);
    xml.writeEndElement();

    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Subscriptions
