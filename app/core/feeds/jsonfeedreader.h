#pragma once

#include "feeds/feeddraft.h"

#include <QJsonObject>
#include <QUrl>

namespace Feeds {

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org): 1.1's "authors" and "language" and
/// 1.0's "author" alike. Unknown keys and "_" extensions are ignored.
class JsonFeedReader final
{
public:
    explicit JsonFeedReader(QUrl documentUrl);

    /// The draft, or one with error set when the object is not a JSON Feed.
    [[nodiscard]] FeedDraft read(const QJsonObject &object);

    /// Json10 or Json11 from the "version" URL; Unknown when it is none.
    [[nodiscard]] static Format formatOf(const QJsonObject &object);

private:
    void readItem(const QJsonObject &object, const QUrl &base, FeedDraft &draft);
    [[nodiscard]] QString author(const QJsonObject &object) const;
    [[nodiscard]] QDateTime date(const QJsonValue &value, QStringList &warnings) const;

    QUrl m_documentUrl;
};

} // namespace Feeds
