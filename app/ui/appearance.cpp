#include "appearance.h"

#include "settingskeys.h"

#include <QApplication>
#include <QFont>
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

Models::ArticlePageStyle articlePageStyle(const QSettings &settings)
{
    const QPalette palette = QGuiApplication::palette();
    Models::ArticlePageStyle style;
    style.text = palette.color(QPalette::Text);
    style.background = palette.color(QPalette::Base);
    style.muted = palette.color(QPalette::PlaceholderText);
    style.link = palette.color(QPalette::Link);
    style.accent = accentColor(settings);
    // Cards and rules: a step from the page towards the text, in light and dark alike.
    const auto mix = [&](qreal share) {
        return QColor::fromRgbF(
            float(style.background.redF() * (1 - share) + style.text.redF() * share),
            float(style.background.greenF() * (1 - share) + style.text.greenF() * share),
            float(style.background.blueF() * (1 - share) + style.text.blueF() * share));
    };
    style.card = mix(0.04);
    style.border = mix(0.14);
    const int configured = settings
                               .value(QLatin1String(SettingsKeys::ArticleFontPointSize),
                                      SettingsKeys::ArticleFontPointSizeDefault)
                               .toInt();
    // Reading text a little larger than the interface's.
    style.fontPointSize =
        configured > 0 ? configured : std::max(11, QApplication::font().pointSize() + 2);
    return style;
}

} // namespace Ui::Appearance
