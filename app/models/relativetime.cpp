#include "models/relativetime.h"

#include <QCoreApplication>

namespace Models {

QString relativeTime(const QDateTime &date, const QDateTime &now, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    const qint64 seconds = date.secsTo(now);
    if (seconds < 60)
        return QCoreApplication::translate("Models::RelativeTime", "just now");
    const int minutes = int(seconds / 60);
    if (minutes < 2)
        return QCoreApplication::translate("Models::RelativeTime", "a minute ago");
    if (minutes < 60)
        return QCoreApplication::translate("Models::RelativeTime", "%n minutes ago", nullptr,
                                           minutes);
    const int hours = minutes / 60;
    if (hours < 2)
        return QCoreApplication::translate("Models::RelativeTime", "an hour ago");
    const QDate day = date.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    // Hours read better than "yesterday" for last night's articles read in the morning.
    if (day == today || hours < 6)
        return QCoreApplication::translate("Models::RelativeTime", "%n hours ago", nullptr, hours);
    if (day == today.addDays(-1))
        return QCoreApplication::translate("Models::RelativeTime", "yesterday");
    return locale.toString(day, QLocale::ShortFormat);
}

} // namespace Models
