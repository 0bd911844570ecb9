#pragma once

#include <QString>

/// Turning feed text into the plain text of titles, authors and categories, and plain text into
/// HTML for bodies that were given as text.
namespace Feeds::PlainText {

/// Trims and collapses every run of white space (line breaks and no-break spaces included)
/// into one space.
[[nodiscard]] QString collapseWhitespace(const QString &text);

/// Drops tags (and the content of script and style), decodes character references and
/// collapses white space.
[[nodiscard]] QString fromHtml(const QString &html);

/// fromHtml() when the text contains a tag or a character reference, otherwise only
/// collapseWhitespace(): RSS titles are meant to be text but are often HTML.
[[nodiscard]] QString fromMaybeHtml(const QString &text);

/// Escapes text for use as HTML; line breaks become <br>.
[[nodiscard]] QString toHtml(const QString &text);

} // namespace Feeds::PlainText
