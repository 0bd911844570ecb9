#include "feeds/isodate.h"

#include <QDate>

namespace Feeds::DateScan {

namespace {

// Korean blog hosts write their local time without a zone.
constexpr int kKoreanOffsetSeconds = 9 * 3600;
constexpr char16_t kKoreanYear = u'\uB144';  // 년
constexpr char16_t kKoreanMonth = u'\uC6D4'; // 월
constexpr char16_t kKoreanDay = u'\uC77C';   // 일

enum class Meridiem { None, Am, Pm };

// A day of the year (1..366) as month and day of f.year.
bool setOrdinal(int ordinal, Fields &f)
{
    if (f.year < 1 || ordinal < 1 || ordinal > (QDate::isLeapYear(f.year) ? 366 : 365))
        return false;
    const QDate date = QDate(f.year, 1, 1).addDays(ordinal - 1);
    f.month = date.month();
    f.day = date.day();
    return true;
}

bool skipChar(const char16_t *&p, const char16_t *end, char16_t c)
{
    if (p == end || *p != c)
        return false;
    ++p;
    return true;
}

// "-03-12", "-0312", "-03-12-31": a year of this century with the century left out.
bool readCenturyless(const char16_t *&p, const char16_t *end, Fields &f, bool &basic)
{
    ++p;
    if (!readFixed(p, end, 2, f.year))
        return false;
    f.year += 2000;
    basic = !skipChar(p, end, '-');
    if (!readFixed(p, end, 2, f.month))
        return false;
    if (!basic && skipChar(p, end, '-'))
        return readFixed(p, end, 2, f.day);
    return true;
}

// After "YYYY-": "12", "12-31", "335" (a day of the year), "012-31" (Google's month),
// "július-13" (a month name).
bool readExtendedYearRest(const char16_t *&p, const char16_t *end, Fields &f)
{
    if (p < end && isLetter(*p)) {
        f.month = lookupMonth(readWord(p, end));
        return f.month != 0 && skipChar(p, end, '-') && readDigits(p, end, 2, f.day) > 0;
    }
    const int digits = countDigits(p, end, 4);
    if (digits == 3) {
        int value = 0;
        readFixed(p, end, 3, value);
        if (p < end && *p == '-' && p[-3] == '0') {
            f.month = value;
            ++p;
            return readDigits(p, end, 2, f.day) > 0;
        }
        return setOrdinal(value, f);
    }
    if (digits != 1 && digits != 2)
        return false;
    readDigits(p, end, 2, f.month);
    if (p == end || *p != '-')
        return true; // year and month
    ++p;
    return readDigits(p, end, 2, f.day) > 0;
}

// "년 05월 28일" after the year.
bool readKoreanDate(const char16_t *&p, const char16_t *end, Fields &f)
{
    ++p;
    skipSpaces(p, end);
    if (readDigits(p, end, 2, f.month) == 0 || !skipChar(p, end, kKoreanMonth))
        return false;
    skipSpaces(p, end);
    if (readDigits(p, end, 2, f.day) == 0 || !skipChar(p, end, kKoreanDay))
        return false;
    f.offsetSeconds = kKoreanOffsetSeconds;
    return true;
}

// The date part; `basic` says whether it had no separators (so the time may have none either).
bool readDate(const char16_t *&p, const char16_t *end, Fields &f, bool &basic)
{
    f.month = 1;
    f.day = 1;
    basic = false;
    if (*p == '-')
        return readCenturyless(p, end, f, basic);
    const int run = countDigits(p, end, 9);
    int value = 0;
    switch (run) {
    case 2: // "03-12-31", "03-335"
        readFixed(p, end, 2, f.year);
        f.year += 2000;
        if (!skipChar(p, end, '-'))
            return false;
        if (countDigits(p, end, 4) == 3)
            return readFixed(p, end, 3, value) && setOrdinal(value, f);
        return readFixed(p, end, 2, f.month) && skipChar(p, end, '-') &&
               readFixed(p, end, 2, f.day);
    case 4:
        readFixed(p, end, 4, f.year);
        if (p == end)
            return true;
        if (*p == kKoreanYear)
            return readKoreanDate(p, end, f);
        return skipChar(p, end, '-') && readExtendedYearRest(p, end, f);
    case 5: // "03335": two-digit year and day of the year
    case 7: // "2003335"
        basic = true;
        readFixed(p, end, run - 3, f.year);
        f.year += run == 5 ? 2000 : 0;
        return readFixed(p, end, 3, value) && setOrdinal(value, f);
    case 6: // "031231"
    case 8: // "20031231"
        basic = true;
        readFixed(p, end, run - 4, f.year);
        f.year += run == 6 ? 2000 : 0;
        return readFixed(p, end, 2, f.month) && readFixed(p, end, 2, f.day);
    default:
        return false;
    }
}

// Between date and time: "T", spaces, or the Korean "오전"/"오후" (morning/afternoon).
bool readTimeSeparator(const char16_t *&p, const char16_t *end, Fields &f, Meridiem &meridiem)
{
    if (*p == 'T' || *p == 't') {
        ++p;
        return true;
    }
    if (!isSpace(*p))
        return false;
    skipSpaces(p, end);
    if (p < end && isLetter(*p)) {
        const Word word = readWord(p, end);
        if (equals(word, u"\uC624\uC804"))
            meridiem = Meridiem::Am;
        else if (equals(word, u"\uC624\uD6C4"))
            meridiem = Meridiem::Pm;
        else
            return false;
        f.offsetSeconds = kKoreanOffsetSeconds;
        skipSpaces(p, end);
    }
    return true;
}

bool readZone(const char16_t *&p, const char16_t *end, Fields &f)
{
    if (*p == 'Z' || *p == 'z') {
        ++p;
        f.offsetSeconds = 0;
    } else if (*p == '+' || *p == '-') {
        if (!readOffset(p, end, f.offsetSeconds))
            return false;
        skipSpaces(p, end);
        if (p < end && !isZoneLike(readWord(p, end))) // Go's "+0000 UTC"
            return false;
    } else {
        const Word word = readWord(p, end);
        if (!lookupZone(word, f.offsetSeconds))
            return false;
        if (isUtcName(word) && p < end && (*p == '+' || *p == '-') &&
            !readOffset(p, end, f.offsetSeconds))
            return false;
    }
    return p == end;
}

} // namespace

bool parseIsoDate(const char16_t *p, const char16_t *end, Fields &f)
{
    bool basic = false;
    if (!readDate(p, end, f, basic))
        return false;
    if (p < end && isDigit(*p))
        return false;
    if (p == end)
        return true;

    Meridiem meridiem = Meridiem::None;
    if (!readTimeSeparator(p, end, f, meridiem))
        return false;
    if (p == end)
        return meridiem == Meridiem::None; // "2004년 05월 28일 " ends with the date
    const int hourDigits = readDigits(p, end, 2, f.hour);
    if (hourDigits == 0)
        return false;
    if (p < end && *p == ':')
        ++p;
    else if (!basic || hourDigits != 2)
        return false;
    if (!readFixed(p, end, 2, f.minute))
        return false;
    if (p < end && (*p == ':' || (basic && isDigit(*p)))) {
        if (*p == ':')
            ++p;
        if (!readFixed(p, end, 2, f.second))
            return false;
        if (p < end && (*p == '.' || *p == ',')) {
            ++p;
            if (p == end || !isDigit(*p))
                return false;
            readFraction(p, end, f.msec);
        }
    }
    if (meridiem != Meridiem::None) {
        if (f.hour < 1 || f.hour > 12)
            return false;
        f.hour = f.hour % 12 + (meridiem == Meridiem::Pm ? 12 : 0);
    }
    skipSpaces(p, end);
    return p == end || readZone(p, end, f);
}

} // namespace Feeds::DateScan
