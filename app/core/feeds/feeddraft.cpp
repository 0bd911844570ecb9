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

void ItemDraft::offerDescription(const QString &html, const QUrl &base, bool explicitBase)
{
    if (summary.rank == INT_MAX)
        offer(summary, html, 0, base, explicitBase);
    else
        offer(content, html, 3, base, explicitBase);
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

QString ItemDraft::baseOf(const Body &body, const QString &itemLink, const QUrl &documentUrl)
{
    if (body.explicitBase)
        return body.base.toString();
    if (!itemLink.isEmpty() && !QUrl(itemLink).isRelative())
        return itemLink;
    return documentUrl.toString();
}

Item ItemDraft::finish(const QUrl &documentUrl, QString &contentBase, QString &summaryBase) const
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

    const bool hasContent = content.rank != INT_MAX;
    contentBase = baseOf(hasContent ? content : summary, item.link, documentUrl);
    if (hasContent && summary.rank != INT_MAX && (summary.explicitBase || content.explicitBase)) {
        summaryBase = baseOf(summary, item.link, documentUrl);
        if (summaryBase == contentBase)
            summaryBase.clear();
    }
    return item;
}

void FeedDraft::append(const ItemDraft &item, const QUrl &documentUrl)
{
    QString contentBase;
    QString summaryBase;
    feed.items.append(item.finish(documentUrl, contentBase, summaryBase));
    contentBases.push_back(contentBase);
    if (!summaryBase.isEmpty())
        summaryBases.insert(feed.items.size() - 1, summaryBase);
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
