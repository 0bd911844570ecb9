#include "feeds/dateparser.h"

#include "feeds/isodate.h"
#include "feeds/writtendate.h"

namespace Feeds {

QDateTime parseDate(QStringView text)
{
    using namespace DateScan;
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    skipSpaces(p, end);
    while (end > p && isSpace(end[-1]))
        --end;
    if (p == end)
        return {};

    Fields fields;
    // Numbers first ("2025-05-27", "20250527", "03-12-31", "-0312") are ISO 8601; a number and a
    // space ("27 May 2025", "2025 May 27") starts a written date.
    const int run = countDigits(p, end, 9);
    const bool numeric = run > 0 || (*p == '-' && end - p > 1 && isDigit(p[1]));
    if (numeric && (p + run == end || !isSpace(p[run]))) {
        if (parseIsoDate(p, end, fields))
            return toUtc(fields);
        // Left for the written reader: a day before a month name ("27-May-25") and the Perforce
        // year ("2006/09/15"); other digit runs are not dates (Unix timestamps, for one).
        if (run >= 4 && (p + run == end || p[run] != '/'))
            return {};
        fields = Fields();
    }
    if (parseWrittenDate(p, end, fields))
        return toUtc(fields);
    return {};
}

} // namespace Feeds
