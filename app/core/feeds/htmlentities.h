#pragma once

#include <string_view>

namespace Feeds {

/// The code point of an HTML 4 named character reference ("eacute", "nbsp" ...; the name
/// without '&' and ';', case-sensitive), or 0 when the name is not one. Feeds use these inside
/// XML, where only amp, lt, gt, quot and apos are predefined.
[[nodiscard]] char32_t htmlEntityCodePoint(std::string_view name);

} // namespace Feeds
