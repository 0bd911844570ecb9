#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace Html::Private {

// Where a character reference appears: in attribute values a legacy reference without ';' that
// is followed by '=' or an alphanumeric stays literal (so "?a=1&copy=2" keeps its query).
enum class ReferenceContext { Text, Attribute };

// Appends the UTF-8 encoding of a code point; surrogates and values beyond U+10FFFF become
// U+FFFD.
void appendUtf8(char32_t codePoint, std::string &out);

// Decodes the character reference that starts at input[pos] (which must be '&'), appends the
// result to out and returns the number of bytes consumed. Returns 0 when the text is not a
// reference; the caller then keeps the '&' literally.
[[nodiscard]] std::size_t decodeReference(std::string_view input, std::size_t pos,
                                          ReferenceContext context, std::string &out);

// Appends input to out with every character reference decoded.
void appendDecoded(std::string_view input, ReferenceContext context, std::string &out);

} // namespace Html::Private
