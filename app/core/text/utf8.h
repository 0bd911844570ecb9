#pragma once

#include <cstddef>
#include <string>

/// UTF-8 helpers shared by the XML tree, the HTML entity decoder and the feed parser.
namespace Text {

/// Appends the UTF-8 encoding of a code point; surrogates and values beyond U+10FFFF become
/// U+FFFD, so the result is always valid UTF-8. Inline: the XML tree calls it per reference.
inline void appendUtf8(std::string &out, char32_t codePoint)
{
    if ((codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
        codePoint = 0xFFFD;
    if (codePoint < 0x80) {
        out += char(codePoint);
    } else if (codePoint < 0x800) {
        out += char(0xC0 | (codePoint >> 6));
        out += char(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += char(0xE0 | (codePoint >> 12));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    } else {
        out += char(0xF0 | (codePoint >> 18));
        out += char(0x80 | ((codePoint >> 12) & 0x3F));
        out += char(0x80 | ((codePoint >> 6) & 0x3F));
        out += char(0x80 | (codePoint & 0x3F));
    }
}

/// Whether the bytes are well-formed UTF-8: no overlong forms, surrogates or values beyond
/// U+10FFFF. Skips ASCII eight bytes at a time.
[[nodiscard]] bool isValidUtf8(const char *data, std::size_t size);

} // namespace Text
