#pragma once

#include "pages/articlepage.h"

#include <QColor>

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
/// desktop's own light or dark colours stay and only the accent roles change.
void apply(const QSettings &settings);
/// The reading page's colours and type size, from the application palette (call after apply()).
[[nodiscard]] Pages::ArticlePageStyle articlePageStyle(const QSettings &settings);

} // namespace Appearance

} // namespace Ui
