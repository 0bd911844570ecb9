#pragma once

#include <string_view>

/// Byte-level character tests for the parsers of HTML, URLs and character references: ASCII
/// only, whatever the locale, and cheap enough for their inner loops.
namespace Text::Ascii {

[[nodiscard]] constexpr bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

[[nodiscard]] constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The value of a hex digit of either case, else -1.
[[nodiscard]] constexpr int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

[[nodiscard]] constexpr char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

/// HTML's ASCII whitespace: space, tab, line feed, carriage return and form feed.
[[nodiscard]] constexpr bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/// \a text equals \a lower, which is in lower case, ignoring the case of ASCII letters.
[[nodiscard]] constexpr bool equalsLower(std::string_view text, std::string_view lower)
{
    if (text.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (toLower(text[i]) != lower[i])
            return false;
    }
    return true;
}

/// \a text starts with \a lowerPrefix, which is in lower case, ignoring ASCII case.
[[nodiscard]] constexpr bool startsWithLower(std::string_view text, std::string_view lowerPrefix)
{
    return text.size() >= lowerPrefix.size() &&
           equalsLower(text.substr(0, lowerPrefix.size()), lowerPrefix);
}

} // namespace Text::Ascii
