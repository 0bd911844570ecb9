#include "feeds/jsonfeedreader.h"

#include "feeds/dateparser.h"
#include "feeds/xmlbase.h"
#include "text/plaintext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Feeds {

namespace {

QString string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

QString url(const QJsonObject &object, QLatin1String key, const QUrl &base)
{
    return XmlBase::resolve(base, string(object, key));
}

} // namespace

JsonFeedReader::JsonFeedReader(QUrl documentUrl) : m_documentUrl(std::move(documentUrl))
{}

Format JsonFeedReader::formatOf(const QJsonObject &object)
{
    const QString version = object.value(QLatin1String("version")).toString().trimmed();
    const qsizetype at = version.indexOf(QLatin1String("jsonfeed.org/version/"));
    if (at < 0)
        return Format::Unknown;
    const QStringView number = QStringView(version).mid(at + 21);
    if (number.startsWith(QLatin1String("1.1")))
        return Format::Json11;
    if (number.startsWith(QLatin1String("1")))
        return Format::Json10;
    return Format::Unknown;
}

QString JsonFeedReader::author(const QJsonObject &object) const
{
    const QJsonArray authors = object.value(QLatin1String("authors")).toArray();
    QStringList names;
    for (const QJsonValue &entry : authors) {
        const QString name = Text::PlainText::collapseWhitespace(
            entry.toObject().value(QLatin1String("name")).toString());
        if (!name.isEmpty())
            names.append(name);
    }
    if (!names.isEmpty())
        return names.join(QLatin1String(", "));
    const QJsonObject single = object.value(QLatin1String("author")).toObject();
    return Text::PlainText::collapseWhitespace(single.value(QLatin1String("name")).toString());
}

QDateTime JsonFeedReader::date(const QJsonValue &value, QStringList &warnings) const
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QDateTime parsed = parseDate(text);
    if (!parsed.isValid() && warnings.size() < 50) {
        warnings.append(
            QCoreApplication::translate("Feeds::JsonFeedReader", "unreadable date \"%1\"")
                .arg(text.left(64)));
    }
    return parsed;
}

FeedDraft JsonFeedReader::read(const QJsonObject &object)
{
    FeedDraft draft;
    draft.feed.format = formatOf(object);
    if (draft.feed.format == Format::Unknown) {
        draft.error = QCoreApplication::translate(
            "Feeds::JsonFeedReader", "not a feed: a JSON document without a JSON Feed version");
        return draft;
    }
    Feed &feed = draft.feed;
    QUrl base = m_documentUrl;
    const QString feedUrl = url(object, QLatin1String("feed_url"), base);
    if (base.isEmpty() && !feedUrl.isEmpty())
        base = QUrl(feedUrl);
    feed.title = Text::PlainText::collapseWhitespace(string(object, QLatin1String("title")));
    feed.link = url(object, QLatin1String("home_page_url"), base);
    feed.subtitle =
        Text::PlainText::collapseWhitespace(string(object, QLatin1String("description")));
    feed.language = string(object, QLatin1String("language")).trimmed();
    feed.author = author(object);
    feed.icon = url(object, QLatin1String("icon"), base);
    if (feed.icon.isEmpty())
        feed.icon = url(object, QLatin1String("favicon"), base);
    const QJsonArray items = object.value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        if (item.isObject())
            readItem(item.toObject(), base, draft);
    }
    return draft;
}

void JsonFeedReader::readItem(const QJsonObject &object, const QUrl &base, FeedDraft &draft)
{
    Item item;
    item.id = string(object, QLatin1String("id")).trimmed();
    item.link = url(object, QLatin1String("url"), base);
    if (item.link.isEmpty())
        item.link = url(object, QLatin1String("external_url"), base);
    if (item.id.isEmpty())
        item.id = item.link;
    item.title = Text::PlainText::collapseWhitespace(string(object, QLatin1String("title")));
    item.author = author(object);
    if (item.author.isEmpty())
        item.author = draft.feed.author;
    item.published = date(object.value(QLatin1String("date_published")), draft.warnings);
    item.updated = date(object.value(QLatin1String("date_modified")), draft.warnings);
    item.content = string(object, QLatin1String("content_html"));
    if (item.content.trimmed().isEmpty())
        item.content = Text::PlainText::toHtml(string(object, QLatin1String("content_text")));
    item.summary = Text::PlainText::toHtml(string(object, QLatin1String("summary")));
    for (const QJsonValue &tag : object.value(QLatin1String("tags")).toArray()) {
        const QString category = Text::PlainText::collapseWhitespace(tag.toString());
        if (!category.isEmpty() && !item.categories.contains(category))
            item.categories.append(category);
    }
    for (const QJsonValue &value : object.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject attachment = value.toObject();
        Enclosure enclosure;
        enclosure.url = url(attachment, QLatin1String("url"), base);
        enclosure.type = string(attachment, QLatin1String("mime_type")).trimmed();
        enclosure.length = std::max<qint64>(
            0, qint64(attachment.value(QLatin1String("size_in_bytes")).toDouble()));
        const double seconds = attachment.value(QLatin1String("duration_in_seconds")).toDouble(-1);
        if (seconds >= 0 && item.duration < 0)
            item.duration = int(std::min<double>(seconds, INT_MAX));
        if (!enclosure.url.isEmpty())
            item.enclosures.append(enclosure);
    }
    item.image = url(object, QLatin1String("image"), base);
    if (item.image.isEmpty())
        item.image = url(object, QLatin1String("banner_image"), base);
    draft.feed.items.append(item);
    const bool absoluteLink = !item.link.isEmpty() && !QUrl(item.link).isRelative();
    draft.contentBases.push_back(absoluteLink ? item.link : base.toString());
}

} // namespace Feeds
