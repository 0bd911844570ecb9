#include "ai/aisettings.h"
#include "base/settingskeys.h"
#include "refresh/refreshsettings.h"
#include "settingspagetest.h"
#include "ui/appearance.h"
#include "ui/settings/aisettingspage.h"
#include "ui/settings/appearancesettingspage.h"
#include "ui/settings/generalsettingspage.h"
#include "ui/settings/networksettingspage.h"
#include "ui/settings/readingsettingspage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/windowsettingskeys.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include <memory>

using TestSupport::child;
using TestSupport::click;
using TestSupport::replaceText;

/// The settings dialog and its General, Reading, Appearance and Network pages: Cancel and OK, round
/// trips, the theme, the proxy.
class TestSettingsPages final : public TestSupport::SettingsPageTest
{
    Q_OBJECT

private slots:
    void cancelLeavesTheSettingsAlone();
    void okAndCancelCoverEveryPage_data();
    void okAndCancelCoverEveryPage();
    void generalRoundTrip();
    void themeIsSavedAndApplied_data();
    void themeIsSavedAndApplied();
    void generalZeroMeansNoLimit();
    void networkRoundTrip();
    void proxyHostOnlyForManual();
};

void TestSettingsPages::cancelLeavesTheSettingsAlone()
{
    m_settings->setValue(QLatin1String(SettingsKeys::NetworkTimeoutSeconds), 45);
    Ui::SettingsDialog dialog(*m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ai = dialog.findChild<Ui::AiSettingsPage *>();
    auto *network = dialog.findChild<Ui::NetworkSettingsPage *>();
    QVERIFY(ai != nullptr);
    QVERIFY(network != nullptr);
    QVERIFY(!dialog.isDirty());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Apply)->isEnabled());

    child<QCheckBox>(*ai, "aiEnabled")->click();
    child<QSpinBox>(*network, "networkTimeout")->setValue(12);
    QVERIFY(ai->isDirty());
    QVERIFY(network->isDirty());
    QVERIFY(buttons->button(QDialogButtonBox::Apply)->isEnabled());

    click(buttons->button(QDialogButtonBox::Cancel));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    m_settings->sync();
    QVERIFY(!m_settings->contains(QLatin1String(SettingsKeys::AiEnabled)));
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkTimeoutSeconds)).toInt(), 45);

    // Loading again shows the stored values and nothing is left to save.
    ai->load();
    network->load();
    QVERIFY(!child<QCheckBox>(*ai, "aiEnabled")->isChecked());
    QCOMPARE(child<QSpinBox>(*network, "networkTimeout")->value(), 45);
    QVERIFY(!ai->isDirty());
    QVERIFY(!network->isDirty());

    // Changing a value and back is no change.
    child<QCheckBox>(*ai, "aiEnabled")->click();
    child<QCheckBox>(*ai, "aiEnabled")->click();
    QVERIFY(!ai->isDirty());
}

void TestSettingsPages::okAndCancelCoverEveryPage_data()
{
    QTest::addColumn<QDialogButtonBox::StandardButton>("button");
    QTest::newRow("OK saves every page") << QDialogButtonBox::Ok;
    QTest::newRow("Apply saves every page") << QDialogButtonBox::Apply;
    QTest::newRow("Cancel saves none") << QDialogButtonBox::Cancel;
}

void TestSettingsPages::okAndCancelCoverEveryPage()
{
    QFETCH(QDialogButtonBox::StandardButton, button);
    Ui::SettingsDialog dialog(*m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *general = dialog.findChild<Ui::GeneralSettingsPage *>();
    auto *reading = dialog.findChild<Ui::ReadingSettingsPage *>();
    auto *appearance = dialog.findChild<Ui::AppearanceSettingsPage *>();
    auto *network = dialog.findChild<Ui::NetworkSettingsPage *>();
    QVERIFY(general && reading && appearance && network);

    child<QSpinBox>(*general, "retentionDays")->setValue(14);
    click(child<QCheckBox>(*reading, "loadRemoteImages"));
    child<QSpinBox>(*reading, "articleFontSize")->setValue(15);
    auto *theme = child<QComboBox>(*appearance, "theme");
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    child<QSpinBox>(*network, "networkTimeout")->setValue(20);
    QVERIFY(dialog.isDirty());
    click(dialog.findChild<QDialogButtonBox *>()->button(button));
    m_settings->sync();

    const bool saved = button != QDialogButtonBox::Cancel;
    QCOMPARE(m_settings->contains(QLatin1String(SettingsKeys::RetentionDays)), saved);
    QCOMPARE(m_settings->contains(QLatin1String(SettingsKeys::LoadRemoteImages)), saved);
    QCOMPARE(m_settings->contains(QLatin1String(SettingsKeys::Theme)), saved);
    QCOMPARE(m_settings->contains(QLatin1String(SettingsKeys::NetworkTimeoutSeconds)), saved);
    if (saved) {
        QCOMPARE(Refresh::retentionFrom(*m_settings).maxAgeDays, 14);
        QVERIFY(!m_settings->value(QLatin1String(SettingsKeys::LoadRemoteImages)).toBool());
        QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::ArticleFontPointSize)).toInt(), 15);
        QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::Theme)).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(Refresh::fetchOptionsFrom(*m_settings).timeoutMs, 20'000);
    }
    // After Apply the dialog stays open with nothing left to save.
    if (button == QDialogButtonBox::Apply)
        QVERIFY(!dialog.isDirty());
}

void TestSettingsPages::generalRoundTrip()
{
    {
        Ui::GeneralSettingsPage page(*m_settings);
        page.load();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.title(), QStringLiteral("General"));
        QCOMPARE(child<QSpinBox>(page, "refreshInterval")->value(), 30);
        QCOMPARE(child<QSpinBox>(page, "markReadDelay")->value(), 0);
        QCOMPARE(child<QSpinBox>(page, "retentionDays")->value(), 90);
        QCOMPARE(child<QSpinBox>(page, "perSourceCap")->value(), 1000);
        QVERIFY(!child<QCheckBox>(page, "keepInTray")->isChecked());
        QVERIFY(child<QCheckBox>(page, "notify")->isChecked());
        QVERIFY(!page.isDirty());

        replaceText(child<QSpinBox>(page, "refreshInterval"), QStringLiteral("45"));
        replaceText(child<QSpinBox>(page, "markReadDelay"), QStringLiteral("3"));
        replaceText(child<QSpinBox>(page, "retentionDays"), QStringLiteral("30"));
        replaceText(child<QSpinBox>(page, "perSourceCap"), QStringLiteral("250"));
        click(child<QCheckBox>(page, "keepInTray"));
        click(child<QCheckBox>(page, "notify"));
        QVERIFY(page.isDirty());
        page.save();
        QVERIFY(!page.isDirty());
    }
    m_settings->sync();
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::RefreshIntervalMinutes)).toInt(), 45);
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::MarkReadDelaySeconds)).toInt(), 3);
    QVERIFY(m_settings->value(QLatin1String(SettingsKeys::KeepInTray)).toBool());
    QVERIFY(!m_settings->value(QLatin1String(SettingsKeys::Notify)).toBool());
    // What the refresh will use, read through the same function.
    const Storage::RetentionPolicy retention = Refresh::retentionFrom(*m_settings);
    QCOMPARE(retention.maxAgeDays, 30);
    QCOMPARE(retention.perSourceCap, 250);
    QCOMPARE(Refresh::scheduleFrom(*m_settings).intervalSeconds(0, 0), 45 * 60);

    Ui::GeneralSettingsPage again(*m_settings);
    again.load();
    QCOMPARE(child<QSpinBox>(again, "refreshInterval")->value(), 45);
    QCOMPARE(child<QSpinBox>(again, "retentionDays")->value(), 30);
    QCOMPARE(child<QSpinBox>(again, "perSourceCap")->value(), 250);
    QVERIFY(child<QCheckBox>(again, "keepInTray")->isChecked());
    QVERIFY(!again.isDirty());
}

void TestSettingsPages::themeIsSavedAndApplied_data()
{
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("expectedWindowLightness"); // -1: the desktop's own palette

    QTest::newRow("same as the system") << 0 << QStringLiteral("system") << -1;
    QTest::newRow("light") << 1 << QStringLiteral("light") << 200;
    QTest::newRow("dark") << 2 << QStringLiteral("dark") << 60;
}

void TestSettingsPages::themeIsSavedAndApplied()
{
    QFETCH(int, downPresses);
    QFETCH(QString, stored);
    QFETCH(int, expectedWindowLightness);
    // The first apply() remembers the desktop's palette, as the window does at start.
    Ui::Appearance::apply(*m_settings);
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);

    Ui::AppearanceSettingsPage page(*m_settings);
    page.load();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *theme = child<QComboBox>(page, "theme");
    QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));
    theme->setFocus();
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(theme, Qt::Key_Down);
    QCOMPARE(page.isDirty(), downPresses > 0);
    page.save();
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::Theme)).toString(), stored);

    Ui::Appearance::apply(*m_settings);
    const QPalette palette = QApplication::palette();
    const int lightness = palette.color(QPalette::Window).lightness();
    if (expectedWindowLightness < 0)
        QCOMPARE(palette.color(QPalette::Window), systemWindow);
    else
        QVERIFY2(qAbs(lightness - expectedWindowLightness) < 60,
                 qPrintable(QString::number(lightness)));
    // The accent stays whatever the theme, and the reading page follows the palette.
    QCOMPARE(palette.color(QPalette::Active, QPalette::Highlight),
             Ui::Appearance::accentColor(*m_settings));
    const Pages::ArticlePageStyle style = Ui::Appearance::articlePageStyle(*m_settings);
    QCOMPARE(style.background, palette.color(QPalette::Base));
    QCOMPARE(style.text, palette.color(QPalette::Text));

    m_settings->remove(QLatin1String(SettingsKeys::Theme));
    Ui::Appearance::apply(*m_settings);
}

void TestSettingsPages::generalZeroMeansNoLimit()
{
    Ui::GeneralSettingsPage page(*m_settings);
    page.load();
    auto *days = child<QSpinBox>(page, "retentionDays");
    auto *cap = child<QSpinBox>(page, "perSourceCap");
    days->setValue(0);
    cap->setValue(0);
    QCOMPARE(days->text(), QStringLiteral("Forever"));
    QCOMPARE(cap->text(), QStringLiteral("No limit"));
    page.save();
    const Storage::RetentionPolicy retention = Refresh::retentionFrom(*m_settings);
    QCOMPARE(retention.maxAgeDays, 0);
    QCOMPARE(retention.perSourceCap, 0);
}

void TestSettingsPages::networkRoundTrip()
{
    {
        Ui::NetworkSettingsPage page(*m_settings);
        page.load();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.title(), QStringLiteral("Network"));
        auto *mode = child<QComboBox>(page, "proxyMode");
        QCOMPARE(mode->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(child<QSpinBox>(page, "networkTimeout")->value(), 30);
        QVERIFY(child<QLineEdit>(page, "userAgent")->text().isEmpty());
        QVERIFY(!child<QLineEdit>(page, "userAgent")->placeholderText().isEmpty());
        QVERIFY(!page.isDirty());

        mode->setFocus();
        mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
        replaceText(child<QLineEdit>(page, "proxyHost"), QStringLiteral("proxy.harbour.test"));
        replaceText(child<QSpinBox>(page, "proxyPort"), QStringLiteral("3128"));
        replaceText(child<QSpinBox>(page, "networkTimeout"), QStringLiteral("75"));
        replaceText(child<QLineEdit>(page, "userAgent"), QStringLiteral("FerryReader/2.0"));
        QVERIFY(page.isDirty());
        page.save();
        QVERIFY(!page.isDirty());
    }
    m_settings->sync();
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkProxyMode)).toString(),
             QStringLiteral("manual"));
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkProxyHost)).toString(),
             QStringLiteral("proxy.harbour.test"));
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkProxyPort)).toInt(), 3128);
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkTimeoutSeconds)).toInt(), 75);
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkUserAgent)).toString(),
             QStringLiteral("FerryReader/2.0"));

    Ui::NetworkSettingsPage again(*m_settings);
    again.load();
    QCOMPARE(child<QComboBox>(again, "proxyMode")->currentData().toString(),
             QStringLiteral("manual"));
    QCOMPARE(child<QLineEdit>(again, "proxyHost")->text(), QStringLiteral("proxy.harbour.test"));
    QCOMPARE(child<QSpinBox>(again, "proxyPort")->value(), 3128);
    QCOMPARE(child<QSpinBox>(again, "networkTimeout")->value(), 75);
    QCOMPARE(child<QLineEdit>(again, "userAgent")->text(), QStringLiteral("FerryReader/2.0"));
    QVERIFY(!again.isDirty());
}

void TestSettingsPages::proxyHostOnlyForManual()
{
    Ui::NetworkSettingsPage page(*m_settings);
    page.load();
    auto *mode = child<QComboBox>(page, "proxyMode");
    auto *host = child<QLineEdit>(page, "proxyHost");
    auto *port = child<QSpinBox>(page, "proxyPort");
    QVERIFY(!host->isEnabled());
    QVERIFY(!port->isEnabled());
    mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
    QVERIFY(host->isEnabled());
    QVERIFY(port->isEnabled());
    mode->setCurrentIndex(mode->findData(QStringLiteral("none")));
    QVERIFY(!host->isEnabled());
    QVERIFY(page.isDirty());
}

QTEST_MAIN(TestSettingsPages)
#include "tst_settingspages.moc"
