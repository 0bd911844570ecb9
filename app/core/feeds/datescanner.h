#pragma once

#include <QChar>
#include <QDateTime>

// The pieces the date readers share: the fields of a date, reading digits, offsets and words, and
// the names of zones and months. Internal to the date parser (dateparser.cpp, isodate.cpp,
// writtendate.cpp); nothing here allocates.
namespace Feeds::DateScan {

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

/// The instant the fields name, in UTC; null when a field is out of range.
[[nodiscard]] QDateTime toUtc(const Fields &f);

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

inline void skipSpaces(const char16_t *&p, const char16_t *end)
{
    while (p < end && isSpace(*p))
        ++p;
}

/// Reads exactly `count` digits; false (and `p` unmoved) when there are fewer.
bool readFixed(const char16_t *&p, const char16_t *end, int count, int &value);
/// Reads 1..maxCount digits; returns how many were read (0 when none).
int readDigits(const char16_t *&p, const char16_t *end, int maxCount, int &value);
/// How many digits start at `p` (at most `limit`), without moving.
int countDigits(const char16_t *p, const char16_t *end, int limit);
/// Fraction of a second: keeps milliseconds, ignores further digits.
void readFraction(const char16_t *&p, const char16_t *end, int &msec);
/// "+hh:mm", "+hhmm", "+hh", "+h", "+hmm" from the sign on; false when malformed or out of range.
bool readOffset(const char16_t *&p, const char16_t *end, int &offsetSeconds);

/// A word folded to lower case; size -1 when too long to be anything we know.
struct Word
{
    char16_t chars[16] = {};
    int size = 0;
};

Word readWord(const char16_t *&p, const char16_t *end);
bool equals(const Word &word, const char16_t *name);

/// Offset in seconds of a named zone ("EST", "CEST", "PT"); false when the word is not one.
bool lookupZone(const Word &word, int &offsetSeconds);
bool isUtcName(const Word &word);
/// Three to five ASCII letters: the shape of a zone abbreviation.
bool isZoneLike(const Word &word);
/// 1..12 for a month name or unambiguous prefix in one of the languages we know, else 0.
int lookupMonth(const Word &word);

} // namespace Feeds::DateScan
