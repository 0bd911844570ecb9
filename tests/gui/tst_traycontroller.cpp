#include "ui/traycontroller.h"
#include "ui/windowsettingskeys.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using Counts = QHash<qint64, int>;
using Titles = QHash<qint64, QString>;

class TestTrayController final : public QObject
{
    Q_OBJECT

private slots:
    void groupedNotification_data();
    void groupedNotification();
    void keepsRunningOnlyWhenAskedAndPossible();
};

void TestTrayController::groupedNotification_data()
{
    QTest::addColumn<Counts>("added");
    QTest::addColumn<QStringList>("muted");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("expected");

    const QString none;
    QTest::newRow("nothing new, nothing to say") << Counts{{1, 0}} << QStringList{} << true << none;
    QTest::newRow("one source") << Counts{{1, 3}} << QStringList{} << true
                                << "3 new article(s)\nHarbour: 3";
    QTest::newRow("busiest sources first")
        << Counts{{1, 2}, {2, 9}, {3, 4}} << QStringList{} << true
        << "15 new article(s)\nMarket: 9\nWeather: 4\nHarbour: 2";
    QTest::newRow("beyond three sources, a count")
        << Counts{{1, 2}, {2, 9}, {3, 4}, {4, 1}, {5, 1}} << QStringList{} << true
        << "17 new article(s)\nMarket: 9\nWeather: 4\nHarbour: 2\nand 2 more source(s)";
    QTest::newRow("muted sources are left out")
        << Counts{{1, 2}, {2, 9}} << QStringList{"2"} << true << "2 new article(s)\nHarbour: 2";
    QTest::newRow("only muted sources: silence")
        << Counts{{2, 9}} << QStringList{"2"} << true << none;
    QTest::newRow("notifications off") << Counts{{1, 5}} << QStringList{} << false << none;
}

void TestTrayController::groupedNotification()
{
    QFETCH(Counts, added);
    QFETCH(QStringList, muted);
    QFETCH(bool, enabled);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QLatin1String(SettingsKeys::MutedSources), muted);
    settings.setValue(QLatin1String(SettingsKeys::Notify), enabled);
    QWidget window;
    Ui::TrayController tray(settings, &window, {});
    const Titles titles{{1, QStringLiteral("Harbour")},
                        {2, QStringLiteral("Market")},
                        {3, QStringLiteral("Weather")},
                        {4, QStringLiteral("Ferries")},
                        {5, QStringLiteral("Tides")}};
    QCOMPARE(tray.notificationText(added, titles), expected);
    tray.notify(added, titles);
    QCOMPARE(tray.lastNotification(), expected);
}

void TestTrayController::keepsRunningOnlyWhenAskedAndPossible()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QWidget window;
    Ui::TrayController tray(settings, &window, {});
    QVERIFY(!tray.keepsRunning()); // Off by default.
    settings.setValue(QLatin1String(SettingsKeys::KeepInTray), true);
    // Offscreen there is no tray: closing must still quit rather than hide for good.
    QCOMPARE(tray.keepsRunning(), tray.isAvailable());
    tray.setUnreadCount(12);
    QCOMPARE(tray.unreadCount(), 12);
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
