#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Models {

/// When an article appeared, as a list shows it: "just now", "5 minutes ago", "an hour ago",
/// "5 hours ago", "yesterday", then the date in the locale's short form. Dates in the future
/// (clocks disagree) count as "just now".
[[nodiscard]] QString relativeTime(const QDateTime &date, const QDateTime &now,
                                   const QLocale &locale = QLocale());

} // namespace Models
