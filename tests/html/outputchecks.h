#pragma once

#include <QString>

namespace TestSupport {

// Empty when every piece of markup in sanitized HTML is an allowed tag with allowed attributes
// and safe URLs (and no '<' appears outside a tag); otherwise a description of the first problem.
[[nodiscard]] QString unsafeMarkup(const QString &html);

// Empty when the HTML, wrapped in a root element with void elements self-closed, is well-formed
// XML; otherwise the parser's error.
[[nodiscard]] QString wellFormednessError(const QString &html);

} // namespace TestSupport
