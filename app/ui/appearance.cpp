#include "ui/appearance.h"

#include "ui/windowsettingskeys.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace Ui::Appearance {

QColor accentColor(const QSettings &settings)
{
    const QColor color(settings
                           .value(QLatin1String(SettingsKeys::AccentColor),
                                  QLatin1String(SettingsKeys::AccentColorDefault))
                           .toString());
    return color.isValid() ? color : QColor(QLatin1String(SettingsKeys::AccentColorDefault));
}

namespace {

// The names the settings file uses, read and written through this one table.
constexpr std::array<std::pair<Theme, const char *>, 3> ThemeNames = {
    {{Theme::System, "system"}, {Theme::Light, "light"}, {Theme::Dark, "dark"}}};

QPalette darkPalette()
{
    QPalette palette(QColor(0x32, 0x33, 0x36), QColor(0x26, 0x27, 0x2a));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe6));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe6));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2e));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3b, 0x3f));
    palette.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9b, 0x9e));
    palette.setColor(QPalette::BrightText, Qt::white);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7b, 0x7e));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef), QColor(0xf6, 0xf6, 0xf6));
    palette.setColor(QPalette::WindowText, QColor(0x1d, 0x1d, 0x1f));
    palette.setColor(QPalette::Text, QColor(0x1d, 0x1d, 0x1f));
    palette.setColor(QPalette::ButtonText, QColor(0x1d, 0x1d, 0x1f));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf4, 0xf4));
    palette.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x74));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x9e, 0x9e, 0xa2));
    return palette;
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](float value) {
        return value <= 0.03928f ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

constexpr double EnhancedContrast = 7.0;
constexpr double TextContrast = 4.5;

/// \a color made darker on a light \a background, lighter on a dark one, until it reads as
/// text must (WCAG AA, 4.5:1), keeping its hue.
QColor readableOn(QColor color, const QColor &background)
{
    const bool dark = background.lightness() < 128;
    for (int step = 0; step < 16 && contrast(color, background) < TextContrast; ++step)
        color = dark ? color.lighter(112) : color.darker(112);
    return color;
}

QColor linkColor(const QColor &accent, const QColor &page, bool dark)
{
    return readableOn(dark ? accent.lighter(130) : accent.darker(115), page);
}

QPalette basePalette(Theme theme)
{
    // The desktop's palette as it was before Tidings changed anything.
    static const QPalette system = QGuiApplication::palette();
    switch (theme) {
    case Theme::Light:
        return lightPalette();
    case Theme::Dark:
        return darkPalette();
    case Theme::System:
        break;
    }
    return system;
}

} // namespace

Theme theme(const QSettings &settings)
{
    const QString name =
        settings
            .value(QLatin1String(SettingsKeys::Theme), QLatin1String(SettingsKeys::ThemeDefault))
            .toString();
    for (const auto &[candidate, candidateName] : ThemeNames) {
        if (name == QLatin1String(candidateName))
            return candidate;
    }
    return Theme::System;
}

QString themeName(Theme theme)
{
    for (const auto &[candidate, name] : ThemeNames) {
        if (candidate == theme)
            return QLatin1String(name);
    }
    return QLatin1String(SettingsKeys::ThemeDefault);
}

bool isHighContrast(const QPalette &palette)
{
    return contrast(palette.color(QPalette::Window), palette.color(QPalette::WindowText)) >=
               EnhancedContrast &&
           contrast(palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText)) >=
               EnhancedContrast;
}

void apply(const QSettings &settings)
{
    const QColor accent = accentColor(settings);
    QPalette palette = basePalette(theme(settings));
    // Someone who chose a high-contrast desktop chose its selection colours too.
    if (theme(settings) == Theme::System && isHighContrast(palette)) {
        QApplication::setPalette(palette);
        return;
    }
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    // Selected text in black or white, whichever reads better on the accent.
    const QColor text = contrast(accent, Qt::black) >= contrast(accent, Qt::white)
                            ? QColor(Qt::black)
                            : QColor(Qt::white);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, accent);
        palette.setColor(group, QPalette::HighlightedText, text);
        palette.setColor(group, QPalette::Link,
                         linkColor(accent, palette.color(group, QPalette::Base), dark));
    }
    palette.setColor(QPalette::Inactive, QPalette::Highlight,
                     dark ? accent.darker(160) : accent.lighter(150));
    palette.setColor(QPalette::Inactive, QPalette::HighlightedText,
                     palette.color(QPalette::Active, QPalette::Text));
    QApplication::setPalette(palette);
}

QString errorTextStyle(const QPalette &palette)
{
    static const QColor errorRed(0xb3, 0x26, 0x1e);
    return QStringLiteral("color: %1;")
        .arg(readableOn(errorRed, palette.color(QPalette::Window)).name());
}

Pages::ArticlePageStyle articlePageStyle(const QSettings &settings)
{
    const QPalette palette = QGuiApplication::palette();
    Pages::ArticlePageStyle style;
    style.text = palette.color(QPalette::Text);
    style.background = palette.color(QPalette::Base);
    style.muted = palette.color(QPalette::PlaceholderText);
    style.link = palette.color(QPalette::Link);
    style.accent = theme(settings) == Theme::System && isHighContrast(palette)
                       ? palette.color(QPalette::Highlight)
                       : accentColor(settings);
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
