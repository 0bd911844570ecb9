#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Reading {

/// A small article card: enough to show a link to another article beside the one being read.
struct ArticleCard
{
    qint64 id = 0;
    QString title;
    QString sourceTitle;
    QDateTime date;  ///< The date the article list sorts by (published, never after arrival).
    QString excerpt; ///< The start of the plain text, about 200 characters.
    QString imageUrl;
};

} // namespace Reading

Q_DECLARE_METATYPE(Reading::ArticleCard)
