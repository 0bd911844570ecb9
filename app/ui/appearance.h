#pragma once

#include "pages/articlepage.h"

#include <QColor>

class QPalette;
class QSettings;

namespace Ui {

/// The application's look: the system's palette, or a light or dark one the person chose,
/// with their accent colour for selections, links and highlights.
namespace Appearance {

enum class Theme { System, Light, Dark };

[[nodiscard]] QColor accentColor(const QSettings &settings);
[[nodiscard]] Theme theme(const QSettings &settings);
/// How \a theme is written in the settings file (SettingsKeys::Theme).
[[nodiscard]] QString themeName(Theme theme);
/// Applies the theme and the accent to the application palette. With Theme::System the
/// desktop's own light or dark colours stay and only the accent roles change; a high-contrast
/// desktop palette keeps its own selection and link colours too.
void apply(const QSettings &settings);
/// Whether \a palette is a high-contrast one (as the desktop's accessibility settings give):
/// its text and its selection both reach WCAG's enhanced contrast of 7:1.
[[nodiscard]] bool isHighContrast(const QPalette &palette);
/// A style sheet for error text on \a palette's window: a red that reads as text must (4.5:1),
/// in light, dark and high-contrast palettes alike.
[[nodiscard]] QString errorTextStyle(const QPalette &palette);
/// The reading page's colours and type size, from the application palette (call after apply()).
[[nodiscard]] Pages::ArticlePageStyle articlePageStyle(const QSettings &settings);

} // namespace Appearance

} // namespace Ui
