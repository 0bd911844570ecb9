#include "feeds/dateparser.h"

#include <QChar>
#include <QDate>

#include <algorithm>
#include <array>
#include <iterator>

namespace Feeds {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;

struct Fields
{
    int year = -1;
    int month = -1;
    int day = -1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    int offsetSeconds = 0; // east of UTC
};

QDateTime toUtc(const Fields &f)
{
    if (f.year < 1 || f.year > 9999 || !QDate::isValid(f.year, f.month, f.day))
        return {};
    if (f.hour < 0 || f.hour > 23 || f.minute < 0 || f.minute > 59 || f.second < 0 || f.second > 60)
        return {};
    const int second = f.second == 60 ? 59 : f.second; // a leap second, which QTime cannot hold
    const qint64 days = QDate(f.year, f.month, f.day).toJulianDay() - kUnixEpochJulianDay;
    const qint64 secs = ((days * 24 + f.hour) * 60 + f.minute) * 60 + second - f.offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + f.msec, Qt::UTC);
}

inline bool isDigit(char16_t c)
{
    return c >= '0' && c <= '9';
}

inline bool isSpace(char16_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0;
}

inline bool isLetter(char16_t c)
{
    if (c < 0x80)
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return QChar::isLetter(c);
}

inline char16_t foldCase(char16_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? char16_t(c | 0x20) : c;
    return char16_t(QChar::toLower(char32_t(c)));
}

// Reads exactly `count` digits; false when there are fewer.
bool readFixed(const char16_t *&p, const char16_t *end, int count, int &value)
{
    if (end - p < count)
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (!isDigit(p[i]))
            return false;
        v = v * 10 + (p[i] - '0');
    }
    p += count;
    value = v;
    return true;
}

// Reads 1..maxCount digits; returns how many were read (0 when none).
int readDigits(const char16_t *&p, const char16_t *end, int maxCount, int &value)
{
    int v = 0;
    int n = 0;
    while (p < end && isDigit(*p) && n < maxCount) {
        v = v * 10 + (*p - '0');
        ++p;
        ++n;
    }
    value = v;
    return n;
}

// Fraction of a second: keeps milliseconds, ignores further digits.
void readFraction(const char16_t *&p, const char16_t *end, int &msec)
{
    int scale = 100;
    msec = 0;
    while (p < end && isDigit(*p)) {
        msec += (*p - '0') * scale;
        scale /= 10;
        ++p;
    }
}

// "+hh:mm", "+hhmm", "+hh", "+h", "+hmm" after the sign; false when malformed or out of range.
bool readOffset(const char16_t *&p, const char16_t *end, int &offsetSeconds)
{
    const int sign = *p == '-' ? -1 : 1;
    ++p;
    int value = 0;
    const char16_t *start = p;
    const int digits = readDigits(p, end, 4, value);
    if (p < end && isDigit(*p))
        return false;
    int hours = 0;
    int minutes = 0;
    if (digits == 4 || digits == 3) {
        hours = value / 100;
        minutes = value % 100;
    } else if (digits == 1 || digits == 2) {
        hours = value;
        if (p < end && *p == ':') {
            ++p;
            if (!readFixed(p, end, 2, minutes))
                return false;
        }
    } else {
        p = start;
        return false;
    }
    if (hours > 23 || minutes > 59)
        return false;
    offsetSeconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

struct NamedZone
{
    const char16_t *name;
    int offsetMinutes;
};

// RFC 822's zones and common abbreviations whose meaning is settled in feeds.
const NamedZone kZones[] = {
    {u"ut", 0},     {u"utc", 0},    {u"gmt", 0},    {u"z", 0},       {u"wet", 0},
    {u"est", -300}, {u"edt", -240}, {u"cst", -360}, {u"cdt", -300},  {u"mst", -420},
    {u"mdt", -360}, {u"pst", -480}, {u"pdt", -420}, {u"akst", -540}, {u"akdt", -480},
    {u"hst", -600}, {u"ast", -240}, {u"adt", -180}, {u"nst", -210},  {u"ndt", -150},
    {u"bst", 60},   {u"ist", 330},  {u"cet", 60},   {u"cest", 120},  {u"met", 60},
    {u"mest", 120}, {u"west", 60},  {u"eet", 120},  {u"eest", 180},  {u"msk", 180},
    {u"jst", 540},  {u"kst", 540},  {u"hkt", 480},  {u"sgt", 480},   {u"awst", 480},
    {u"acst", 570}, {u"acdt", 630}, {u"aest", 600}, {u"aedt", 660},  {u"nzst", 720},
    {u"nzdt", 780},
};

struct Word
{
    char16_t chars[16] = {};
    int size = 0; // -1 when too long to be anything we know
};

bool equals(const Word &word, const char16_t *name)
{
    int i = 0;
    for (; i < word.size; ++i) {
        if (name[i] != word.chars[i])
            return false;
    }
    return name[i] == 0;
}

// Offset in seconds of a named zone; false when the name is not one.
// Up to four code units in one integer, for comparing short names in one step.
constexpr quint64 pack(const char16_t *s, int n)
{
    quint64 key = 0;
    for (int i = 0; i < n && i < 4 && s[i] != 0; ++i)
        key |= quint64(s[i]) << (16 * i);
    return key;
}

bool lookupZone(const Word &word, int &offsetSeconds)
{
    if (word.size < 1 || word.size > 4)
        return false;
    static const auto keys = [] {
        std::array<quint64, std::size(kZones)> packed{};
        for (size_t i = 0; i < packed.size(); ++i)
            packed[i] = pack(kZones[i].name, 4);
        return packed;
    }();
    const quint64 key = pack(word.chars, word.size);
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key) {
            offsetSeconds = kZones[i].offsetMinutes * 60;
            return true;
        }
    }
    return false;
}

inline bool isUtcName(const Word &word)
{
    return equals(word, u"ut") || equals(word, u"utc") || equals(word, u"gmt");
}

struct MonthName
{
    const char16_t *name;
    int month;
};

// Full names (and the odd abbreviation that is not a prefix); any prefix of three letters or
// more that points at one month only is accepted too.
// clang-format off
const MonthName kMonths[] = {
    // English
    {u"january", 1}, {u"february", 2}, {u"march", 3}, {u"april", 4}, {u"may", 5}, {u"june", 6},
    {u"july", 7}, {u"august", 8}, {u"september", 9}, {u"october", 10}, {u"november", 11},
    {u"december", 12},
    // German
    {u"januar", 1}, {u"jänner", 1}, {u"februar", 2}, {u"märz", 3}, {u"maerz", 3}, {u"mrz", 3},
    {u"mai", 5}, {u"juni", 6}, {u"juli", 7}, {u"oktober", 10}, {u"dezember", 12},
    // French
    {u"janvier", 1}, {u"février", 2}, {u"fevrier", 2}, {u"mars", 3}, {u"avril", 4},
    {u"juin", 6}, {u"juillet", 7}, {u"août", 8}, {u"aout", 8}, {u"septembre", 9},
    {u"octobre", 10}, {u"novembre", 11}, {u"décembre", 12}, {u"decembre", 12},
    // Spanish
    {u"enero", 1}, {u"febrero", 2}, {u"marzo", 3}, {u"abril", 4}, {u"mayo", 5}, {u"junio", 6},
    {u"julio", 7}, {u"agosto", 8}, {u"septiembre", 9}, {u"setiembre", 9}, {u"octubre", 10},
    {u"noviembre", 11}, {u"diciembre", 12},
    // Italian
    {u"gennaio", 1}, {u"febbraio", 2}, {u"aprile", 4}, {u"maggio", 5}, {u"giugno", 6},
    {u"luglio", 7}, {u"settembre", 9}, {u"ottobre", 10}, {u"dicembre", 12},
    // Dutch
    {u"januari", 1}, {u"februari", 2}, {u"maart", 3}, {u"mrt", 3}, {u"mei", 5},
    {u"augustus", 8},
    // Portuguese
    {u"janeiro", 1}, {u"fevereiro", 2}, {u"março", 3}, {u"marco", 3}, {u"maio", 5},
    {u"junho", 6}, {u"julho", 7}, {u"setembro", 9}, {u"outubro", 10}, {u"novembro", 11},
    {u"dezembro", 12},
    // Russian, nominative and genitive
    {u"январь", 1}, {u"января", 1}, {u"февраль", 2}, {u"февраля", 2}, {u"март", 3},
    {u"марта", 3}, {u"апрель", 4}, {u"апреля", 4}, {u"май", 5}, {u"мая", 5}, {u"июнь", 6},
    {u"июня", 6}, {u"июль", 7}, {u"июля", 7}, {u"август", 8}, {u"августа", 8},
    {u"сентябрь", 9}, {u"сентября", 9}, {u"октябрь", 10}, {u"октября", 10}, {u"ноябрь", 11},
    {u"ноября", 11}, {u"декабрь", 12}, {u"декабря", 12},
};
// clang-format on

// 1..12, or 0 when the word is no month name (or an ambiguous prefix such as "jui").
int lookupMonth(const Word &word)
{
    if (word.size < 3)
        return 0;
    // Names sorted by their first three letters, found by binary search, then compared in full.
    struct Prefix
    {
        quint64 key;
        const MonthName *entry;
        bool operator<(const Prefix &other) const { return key < other.key; }
    };
    static const auto prefixes = [] {
        std::array<Prefix, std::size(kMonths)> sorted{};
        for (size_t i = 0; i < sorted.size(); ++i)
            sorted[i] = {pack(kMonths[i].name, 3), &kMonths[i]};
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }();
    const auto range =
        std::equal_range(prefixes.begin(), prefixes.end(), Prefix{pack(word.chars, 3), nullptr});
    int found = 0;
    for (auto it = range.first; it != range.second; ++it) {
        const MonthName &entry = *it->entry;
        int i = 3;
        while (i < word.size && entry.name[i] == word.chars[i])
            ++i;
        if (i != word.size)
            continue;
        if (found != 0 && found != entry.month)
            return 0;
        found = entry.month;
    }
    return found;
}

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

// Three to five ASCII letters: the shape of a zone abbreviation.
bool isZoneLike(const Word &word)
{
    if (word.size < 3 || word.size > 5)
        return false;
    for (int i = 0; i < word.size; ++i) {
        if (word.chars[i] >= 0x80)
            return false;
    }
    return true;
}

Word readWord(const char16_t *&p, const char16_t *end)
{
    Word word;
    while (p < end && isLetter(*p)) {
        if (word.size >= 15)
            word.size = -1;
        if (word.size >= 0)
            word.chars[word.size++] = foldCase(*p);
        ++p;
    }
    return word;
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

// W3C-DTF / ISO 8601 / RFC 3339. `p` starts at four digits; `end` excludes trailing spaces.
bool parseIso(const char16_t *p, const char16_t *end, Fields &f)
{
    if (!readFixed(p, end, 4, f.year))
        return false;
    f.month = 1;
    f.day = 1;
    bool basic = false;
    if (p == end)
        return true;
    if (*p == '-') {
        ++p;
        if (readDigits(p, end, 2, f.month) == 0)
            return false;
        if (p == end)
            return true;
        if (*p != '-')
            return false;
        ++p;
        if (readDigits(p, end, 2, f.day) == 0)
            return false;
    } else {
        basic = true;
        if (!readFixed(p, end, 2, f.month) || !readFixed(p, end, 2, f.day))
            return false;
    }
    if (p < end && isDigit(*p))
        return false;
    if (p == end)
        return true;

    if (*p == 'T' || *p == 't' || isSpace(*p)) {
        ++p;
        while (p < end && isSpace(*p))
            ++p;
    } else {
        return false;
    }
    if (!readFixed(p, end, 2, f.hour))
        return false;
    if (p < end && *p == ':')
        ++p;
    else if (!basic)
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
    while (p < end && isSpace(*p))
        ++p;
    if (p == end)
        return true;
    if (*p == 'Z' || *p == 'z') {
        ++p;
    } else if (*p == '+' || *p == '-') {
        if (!readOffset(p, end, f.offsetSeconds))
            return false;
        while (p < end && isSpace(*p))
            ++p;
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

// RFC 822 and relatives: a scan over words, numbers, a time and a zone, in any sensible order.
bool parseWritten(const char16_t *p, const char16_t *end, Fields &f)
{
    int numbers[2] = {};
    int numberDigits[2] = {};
    int numberCount = 0;
    bool monthWasDayName = false; // "mar." in French/Spanish is Tuesday, before the real month
    bool haveTime = false;
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
            if (numberCount == 2)
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
                zone = Zone::Set; // military letter: unknown per RFC 2822, so UTC
                f.offsetSeconds = 0;
            } else if (const int month = lookupMonth(word)) {
                if (f.month > 0 && !monthWasDayName)
                    return false;
                f.month = month;
                // Before any number it may be a day name ("mar" is Tuesday in French, Spanish and
                // Italian): a later month name then replaces it.
                monthWasDayName = beforeNumbers;
            } else if (zone == Zone::None && lookupZone(word, offset)) {
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

} // namespace

QDateTime parseDate(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end && isSpace(*p))
        ++p;
    while (end > p && isSpace(end[-1]))
        --end;
    if (p == end)
        return {};

    Fields fields;
    if (end - p >= 4 && isDigit(p[0]) && isDigit(p[1]) && isDigit(p[2]) && isDigit(p[3]) &&
        (end - p == 4 || !isSpace(p[4]))) {
        if (parseIso(p, end, fields))
            return toUtc(fields);
        return {};
    }
    if (parseWritten(p, end, fields))
        return toUtc(fields);
    return {};
}

} // namespace Feeds
