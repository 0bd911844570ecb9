#pragma once

#include <QIcon>
#include <QString>

class QPalette;

namespace Ui {

/// The icons of the window's actions. With an icon theme on the desktop, its icon of that
/// freedesktop name; without one (a bare window manager), or when the theme lacks it, ours,
/// from resources/actionicons/: dark strokes for a light palette, light ones for a dark one.
namespace ActionIcons {

/// Whether \a palette's windows are dark, so icons need light strokes.
[[nodiscard]] bool isDark(const QPalette &palette);
/// Tidings' own icon of \a name (a freedesktop icon name); null when there is none.
[[nodiscard]] QIcon own(const QString &name, bool darkPalette);
/// The theme's icon of \a name, with ours in its place when the theme has none.
[[nodiscard]] QIcon icon(const QString &name, bool darkPalette);

} // namespace ActionIcons

} // namespace Ui
