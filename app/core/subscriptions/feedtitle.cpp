#include "subscriptions/feedtitle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace Subscriptions {

namespace {

// A title sits near the top of a feed; stop reading XML after this many tokens.
constexpr int kMaxTitleTokens = 2000;

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

QString feedTitle(const QByteArray &body, Feeds::Format format)
{
    if (format != Feeds::Format::Json10 && format != Feeds::Format::Json11)
        return xmlFeedTitle(body);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.object().value(QLatin1String("title")).toString().simplified();
}

} // namespace Subscriptions
