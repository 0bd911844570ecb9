#include "feeds/writtendate.h"

namespace Feeds::DateScan {

namespace {

// Little words between the parts of a written date: "27 de mayo de 2025", "May 27 at 10:00".
bool isFiller(const Word &word)
{
    // clang-format off
    static const char16_t *const fillers[] = {
        u"de", u"del", u"of", u"at", u"um", u"à", u"a", u"le", u"the", u"el", u"las", u"г",
        u"года", u"в",
        u"st", u"nd", u"rd", u"th", // English ordinals: "27th May"
    };
    // clang-format on
    for (const char16_t *filler : fillers) {
        if (equals(word, filler))
            return true;
    }
    return false;
}

// "am", "pm", "a.m." or "p.m." (the word read so far is "a" or "p"; `p` then moves past ".m").
bool isMeridiem(const Word &word, const char16_t *&p, const char16_t *end)
{
    if (equals(word, u"am") || equals(word, u"pm"))
        return true;
    if ((equals(word, u"a") || equals(word, u"p")) && end - p >= 2 && p[0] == '.' &&
        (p[1] | 0x20) == 'm' && (end - p == 2 || !isLetter(p[2]))) {
        p += 2;
        return true;
    }
    return false;
}

// RFC 822's military zones: Z is UTC, A to M (without J) are one to twelve hours west, N to Y
// one to twelve hours east. RFC 2822 warns that senders got the signs wrong, but feeds that write
// them follow RFC 822, and so do the common feed parsers.
int militaryOffset(char16_t letter)
{
    int hours = 0;
    if (letter >= 'a' && letter <= 'i')
        hours = -(letter - 'a' + 1);
    else if (letter >= 'k' && letter <= 'm')
        hours = -(letter - 'k' + 10);
    else if (letter >= 'n' && letter <= 'y')
        hours = letter - 'n' + 1;
    return hours * 3600;
}

// The "/09/15" or "-09-15" after a four-digit year; `p` moves past it only when it is there.
bool readNumericDate(const char16_t *&p, const char16_t *end, Fields &f)
{
    const char16_t *q = p;
    if (q == end || (*q != '/' && *q != '-'))
        return false;
    const char16_t separator = *q++;
    int month = 0;
    int day = 0;
    if (readDigits(q, end, 2, month) == 0 || q == end || *q != separator)
        return false;
    ++q;
    if (readDigits(q, end, 2, day) == 0 || (q < end && isDigit(*q)))
        return false;
    f.month = month;
    f.day = day;
    p = q;
    return true;
}

} // namespace

// RFC 822 and relatives: a scan over words, numbers, a time and a zone, in any sensible order.
bool parseWrittenDate(const char16_t *p, const char16_t *end, Fields &f)
{
    int numbers[2] = {};
    int numberDigits[2] = {};
    int numberCount = 0;
    bool monthWasDayName = false; // "mar." in French/Spanish is Tuesday, before the real month
    bool haveTime = false;
    bool numericDate = false; // year, month and day given as "2006/09/15"
    enum class Zone { None, UtcName, Set } zone = Zone::None;

    while (p < end) {
        const char16_t c = *p;
        if (isSpace(c) || c == ',' || c == '.' || c == '/' || c == ';') {
            ++p;
        } else if (c == '(') { // an RFC 2822 comment, e.g. "(CEST)"
            while (p < end && *p != ')')
                ++p;
            if (p < end)
                ++p;
        } else if ((c == '+' || (c == '-' && haveTime)) && p + 1 < end && isDigit(p[1])) {
            if (zone == Zone::Set || !readOffset(p, end, f.offsetSeconds))
                return false;
            zone = Zone::Set;
        } else if (c == '-') {
            ++p;
        } else if (isDigit(c)) {
            int value = 0;
            const int digits = readDigits(p, end, 9, value);
            if (p < end && isDigit(*p))
                return false;
            if (p < end && *p == ':' && digits <= 2) {
                if (haveTime)
                    return false;
                haveTime = true;
                f.hour = value;
                ++p;
                if (!readFixed(p, end, 2, f.minute))
                    return false;
                if (p < end && *p == ':') {
                    ++p;
                    if (!readFixed(p, end, 2, f.second))
                        return false;
                    if (p + 1 < end && (*p == '.' || *p == ',') && isDigit(p[1])) {
                        ++p;
                        readFraction(p, end, f.msec);
                    }
                }
                if (p < end && isDigit(*p))
                    return false;
                continue;
            }
            if (digits == 4 && f.month < 0 && numberCount == 0 && readNumericDate(p, end, f)) {
                f.year = value; // Perforce: "Fri, 2006/09/15 08:19:53 EDT"
                numericDate = true;
                continue;
            }
            if (numberCount == 2 || numericDate)
                return false;
            numbers[numberCount] = value;
            numberDigits[numberCount] = digits;
            ++numberCount;
            if (p < end && *p == ':' && digits == 4) // "27/May/2025:10:00:00", as in web logs
                ++p;
        } else if (isLetter(c)) {
            const Word word = readWord(p, end);
            if (word.size < 0)
                return false;
            const bool beforeNumbers = numberCount == 0 && !haveTime;
            int offset = 0;
            if (haveTime && isMeridiem(word, p, end)) {
                if (f.hour < 1 || f.hour > 12)
                    return false;
                f.hour = f.hour % 12 + (word.chars[0] == 'p' ? 12 : 0);
            } else if (haveTime && zone == Zone::None && word.size == 1 && word.chars[0] < 0x80) {
                zone = Zone::Set;
                f.offsetSeconds = militaryOffset(word.chars[0]);
            } else if (const int month = lookupMonth(word)) {
                if (f.month > 0 && !monthWasDayName)
                    return false;
                f.month = month;
                // Before any number it may be a day name ("mar" is Tuesday in French, Spanish and
                // Italian): a later month name then replaces it.
                monthWasDayName = beforeNumbers;
            } else if (zone == Zone::None && (haveTime || word.size > 2) &&
                       lookupZone(word, offset)) { // "at" before the time is a filler word
                f.offsetSeconds = offset;
                zone = isUtcName(word) ? Zone::UtcName : Zone::Set;
            } else if (isFiller(word) || (beforeNumbers && f.month < 0)) {
                // day names in any language, or a filler word
            } else if (zone == Zone::Set && isZoneLike(word)) {
                // "-0700 PDT": the numeric offset already said it
            } else if (haveTime && zone == Zone::None && isZoneLike(word)) {
                zone = Zone::Set; // an unknown zone: RFC 2822 says to take it as UTC
                f.offsetSeconds = 0;
            } else {
                return false;
            }
        } else {
            return false;
        }
    }

    if (numericDate)
        return numberCount == 0;
    if (f.month < 0 || numberCount != 2)
        return false;
    const int dayIndex = numberDigits[0] >= 3 ? 1 : 0; // "2025 May 27" puts the year first
    const int yearIndex = 1 - dayIndex;
    if (numberDigits[dayIndex] > 2 || numberDigits[yearIndex] > 4)
        return false;
    f.day = numbers[dayIndex];
    f.year = numbers[yearIndex];
    if (numberDigits[yearIndex] <= 2)
        f.year += f.year < 50 ? 2000 : 1900;
    else if (numberDigits[yearIndex] == 3)
        f.year += 1900;
    return true;
}

} // namespace Feeds::DateScan
