#pragma once

#include <QHash>
#include <QString>

namespace Pages {

struct ArticlePageStyle;

/// What the pages of the reading pane (the article page, the daily briefing) share: their
/// templates and style sheets from the resources, {{name}} placeholders, and the colours of
/// the application's palette as CSS variables.
namespace PageTemplate {

/// The text of a resource of the build (a template or a style sheet); its absence is fatal.
[[nodiscard]] QString resource(const QString &path);
/// Fills {{name}} placeholders in one pass, so that a value containing "{{...}}" (a feed can
/// write anything) is never expanded again. Unknown names become empty.
[[nodiscard]] QString fill(const QString &templateText, const QHash<QString, QString> &values);
/// The :root rule that gives the style sheets their colours, font size and colour scheme.
[[nodiscard]] QString themeCss(const ArticlePageStyle &style);
/// The page's <html> class: "dark" or "light".
[[nodiscard]] QString themeClass(const ArticlePageStyle &style);

} // namespace PageTemplate

} // namespace Pages
