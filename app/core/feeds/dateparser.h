#pragma once

#include <QDateTime>
#include <QStringView>

namespace Feeds {

/// Parses feed dates into UTC. Returns a null QDateTime when the text is not a date it can read.
///
/// Two families are understood:
/// - W3C-DTF / ISO 8601 / RFC 3339: "2025", "2025-05", "2025-05-27", "2025-05-27T10:00",
///   seconds and fractions of any length (kept to the millisecond), "Z"/"z", "+02:00", "+0200",
///   "+02", a space or "t" instead of "T", a space before the zone, a named zone after it, the
///   basic form "20250527T100000Z", ordinal days ("2003-335", "2003335", "03335"), two-digit
///   years of this century ("03-12-31", "031231") or with it left out ("-03-12", "-0312"),
///   Google's three-digit month ("2003-012-31"), month names ("2004-július-13T9:15-05:00"),
///   and the Korean hosts' local times, in +09:00:
///   "2004-05-25 오후 11:23:17", "2004년 05월 28일 01:31:15".
/// - RFC 822 / 1123 / 2822 / 850 and asctime, loosely: day name optional and ignored (even when
///   wrong, or in another language), month names in English, German, French, Spanish, Italian,
///   Dutch, Portuguese, Russian, Greek and Hungarian (full, abbreviated, any case, with or without
///   a dot), day-month-year or month-day-year, 2-digit years (00–49 → 20xx, 50–99 → 19xx) and
///   3-digit ones (+1900), seconds optional, "am"/"pm"/"p.m.", ordinals ("27th"), filler words
///   ("27 de mayo de 2025", "at"), leading words before the date, comments in parentheses, extra
///   spaces and commas, and Perforce's numeric "Fri, 2006/09/15 08:19:53 EDT".
///
/// Zones: numeric offsets (+0200, -05:30, +02, GMT+2); UT, UTC, GMT, Z, the North American zones
/// of RFC 822 (and "AT", "ET", "CT", "MT", "PT" for them) and a few common ones (BST is British
/// Summer Time, IST is India, CST is US Central); military single letters as RFC 822 defines
/// them (A is -1 hour, N is +1, M is -12, Y is +12), as feeds that use them mean; any other 3–5
/// letter zone after the time is unknown and taken as UTC. A date without a zone is taken as UTC,
/// and one without a time as midnight.
///
/// Not dates: plain numbers other than the forms above (Unix timestamps are refused: seconds and
/// milliseconds cannot be told apart reliably), all-numeric day/month orders such as "05/06/2025"
/// (ambiguous), and out-of-range fields (month 13, 31 April, hour 24, minute 60). A leap second
/// (":60") is read as :59.
[[nodiscard]] QDateTime parseDate(QStringView text);

} // namespace Feeds
