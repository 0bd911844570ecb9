#include "appearance.h"

#include "settingskeys.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>

namespace Ui::Appearance {

QColor accentColor(const QSettings &settings)
{
    const QColor color(settings
                           .value(QLatin1String(SettingsKeys::AccentColor),
                                  QLatin1String(SettingsKeys::AccentColorDefault))
                           .toString());
    return color.isValid() ? color : QColor(QLatin1String(SettingsKeys::AccentColorDefault));
}

void apply(const QSettings &settings)
{
    const QColor accent = accentColor(settings);
    // The system's palette (light or dark) with only the accent roles changed.
    QPalette palette = QGuiApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QColor text = accent.lightness() > 150 ? Qt::black : Qt::white;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, accent);
        palette.setColor(group, QPalette::HighlightedText, text);
        palette.setColor(group, QPalette::Link, dark ? accent.lighter(130) : accent.darker(115));
    }
    palette.setColor(QPalette::Inactive, QPalette::Highlight,
                     dark ? accent.darker(160) : accent.lighter(150));
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText,
                     palette.color(QPalette::Active, QPalette::Text));
    QApplication::setPalette(palette);
}

} // namespace Ui::Appearance
