#pragma once

#include <cstddef>
#include <string>
#include <string_view>

/// HTML character references: one table of named references (HTML 4 and the HTML 5 names of
/// ASCII punctuation) for the HTML tokenizer, plain text and the XML tree of feeds alike.
namespace Text {

/// Where a character reference appears: in attribute values a legacy reference without ';' that
/// is followed by '=' or an alphanumeric stays literal (so "?a=1&copy=2" keeps its query).
enum class ReferenceContext { Text, Attribute };

/// The code point of a named character reference ("eacute", "nbsp", "apos" ...; the name
/// without '&' and ';', case-sensitive), or 0 when the name is not one. Feeds use these inside
/// XML, where only amp, lt, gt, quot and apos are predefined.
[[nodiscard]] char32_t namedReference(std::string_view name);

/// Decodes the character reference that starts at input[pos] (which must be '&'), appends the
/// result to out as UTF-8 and returns the number of bytes consumed. Returns 0 when the text is
/// not a reference; the caller then keeps the '&' literally.
[[nodiscard]] std::size_t decodeReference(std::string_view input, std::size_t pos,
                                          ReferenceContext context, std::string &out);

/// Appends input to out with every character reference decoded.
void appendDecoded(std::string_view input, ReferenceContext context, std::string &out);

} // namespace Text
