#include "sync/greaderjson.h"

#include "feeds/feedparser.h"
#include "html/sanitizer.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace Sync::GReaderJson {

namespace {

const QLatin1String LongIdPrefix("tag:google.com,2005:reader/item/");
const QLatin1String LabelInfix("/label/");
const QLatin1String StatePrefix("/state/com.google/");

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// A JSON value that may be a number or a number as text, as text.
QString numberText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

QString labelTitle(const QString &id)
{
    return id.mid(id.indexOf(LabelInfix) + LabelInfix.size());
}

bool isLabel(const QString &id)
{
    return id.startsWith(QLatin1String("user/")) && id.contains(LabelInfix);
}

QDateTime fromSeconds(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

// The first href of a list of {href: …} objects.
QString firstHref(const QJsonValue &links)
{
    for (const QJsonValue &link : links.toArray()) {
        const QString href = text(link.toObject(), "href");
        if (!href.isEmpty())
            return href;
    }
    return {};
}

Feeds::Item itemOf(const QJsonObject &entry)
{
    Feeds::Item item;
    item.title = text(entry, "title");
    item.link = firstHref(entry.value(QLatin1String("alternate")));
    if (item.link.isEmpty())
        item.link = firstHref(entry.value(QLatin1String("canonical")));
    item.author = text(entry, "author");
    qint64 published = entry.value(QLatin1String("published")).toVariant().toLongLong();
    if (published <= 0) // Some servers send only when they fetched it.
        published = numberText(entry.value(QLatin1String("crawlTimeMsec"))).toLongLong() / 1000;
    item.published = fromSeconds(published);
    const qint64 updated = entry.value(QLatin1String("updated")).toVariant().toLongLong();
    if (updated > published)
        item.updated = fromSeconds(updated);
    item.content = text(entry.value(QLatin1String("content")).toObject(), "content");
    if (item.content.isEmpty()) // FreshRSS sends the body as summary only.
        item.content = text(entry.value(QLatin1String("summary")).toObject(), "content");
    for (const QJsonValue &value : entry.value(QLatin1String("enclosure")).toArray()) {
        const QJsonObject enclosure = value.toObject();
        Feeds::Enclosure media;
        media.url = text(enclosure, "href");
        if (media.url.isEmpty()) // Miniflux names it url.
            media.url = text(enclosure, "url");
        media.type = text(enclosure, "type");
        media.length = enclosure.value(QLatin1String("length")).toVariant().toLongLong();
        if (!media.url.isEmpty())
            item.enclosures.append(media);
    }
    return item;
}

} // namespace

QString authToken(const QByteArray &answer)
{
    const QJsonObject json = QJsonDocument::fromJson(answer).object();
    if (json.contains(QLatin1String("Auth")))
        return text(json, "Auth").trimmed();
    for (const QByteArray &line : answer.split('\n')) {
        if (line.startsWith("Auth="))
            return QString::fromUtf8(line.mid(5)).trimmed();
    }
    return {};
}

QString itemId(const QString &id)
{
    QString digits = id.trimmed();
    const bool longForm = digits.startsWith(LongIdPrefix);
    if (longForm)
        digits = digits.mid(LongIdPrefix.size());
    if (digits.isEmpty())
        return {};
    bool ok = false;
    if (longForm) {
        // Google's item ids are 64-bit numbers written as 16 hex digits.
        const quint64 number = digits.size() <= 16 ? digits.toULongLong(&ok, 16) : 0;
        if (ok)
            return QString::number(qint64(number));
    } else {
        const qint64 number = digits.toLongLong(&ok, 10);
        if (ok)
            return QString::number(number);
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    return hex.match(digits).hasMatch() ? digits.toLower() : QString();
}

QString longItemId(const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok, 10);
    if (!ok)
        return LongIdPrefix + id;
    return LongIdPrefix + QStringLiteral("%1").arg(quint64(number), 16, 16, QLatin1Char('0'));
}

QString streamId(const QString &id)
{
    static const QRegularExpression user(QStringLiteral("^user/[^/]+/"));
    QString canonical = id;
    return canonical.replace(user, QStringLiteral("user/-/"));
}

bool isState(const QString &category, QLatin1String state)
{
    const qsizetype at = category.indexOf(StatePrefix);
    return category.startsWith(QLatin1String("user/")) && at > 0 &&
           QStringView(category).mid(at + StatePrefix.size()) == state;
}

IdPage idPage(const QJsonObject &answer)
{
    IdPage page;
    QSet<QString> seen;
    for (const QJsonValue &value : answer.value(QLatin1String("itemRefs")).toArray()) {
        const QString id = itemId(numberText(value.toObject().value(QLatin1String("id"))));
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            page.ids.append(id);
        }
    }
    page.continuation = numberText(answer.value(QLatin1String("continuation")));
    if (page.continuation == QLatin1String("0"))
        page.continuation.clear();
    return page;
}

QList<Storage::RemoteFolder> folders(const QJsonObject &tagList)
{
    QList<Storage::RemoteFolder> result;
    for (const QJsonValue &value : tagList.value(QLatin1String("tags")).toArray()) {
        const QJsonObject tag = value.toObject();
        const QString id = streamId(text(tag, "id"));
        const QString type = text(tag, "type");
        if (!isLabel(id) || (!type.isEmpty() && type != QLatin1String("folder")))
            continue;
        result.append({id, labelTitle(id)});
    }
    return result;
}

QList<Storage::RemoteSource> sources(const QJsonObject &subscriptionList)
{
    QList<Storage::RemoteSource> result;
    for (const QJsonValue &value :
         subscriptionList.value(QLatin1String("subscriptions")).toArray()) {
        const QJsonObject subscription = value.toObject();
        Storage::RemoteSource source;
        source.id = numberText(subscription.value(QLatin1String("id")));
        if (source.id.isEmpty())
            continue;
        for (const QJsonValue &category :
             subscription.value(QLatin1String("categories")).toArray()) {
            const QString id = streamId(text(category.toObject(), "id"));
            if (isLabel(id)) {
                source.folderId = id;
                break;
            }
        }
        source.title = text(subscription, "title");
        source.feedUrl = QUrl(text(subscription, "url"));
        if (source.feedUrl.isEmpty() && source.id.startsWith(QLatin1String("feed/")))
            source.feedUrl = QUrl(source.id.mid(5)); // Google's ids were the feed's URL.
        source.siteUrl = QUrl(text(subscription, "htmlUrl"));
        result.append(source);
    }
    return result;
}

QList<Storage::RemoteFolder> foldersOf(const QList<Storage::RemoteSource> &sources,
                                       const QList<Storage::RemoteFolder> &known)
{
    QSet<QString> ids;
    for (const Storage::RemoteFolder &folder : known)
        ids.insert(folder.id);
    QList<Storage::RemoteFolder> missing;
    for (const Storage::RemoteSource &source : sources) {
        if (source.folderId.isEmpty() || ids.contains(source.folderId))
            continue;
        ids.insert(source.folderId);
        missing.append({source.folderId, labelTitle(source.folderId)});
    }
    return missing;
}

QList<Storage::RemoteArticle> articles(const QJsonObject &contents)
{
    QList<Storage::RemoteArticle> result;
    QList<Feeds::Item> items;
    std::vector<QString> bases;
    QSet<QString> seen;
    for (const QJsonValue &value : contents.value(QLatin1String("items")).toArray()) {
        const QJsonObject entry = value.toObject();
        Storage::RemoteArticle article;
        article.id = itemId(numberText(entry.value(QLatin1String("id"))));
        article.sourceId = text(entry.value(QLatin1String("origin")).toObject(), "streamId");
        if (article.id.isEmpty() || article.sourceId.isEmpty() || seen.contains(article.id))
            continue;
        seen.insert(article.id);
        for (const QJsonValue &category : entry.value(QLatin1String("categories")).toArray()) {
            const QString name = category.toString();
            article.read = article.read || isState(name, QLatin1String("read"));
            article.bookmarked = article.bookmarked || isState(name, QLatin1String("starred"));
        }
        result.append(article);
        items.append(itemOf(entry));
        bases.push_back(items.last().link);
    }
    // The server's HTML is as hostile as any feed's: the same sanitizer, the same way.
    Feeds::sanitizeItems(items, bases, {&Html::sanitize, &Html::firstImageUrl});
    for (qsizetype i = 0; i < result.size(); ++i)
        result[i].item = std::move(items[i]);
    return result;
}

} // namespace Sync::GReaderJson
