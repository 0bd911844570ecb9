#include "text/mojibake.h"

#include "text/charsets.h"
#include "text/utf8.h"

#include <cstdint>
#include <cstring>

namespace Text::Mojibake {

namespace {

constexpr int kMaxRounds = 3; // UTF-8 misread three times is beyond what feeds do

// The code point at utf8[i] of valid UTF-8, and its length in bytes.
char32_t decodeAt(std::string_view utf8, std::size_t i, std::size_t &length)
{
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
        length = 1;
        return c;
    }
    const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t value = c & (0x3F >> extra);
    length = 1;
    for (int k = 0; k < extra && i + length < utf8.size(); ++k, ++length)
        value = (value << 6) | (static_cast<unsigned char>(utf8[i + length]) & 0x3F);
    return value;
}

// The byte a character was read from: windows-1252, or Latin-1 for the C1 controls (which
// character references such as "&#128;" also give); -1 when none.
int misreadByte(char32_t c)
{
    return (c >= 0x80 && c <= 0x9F) ? int(c) : Charsets::windows1252Byte(c);
}

// Continuation bytes a lead byte needs, and the range its first continuation must be in for the
// sequence to be well-formed (no overlong forms, surrogates or values past U+10FFFF).
struct Lead
{
    int continuations = 0;
    int firstMin = 0x80;
    int firstMax = 0xBF;
};

Lead leadOf(int byte)
{
    if (byte >= 0xC2 && byte <= 0xDF)
        return {1};
    if (byte == 0xE0)
        return {2, 0xA0, 0xBF};
    if (byte == 0xED)
        return {2, 0x80, 0x9F};
    if (byte >= 0xE1 && byte <= 0xEF)
        return {2};
    if (byte == 0xF0)
        return {3, 0x90, 0xBF};
    if (byte == 0xF4)
        return {3, 0x80, 0x8F};
    if (byte >= 0xF1 && byte <= 0xF3)
        return {3};
    return {};
}

// Whether a well-formed sequence is surely misread UTF-8 rather than text that happens to look
// like it ("fermé\u00A0»" is French, not U+983B). Two bytes: only after the leads that misread
// Latin-1, Latin Extended-A, Greek and Cyrillic give ("Ã©", "Â°", "Å“", "Ð¿"). Longer: after "â"
// ("â€™", "â„¢") always; after another lead only with a byte of 0x80–0x9F (a windows-1252
// special such as "—" or "Ÿ", which do not follow a letter in real text) and without U+00A0.
bool isSurelyMisread(const char *bytes, int continuations)
{
    const auto lead = static_cast<unsigned char>(bytes[0]);
    if (continuations == 1) {
        switch (lead) {
        case 0xC2:
            return static_cast<unsigned char>(bytes[1]) >= 0xA0; // 0x80–0x9F are C1 controls
        case 0xC3:
        case 0xC4:
        case 0xC5:
        case 0xCE:
        case 0xCF:
        case 0xD0:
        case 0xD1:
            return true;
        default:
            return false;
        }
    }
    if (lead == 0xE2)
        return true;
    bool special = false;
    for (int k = 1; k <= continuations; ++k) {
        const auto byte = static_cast<unsigned char>(bytes[k]);
        if (byte == 0xA0)
            return false;
        special = special || byte < 0xA0;
    }
    return special;
}

// One pass: misread sequences replaced by the characters they were. Returns whether any was.
bool repairSequences(std::string &utf8)
{
    std::string out;
    bool changed = false;
    std::size_t copied = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t length = 0;
        const char32_t c = decodeAt(utf8, i, length);
        const Lead lead = (c >= 0xC2 && c <= 0xF4) ? leadOf(int(c)) : Lead{};
        if (lead.continuations == 0) {
            i += length;
            continue;
        }
        char bytes[4] = {char(c)};
        std::size_t j = i + length;
        int k = 0;
        for (; k < lead.continuations && j < utf8.size(); ++k) {
            std::size_t nextLength = 0;
            const int byte = misreadByte(decodeAt(utf8, j, nextLength));
            const int min = k == 0 ? lead.firstMin : 0x80;
            const int max = k == 0 ? lead.firstMax : 0xBF;
            if (byte < min || byte > max)
                break;
            bytes[k + 1] = char(byte);
            j += nextLength;
        }
        if (k < lead.continuations || !isSurelyMisread(bytes, lead.continuations)) {
            i += length;
            continue;
        }
        if (!changed)
            out.reserve(utf8.size());
        out.append(utf8, copied, i - copied);
        out.append(bytes, std::size_t(lead.continuations) + 1);
        copied = j;
        i = j;
        changed = true;
    }
    if (changed) {
        out.append(utf8, copied, std::string::npos);
        utf8.swap(out);
    }
    return changed;
}

// C1 controls (U+0080–U+009F, "\xC2\x80"–"\xC2\x9F") as the windows-1252 characters they were.
bool repairControls(std::string &utf8)
{
    bool changed = false;
    std::string out;
    std::size_t copied = 0;
    for (std::size_t i = 0; i + 1 < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i + 1]);
        if (static_cast<unsigned char>(utf8[i]) != 0xC2 || byte < 0x80 || byte > 0x9F)
            continue;
        const char16_t c = Charsets::windows1252Char(byte);
        if (c == byte)
            continue; // one of the five holes: no character to give
        out.append(utf8, copied, i - copied);
        appendUtf8(out, c);
        copied = i + 2;
        ++i;
        changed = true;
    }
    if (changed) {
        out.append(utf8, copied, std::string::npos);
        utf8.swap(out);
    }
    return changed;
}

} // namespace

bool mayNeedRepair(std::string_view utf8)
{
    // A misread lead byte is a character from U+00C2 to U+00F4 ("\xC3\x82"–"\xC3\xB4") followed
    // by a misread continuation, whose UTF-8 starts with 0xC2 (U+0080–U+00BF), 0xC5, 0xC6 or 0xCB
    // (Œ, ƒ, ˆ ...) or 0xE2 (‘, €, ™ ...); a C1 control is "\xC2\x80"–"\xC2\x9F". Letters such
    // as "é" before ordinary text are passed over.
    const std::size_t size = utf8.size();
    for (std::size_t i = 0; i + 1 < size; ++i) {
        // Most feed text is ASCII, which cannot hold either: eight bytes at a time.
        constexpr std::uint64_t HighBits = 0x8080808080808080ULL;
        for (std::uint64_t word = 0; i + sizeof word <= size; i += sizeof word) {
            std::memcpy(&word, utf8.data() + i, sizeof word);
            if ((word & HighBits) != 0)
                break;
        }
        if (i + 1 >= size)
            break;
        const auto c = static_cast<unsigned char>(utf8[i]);
        if ((c & 0xFE) != 0xC2)
            continue;
        const auto next = static_cast<unsigned char>(utf8[i + 1]);
        if (c == 0xC2 && next <= 0x9F)
            return true;
        if (c == 0xC3 && next >= 0x82 && next <= 0xB4 && i + 2 < utf8.size()) {
            const auto following = static_cast<unsigned char>(utf8[i + 2]);
            if (following == 0xC2 || following == 0xC5 || following == 0xC6 || following == 0xCB ||
                following == 0xE2)
                return true;
        }
    }
    return false;
}

bool repair(std::string &utf8)
{
    if (!mayNeedRepair(utf8))
        return false;
    bool changed = false;
    for (int round = 0; round < kMaxRounds && repairSequences(utf8); ++round)
        changed = true;
    return repairControls(utf8) || changed;
}

} // namespace Text::Mojibake
