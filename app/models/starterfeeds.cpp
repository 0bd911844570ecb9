#include "models/starterfeeds.h"

#include "net/weburl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Models {

QList<StarterTopic> readStarterFeeds(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QList<StarterTopic> topics;
    const QJsonArray topicArray = document.object().value(QLatin1String("topics")).toArray();
    for (const QJsonValue &topicValue : topicArray) {
        const QJsonObject topicObject = topicValue.toObject();
        StarterTopic topic;
        topic.id = topicObject.value(QLatin1String("id")).toString();
        const QJsonArray feedArray = topicObject.value(QLatin1String("feeds")).toArray();
        for (const QJsonValue &feedValue : feedArray) {
            const QJsonObject feedObject = feedValue.toObject();
            StarterFeed feed;
            feed.title = feedObject.value(QLatin1String("title")).toString().trimmed();
            feed.url = QUrl(feedObject.value(QLatin1String("url")).toString(), QUrl::StrictMode);
            feed.siteUrl =
                QUrl(feedObject.value(QLatin1String("site")).toString(), QUrl::StrictMode);
            feed.language = feedObject.value(QLatin1String("language")).toString();
            if (feed.title.isEmpty() || !Net::isWebUrl(feed.url))
                continue;
            if (!Net::isWebUrl(feed.siteUrl))
                feed.siteUrl.clear();
            topic.feeds.append(feed);
        }
        if (!topic.id.isEmpty() && !topic.feeds.isEmpty())
            topics.append(topic);
    }
    return topics;
}

} // namespace Models
