#include "feeds/feeddraft.h"

namespace Feeds {

void ItemDraft::offer(Body &body, const QString &html, int rank, const QUrl &base,
                      bool explicitBase)
{
    if (rank >= body.rank || html.trimmed().isEmpty())
        return;
    body.html = html;
    body.rank = rank;
    body.base = base;
    body.explicitBase = explicitBase;
}

void ItemDraft::addCategory(const QString &category)
{
    if (!category.isEmpty() && !categories.contains(category))
        categories.append(category);
}

void ItemDraft::addEnclosure(const Enclosure &enclosure)
{
    if (enclosure.url.isEmpty())
        return;
    for (Enclosure &known : enclosures) {
        if (known.url == enclosure.url) {
            if (known.type.isEmpty())
                known.type = enclosure.type;
            if (known.length <= 0)
                known.length = enclosure.length;
            return;
        }
    }
    enclosures.append(enclosure);
}

Item ItemDraft::finish(const QUrl &documentUrl, QString &contentBase) const
{
    Item item;
    item.link = link.value();
    item.id = id.has() ? id.value() : item.link;
    item.title = title.value();
    item.author = author.value();
    item.published = published.value();
    item.updated = updated.value();
    item.summary = summary.html;
    item.content = content.html;
    item.categories = categories;
    item.enclosures = enclosures;
    item.commentsUrl = commentsUrl.value();
    item.commentFeedUrl = commentFeedUrl.value();
    item.commentCount = commentCount.has() ? commentCount.value() : -1;
    item.duration = duration.has() ? duration.value() : -1;
    item.image = image.value();
    if (item.image.isEmpty()) {
        for (const Enclosure &enclosure : enclosures) {
            if (enclosure.type.startsWith(QLatin1String("image/"))) {
                item.image = enclosure.url;
                break;
            }
        }
    }

    const Body &body = content.rank != INT_MAX ? content : summary;
    if (body.explicitBase)
        contentBase = body.base.toString();
    else if (!item.link.isEmpty() && !QUrl(item.link).isRelative())
        contentBase = item.link;
    else
        contentBase = documentUrl.toString();
    return item;
}

void ChannelDraft::applyTo(Feed &feed) const
{
    feed.title = title.value();
    feed.link = link.value();
    feed.subtitle = subtitle.value();
    feed.language = language.value();
    feed.author = author.value();
    feed.icon = icon.value();
    feed.updated = updated.value();
    if (ttlMinutes.has())
        feed.ttlMinutes = ttlMinutes.value();
    else if (updatePeriodMinutes > 0)
        feed.ttlMinutes = std::max(1, updatePeriodMinutes / std::max(1, updateFrequency));
}

} // namespace Feeds
