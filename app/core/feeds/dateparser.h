#pragma once

#include <QDateTime>
#include <QStringView>

namespace Feeds {

/// Parses feed dates into UTC. Returns a null QDateTime when the text is not a date it can read.
///
/// Two families are understood:
/// - W3C-DTF / ISO 8601 / RFC 3339: "2025", "2025-05", "2025-05-27", "2025-05-27T10:00",
///   seconds and fractions of any length (kept to the millisecond), "Z"/"z", "+02:00", "+0200",
///   "+02", a space or "t" instead of "T", a space before the zone, a named zone after it, and the
///   basic form "20250527T100000Z".
/// - RFC 822 / 1123 / 2822 / 850 and asctime, loosely: day name optional and ignored (even when
///   wrong, or in another language), month names in English, German, French, Spanish, Italian,
///   Dutch, Portuguese and Russian (full, abbreviated, any case, with or without a dot),
///   day-month-year or month-day-year, 2-digit years (00–49 → 20xx, 50–99 → 19xx) and 3-digit ones
///   (+1900), seconds optional, "am"/"pm"/"p.m.", ordinals ("27th"), filler words ("27 de mayo
///   de 2025", "at"), leading words before the date, comments in parentheses, extra spaces and
///   commas.
///
/// Zones: numeric offsets (+0200, -05:30, +02, GMT+2); UT, UTC, GMT, Z, the North American zones
/// of RFC 822 and a few common ones (BST is British Summer Time, IST is India, CST is US Central);
/// military single letters mean UTC, as RFC 2822 §4.3 says, since RFC 822 gave them inverted
/// signs; any other 3–5 letter zone after the time is unknown and also taken as UTC. A date
/// without a zone is taken as UTC, and one without a time as midnight.
///
/// Not dates: plain numbers other than a 4-digit year or an 8-digit basic date (Unix timestamps
/// are refused: seconds and milliseconds cannot be told apart reliably), all-numeric day/month
/// orders such as "05/06/2025" (ambiguous), and out-of-range fields (month 13, 31 April,
/// hour 24, minute 60). A leap second (":60") is read as :59.
[[nodiscard]] QDateTime parseDate(QStringView text);

} // namespace Feeds
