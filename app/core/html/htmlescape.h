#pragma once

#include <string>
#include <string_view>

namespace Html::Private {

// Appends text escaped for element content: & < > become references, NUL and other C0 control
// characters except tab, newline and carriage return are dropped.
void appendEscapedText(std::string_view text, std::string &out);

// The same for a double-quoted attribute value, which also escapes '"'.
void appendEscapedAttribute(std::string_view value, std::string &out);

} // namespace Html::Private
