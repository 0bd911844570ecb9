#pragma once

#include <string>
#include <string_view>

/// Repairs text whose UTF-8 was read as windows-1252 on its way into a feed.
namespace Text::Mojibake {

/// Whether repair() could change the text: a cheap scan for a misread UTF-8 lead byte
/// ("Ã", "â" ... followed by a continuation) or a C1 control. False for almost all text.
[[nodiscard]] bool mayNeedRepair(std::string_view utf8);

/// Repairs valid UTF-8 in place: every sequence of characters whose windows-1252 bytes form one
/// well-formed multi-byte UTF-8 character becomes that character ("â€™" → "’"), again while
/// that changes something (UTF-8 misread twice: "Ã¢â‚¬â„¢" → "’"); then the C1 controls left
/// (U+0080–U+009F, windows-1252 bytes taken for Latin-1) become their windows-1252 characters.
/// Only whole valid sequences that real text does not contain are taken (see mojibake.cpp), so
/// "SÃO PAULO" or French "fermé\u00A0»" stay as they are.
/// Returns whether anything changed.
bool repair(std::string &utf8);

} // namespace Text::Mojibake
