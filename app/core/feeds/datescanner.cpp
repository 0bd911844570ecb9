#include "feeds/datescanner.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <iterator>

namespace Feeds::DateScan {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;

inline char16_t foldCase(char16_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? char16_t(c | 0x20) : c;
    return char16_t(QChar::toLower(char32_t(c)));
}

} // namespace

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
    {u"ut", 0},
    {u"utc", 0},
    {u"gmt", 0},
    {u"z", 0},
    {u"wet", 0},
    {u"est", -300},
    {u"edt", -240},
    {u"cst", -360},
    {u"cdt", -300},
    {u"mst", -420},
    {u"mdt", -360},
    {u"pst", -480},
    {u"pdt", -420},
    {u"akst", -540},
    {u"akdt", -480},
    {u"hst", -600},
    {u"ast", -240},
    {u"adt", -180},
    {u"nst", -210},
    {u"ndt", -150},
    {u"bst", 60},
    {u"ist", 330},
    {u"cet", 60},
    {u"cest", 120},
    {u"met", 60},
    {u"mest", 120},
    {u"west", 60},
    {u"eet", 120},
    {u"eest", 180},
    {u"msk", 180},
    {u"jst", 540},
    {u"kst", 540},
    {u"hkt", 480},
    {u"sgt", 480},
    {u"awst", 480},
    {u"acst", 570},
    {u"acdt", 630},
    {u"aest", 600},
    {u"aedt", 660},
    {u"nzst", 720},
    {u"nzdt", 780},
    // Not zones at all, but feeds write them for the US zones (Disney did): AT is AST, and so on.
    {u"at", -240},
    {u"et", -300},
    {u"ct", -360},
    {u"mt", -420},
    {u"pt", -480},
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

bool isUtcName(const Word &word)
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
    // Greek abbreviations as Greek feeds write them, accented or not, and the genitive names
    {u"ιαν", 1}, {u"φεβ", 2}, {u"μάώ", 3}, {u"μαώ", 3}, {u"μάρ", 3}, {u"μαρ", 3}, {u"απρ", 4},
    {u"μάι", 5}, {u"μαϊ", 5}, {u"μαι", 5}, {u"ιούν", 6}, {u"ιον", 6}, {u"ιουν", 6},
    {u"ιούλ", 7}, {u"ιολ", 7}, {u"ιουλ", 7}, {u"αύγ", 8}, {u"αυγ", 8}, {u"σεπ", 9},
    {u"οκτ", 10}, {u"νοέ", 11}, {u"νοε", 11}, {u"δεκ", 12},
    {u"ιανουαρίου", 1}, {u"φεβρουαρίου", 2}, {u"μαρτίου", 3}, {u"απριλίου", 4}, {u"μαΐου", 5},
    {u"ιουνίου", 6}, {u"ιουλίου", 7}, {u"αυγούστου", 8}, {u"σεπτεμβρίου", 9},
    {u"οκτωβρίου", 10}, {u"νοεμβρίου", 11}, {u"δεκεμβρίου", 12},
    // Hungarian (and "februári", "máujus" as Hungarian feeds misspelled them)
    {u"január", 1}, {u"február", 2}, {u"februári", 2}, {u"március", 3}, {u"április", 4},
    {u"május", 5}, {u"máujus", 5}, {u"június", 6}, {u"július", 7}, {u"augusztus", 8},
    {u"szeptember", 9}, {u"október", 10},
};
// clang-format on

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

int countDigits(const char16_t *p, const char16_t *end, int limit)
{
    int n = 0;
    while (p + n < end && n < limit && isDigit(p[n]))
        ++n;
    return n;
}

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

} // namespace Feeds::DateScan
