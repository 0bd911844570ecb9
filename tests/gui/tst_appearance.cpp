#include "ui/appearance.h"
#include "ui/windowsettingskeys.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

/// The application's colours with accessibility in mind: a high-contrast desktop palette keeps
/// its own selection colours, and selected text is black or white by contrast.
class TestAppearance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void highContrastIsRecognised_data();
    void highContrastIsRecognised();
    void highContrastDesktopKeepsItsSelection();
    void chosenThemeTakesTheAccentWithReadableText_data();
    void chosenThemeTakesTheAccentWithReadableText();
    void linksReadAsText_data();
    void linksReadAsText();
    void errorTextReadsOnEveryTheme_data();
    void errorTextReadsOnEveryTheme();

private:
    QTemporaryDir m_dir;
};

namespace {

QPalette palette(const QColor &window, const QColor &text, const QColor &highlight,
                 const QColor &highlightedText)
{
    QPalette result(text, window, window, window, window, text, text, window, window);
    result.setColor(QPalette::Highlight, highlight);
    result.setColor(QPalette::HighlightedText, highlightedText);
    return result;
}

// WCAG 2 contrast ratio, computed here independently of the code under test.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
               0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A desktop's high-contrast theme: white on black, black on yellow for the selection.
QPalette highContrast()
{
    return palette(Qt::black, Qt::white, Qt::yellow, Qt::black);
}

} // namespace

void TestAppearance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The palette Appearance takes as the desktop's, before anything applied a theme.
    QApplication::setPalette(highContrast());
}

void TestAppearance::highContrastIsRecognised_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("expected");
    QTest::newRow("white on black, yellow selection") << highContrast() << true;
    QTest::newRow("black on white, black selection")
        << palette(Qt::white, Qt::black, Qt::black, Qt::white) << true;
    QTest::newRow("a usual light desktop: blue selection")
        << palette(QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x27), QColor(0x30, 0x8c, 0xc6),
                   Qt::white)
        << false;
    QTest::newRow("a usual dark desktop")
        << palette(QColor(0x32, 0x33, 0x36), QColor(0xe8, 0xe8, 0xe6), QColor(0x3d, 0xae, 0xe9),
                   Qt::white)
        << false;
}

void TestAppearance::highContrastIsRecognised()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, expected);
    QCOMPARE(Ui::Appearance::isHighContrast(palette), expected);
}

void TestAppearance::highContrastDesktopKeepsItsSelection()
{
    QSettings settings(m_dir.filePath(QStringLiteral("system.ini")), QSettings::IniFormat);
    settings.setValue(QLatin1String(SettingsKeys::Theme), QStringLiteral("system"));
    settings.setValue(QLatin1String(SettingsKeys::AccentColor), QStringLiteral("#e8710a"));

    Ui::Appearance::apply(settings);

    const QPalette applied = QApplication::palette();
    QCOMPARE(applied.color(QPalette::Active, QPalette::Highlight), QColor(Qt::yellow));
    QCOMPARE(applied.color(QPalette::Active, QPalette::HighlightedText), QColor(Qt::black));
    QCOMPARE(Ui::Appearance::articlePageStyle(settings).accent, QColor(Qt::yellow));
}

void TestAppearance::chosenThemeTakesTheAccentWithReadableText_data()
{
    QTest::addColumn<QString>("accent");
    QTest::addColumn<QColor>("expectedText");
    // White on this orange is 3.1:1, below the 4.5:1 that text needs; black is 6.8:1.
    QTest::newRow("the default orange") << "#e8710a" << QColor(Qt::black);
    QTest::newRow("a dark blue") << "#1a3d8f" << QColor(Qt::white);
    QTest::newRow("a pale green") << "#a8e6a1" << QColor(Qt::black);
}

void TestAppearance::chosenThemeTakesTheAccentWithReadableText()
{
    QFETCH(QString, accent);
    QFETCH(QColor, expectedText);
    QSettings settings(m_dir.filePath(QStringLiteral("light.ini")), QSettings::IniFormat);
    settings.setValue(QLatin1String(SettingsKeys::Theme), QStringLiteral("light"));
    settings.setValue(QLatin1String(SettingsKeys::AccentColor), accent);

    Ui::Appearance::apply(settings);

    const QPalette applied = QApplication::palette();
    QCOMPARE(applied.color(QPalette::Active, QPalette::Highlight), QColor(accent));
    QCOMPARE(applied.color(QPalette::Active, QPalette::HighlightedText), expectedText);
}

void TestAppearance::linksReadAsText_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("accent");
    QTest::newRow("the default orange, light") << "light"
                                               << "#e8710a";
    QTest::newRow("the default orange, dark") << "dark"
                                              << "#e8710a";
    QTest::newRow("a pale yellow, light") << "light"
                                          << "#f5e663";
    QTest::newRow("a deep blue, dark") << "dark"
                                       << "#1a3d8f";
}

void TestAppearance::linksReadAsText()
{
    QFETCH(QString, theme);
    QFETCH(QString, accent);
    QSettings settings(m_dir.filePath(QStringLiteral("links.ini")), QSettings::IniFormat);
    settings.setValue(QLatin1String(SettingsKeys::Theme), theme);
    settings.setValue(QLatin1String(SettingsKeys::AccentColor), accent);

    Ui::Appearance::apply(settings);

    const QPalette applied = QApplication::palette();
    const double ratio = contrast(applied.color(QPalette::Link), applied.color(QPalette::Base));
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    // Still the accent's hue: a shade of it, not black or white.
    QCOMPARE(applied.color(QPalette::Link).hsvHue(), QColor(accent).hsvHue());
}

void TestAppearance::errorTextReadsOnEveryTheme_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << palette(QColor(0xef, 0xef, 0xef), Qt::black, Qt::blue, Qt::white);
    QTest::newRow("dark") << palette(QColor(0x32, 0x33, 0x36), Qt::white, Qt::blue, Qt::white);
    QTest::newRow("high contrast") << highContrast();
}

void TestAppearance::errorTextReadsOnEveryTheme()
{
    QFETCH(QPalette, palette);
    const QString style = Ui::Appearance::errorTextStyle(palette);
    QVERIFY(style.startsWith(QLatin1String("color: #")));
    const QColor error(style.mid(7, 7));
    QVERIFY(error.isValid());
    const double ratio = contrast(error, palette.color(QPalette::Window));
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    QVERIFY(error.red() > error.green() && error.red() > error.blue()); // Still a red.
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
