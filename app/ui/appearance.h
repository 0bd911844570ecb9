#pragma once

#include "articlepage.h"

#include <QColor>

class QSettings;

namespace Ui {

/// The application's look: the system's light or dark palette with the person's accent
/// colour for selections, links and highlights.
namespace Appearance {

[[nodiscard]] QColor accentColor(const QSettings &settings);
/// Applies the accent to the application palette (keeping the system's light or dark colours).
void apply(const QSettings &settings);
/// The reading page's colours and type size, from the application palette (call after apply()).
[[nodiscard]] Models::ArticlePageStyle articlePageStyle(const QSettings &settings);

} // namespace Appearance

} // namespace Ui
