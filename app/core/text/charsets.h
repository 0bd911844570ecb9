#pragma once

#include "text/encoding.h"

#include <QByteArray>

// Internal to text/: the charsets that decodeXml()/decodeJson() know, and the byte
// decoders behind them.
namespace Text::Charsets {

enum class Kind {
    Utf8,
    Utf16, // byte order from a BOM or from the bytes
    Utf16LE,
    Utf16BE,
    Utf32, // byte order from a BOM or from the bytes
    Utf32LE,
    Utf32BE,
    Windows1252, // decoded by hand: it is also the recovery for broken UTF-8
    SingleByte,  // a 256-entry table filled once from iconv
    Iconv,
};

struct Charset
{
    const char *name;      // canonical (WHATWG) name, reported in DecodedText::encoding
    const char *iconvName; // glibc converter, for Kind::SingleByte and Kind::Iconv
    Kind kind;
    const char *labels; // normalised labels (see find()), separated by spaces
};

// The charset a label names, matched case-insensitively ignoring everything but letters and
// digits ("ISO_8859-1", "iso88591" and "Latin1" are all windows-1252); nullptr when unknown.
[[nodiscard]] const Charset *find(const QByteArray &label);

// Well-known entries, never null.
[[nodiscard]] const Charset *utf8();
[[nodiscard]] const Charset *utf16LE();
[[nodiscard]] const Charset *utf16BE();
[[nodiscard]] const Charset *utf32LE();
[[nodiscard]] const Charset *utf32BE();

// False for UTF-16 and UTF-32, whose bytes do not read as ASCII.
[[nodiscard]] bool isAsciiCompatible(const Charset *charset);

// Decodes `size` bytes (without BOM) into result.text, sets result.encoding and adds warnings;
// UTF-16/UTF-32 without a byte order must be resolved before. Sets result.error only when the
// system has no converter for the charset.
void decode(const Charset *charset, const char *data, qsizetype size, DecodedText &result);

// The character a windows-1252 byte stands for (the five holes are the C1 controls of the same
// value, as WHATWG decodes them).
[[nodiscard]] char16_t windows1252Char(uchar byte);
// The windows-1252 byte of a character, the reverse of windows1252Char(); -1 when it has none.
[[nodiscard]] int windows1252Byte(char32_t c);

} // namespace Text::Charsets
