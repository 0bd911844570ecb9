#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Reading {

/// One comment of an article's comment feed.
struct Comment
{
    QString author;
    QDateTime date; ///< Null when the feed gave none.
    QString html;   ///< Sanitized HTML.
};

} // namespace Reading

Q_DECLARE_METATYPE(Reading::Comment)
