#include "sync/ttrssjson.h"

#include "feeds/feedparser.h"
#include "html/sanitizer.h"

#include <QJsonObject>

namespace Sync::TtRssJson {

namespace {

// Special feeds and categories (starred, labels, uncategorized) have ids below 1.
bool isReal(const QJsonValue &id)
{
    return id.toVariant().toLongLong() > 0;
}

QDateTime fromSeconds(const QJsonValue &value)
{
    const qint64 seconds = value.toVariant().toLongLong();
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

Feeds::Item itemOf(const QJsonObject &headline)
{
    Feeds::Item item;
    item.title = headline.value(QLatin1String("title")).toString();
    item.link = headline.value(QLatin1String("link")).toString();
    item.author = headline.value(QLatin1String("author")).toString();
    item.published = fromSeconds(headline.value(QLatin1String("updated")));
    item.content = headline.value(QLatin1String("content")).toString();
    item.commentsUrl = headline.value(QLatin1String("comments_link")).toString();
    const int comments = headline.value(QLatin1String("comments_count")).toInt(-1);
    item.commentCount = comments > 0 ? comments : -1;
    for (const QJsonValue &tag : headline.value(QLatin1String("tags")).toArray()) {
        if (!tag.toString().isEmpty())
            item.categories.append(tag.toString());
    }
    for (const QJsonValue &value : headline.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject attachment = value.toObject();
        Feeds::Enclosure enclosure;
        enclosure.url = attachment.value(QLatin1String("content_url")).toString();
        enclosure.type = attachment.value(QLatin1String("content_type")).toString();
        if (!enclosure.url.isEmpty())
            item.enclosures.append(enclosure);
    }
    return item;
}

} // namespace

QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isString()) {
        bool ok = false;
        const qint64 id = value.toString().toLongLong(&ok);
        return ok ? QString::number(id) : QString();
    }
    return {};
}

QList<std::pair<QString, QString>> idsWithSources(const QJsonArray &headlines)
{
    QList<std::pair<QString, QString>> result;
    result.reserve(headlines.size());
    for (const QJsonValue &value : headlines) {
        const QJsonObject headline = value.toObject();
        const QString id = idText(headline.value(QLatin1String("id")));
        if (!id.isEmpty())
            result.append({id, idText(headline.value(QLatin1String("feed_id")))});
    }
    return result;
}

QHash<QString, int> unreadBySource(const QJsonArray &counters)
{
    QHash<QString, int> result;
    for (const QJsonValue &value : counters) {
        const QJsonObject counter = value.toObject();
        // Categories carry "kind":"cat"; special feeds and labels have ids below 1.
        const QJsonValue id = counter.value(QLatin1String("id"));
        if (counter.contains(QLatin1String("kind")) || !isReal(id))
            continue;
        result.insert(idText(id), counter.value(QLatin1String("counter")).toInt());
    }
    return result;
}

QList<Storage::RemoteFolder> folders(const QJsonArray &categories)
{
    QList<Storage::RemoteFolder> result;
    for (const QJsonValue &value : categories) {
        const QJsonObject category = value.toObject();
        if (!isReal(category.value(QLatin1String("id"))))
            continue;
        result.append({idText(category.value(QLatin1String("id"))),
                       category.value(QLatin1String("title")).toString()});
    }
    return result;
}

QList<Storage::RemoteSource> sources(const QJsonArray &feeds)
{
    QList<Storage::RemoteSource> result;
    for (const QJsonValue &value : feeds) {
        const QJsonObject feed = value.toObject();
        if (!isReal(feed.value(QLatin1String("id"))))
            continue;
        Storage::RemoteSource source;
        source.id = idText(feed.value(QLatin1String("id")));
        const QJsonValue category = feed.value(QLatin1String("cat_id"));
        source.folderId = isReal(category) ? idText(category) : QString();
        source.title = feed.value(QLatin1String("title")).toString();
        source.feedUrl = QUrl(feed.value(QLatin1String("feed_url")).toString());
        source.siteUrl = QUrl(feed.value(QLatin1String("site_url")).toString());
        result.append(source);
    }
    return result;
}

QList<Storage::RemoteArticle> articles(const QJsonArray &headlines)
{
    QList<Storage::RemoteArticle> result;
    QList<Feeds::Item> items;
    std::vector<QString> bases;
    for (const QJsonValue &value : headlines) {
        const QJsonObject headline = value.toObject();
        Storage::RemoteArticle article;
        article.id = idText(headline.value(QLatin1String("id")));
        article.sourceId = idText(headline.value(QLatin1String("feed_id")));
        if (article.id.isEmpty() || article.sourceId.isEmpty())
            continue;
        article.read = !headline.value(QLatin1String("unread")).toBool();
        article.bookmarked = headline.value(QLatin1String("marked")).toBool();
        result.append(article);
        items.append(itemOf(headline));
        bases.push_back(items.last().link);
    }
    // The server's HTML is as hostile as any feed's: the same sanitizer, the same way.
    Feeds::sanitizeItems(items, bases, {&Html::sanitize, &Html::firstImageUrl});
    for (qsizetype i = 0; i < result.size(); ++i)
        result[i].item = std::move(items[i]);
    return result;
}

QStringList ids(const QJsonArray &headlines)
{
    QStringList result;
    result.reserve(headlines.size());
    for (const QJsonValue &value : headlines) {
        const QString id = idText(value.toObject().value(QLatin1String("id")));
        if (!id.isEmpty())
            result.append(id);
    }
    return result;
}

} // namespace Sync::TtRssJson
