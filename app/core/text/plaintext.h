#pragma once

#include <QString>

/// Plain text from HTML (list snippets, cards, summaries, feed titles and authors), white space
/// collapsed, and plain text made into HTML for bodies that were given as text.
namespace Text::PlainText {

struct Options
{
    /// Cut at a word boundary to at most this many characters, "…" included and counted;
    /// negative: no cut.
    int maxChars = -1;
    /// Feed fields: every tag but the inline ones (<b>, <a>, <span> ...) separates words, since
    /// a misplaced feed element or <script> between words is a break, a tag cut off by the
    /// end of the text ("x <b") is text, and no-break and typographic spaces (&nbsp;, &ensp;,
    /// &emsp;, &thinsp; ...) are kept as the characters the author chose, except at the ends.
    /// Otherwise only blocks, cells and <br> separate words, a cut-off tag is dropped, as in a
    /// browser, and every space collapses.
    bool feedField = false;
};

/// The options for feed fields: titles, authors, categories.
[[nodiscard]] inline Options feedField()
{
    Options options;
    options.feedField = true;
    return options;
}

/// Trims white space (no-break spaces included) and collapses every run of the spaces that break
/// words (spaces, tabs, line breaks) into one space; no-break and typographic spaces inside the
/// text are kept, as in feed fields.
[[nodiscard]] QString collapseWhitespace(const QString &text);

/// Fast plain text: tags dropped (and the content of script, style, svg, template ...),
/// character references decoded, word boundaries become spaces, white space collapsed.
[[nodiscard]] QString fromHtml(const QString &html, const Options &options = {});

/// fromHtml() with Options::feedField when the text contains a tag or a character reference,
/// otherwise only collapseWhitespace(): RSS titles are meant to be text but are often HTML.
[[nodiscard]] QString fromMaybeHtml(const QString &text);

/// Escapes text for use as HTML; line breaks become <br>.
[[nodiscard]] QString toHtml(const QString &text);

} // namespace Text::PlainText
