// The settings file read into fetch options, the schedule and the retention policy: the values a
// person chose, and the defaults wherever the file holds something out of range.

#include "base/settingskeys.h"
#include "refresh/refreshsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Refresh;

class TestRefreshSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void fetchOptions_data();
    void fetchOptions();
    void schedule_data();
    void schedule();
    void retention_data();
    void retention();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestRefreshSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
}

void TestRefreshSettings::fetchOptions_data()
{
    QTest::addColumn<QVariant>("timeout");
    QTest::addColumn<QVariant>("userAgent");
    QTest::addColumn<int>("expectedTimeoutMs");
    QTest::addColumn<QByteArray>("expectedUserAgent");

    QTest::newRow("nothing stored: defaults") << QVariant() << QVariant() << 30'000 << QByteArray();
    QTest::newRow("chosen values")
        << QVariant(45) << QVariant(QStringLiteral("  Reader/2 (test)  ")) << 45'000
        << QByteArray("Reader/2 (test)");
    QTest::newRow("timeout below the minimum")
        << QVariant(1) << QVariant() << 30'000 << QByteArray();
    QTest::newRow("timeout above the maximum")
        << QVariant(100'000) << QVariant() << 30'000 << QByteArray();
    QTest::newRow("timeout not a number")
        << QVariant(QStringLiteral("soon")) << QVariant() << 30'000 << QByteArray();
    QTest::newRow("blank User-Agent is Tidings' own")
        << QVariant() << QVariant(QStringLiteral("   ")) << 30'000 << QByteArray();
    QTest::newRow("non-ASCII User-Agent as UTF-8")
        << QVariant() << QVariant(QStringLiteral("Lecteur/1 é")) << 30'000
        << QStringLiteral("Lecteur/1 é").toUtf8();
}

void TestRefreshSettings::fetchOptions()
{
    QFETCH(QVariant, timeout);
    QFETCH(QVariant, userAgent);
    QFETCH(int, expectedTimeoutMs);
    QFETCH(QByteArray, expectedUserAgent);
    if (timeout.isValid())
        m_settings->setValue(QLatin1String(SettingsKeys::NetworkTimeoutSeconds), timeout);
    if (userAgent.isValid())
        m_settings->setValue(QLatin1String(SettingsKeys::NetworkUserAgent), userAgent);

    const Net::FetchOptions options = fetchOptionsFrom(*m_settings);
    QCOMPARE(options.timeoutMs, expectedTimeoutMs);
    QCOMPARE(options.userAgent, expectedUserAgent);
    const Net::FetchOptions defaults;
    QCOMPARE(options.maxBodyBytes, defaults.maxBodyBytes);
    QCOMPARE(options.maxRedirects, defaults.maxRedirects);
}

void TestRefreshSettings::schedule_data()
{
    QTest::addColumn<QVariant>("minutes");
    QTest::addColumn<int>("expectedSeconds");

    QTest::newRow("nothing stored: 30 minutes") << QVariant() << 30 * 60;
    QTest::newRow("every 5 minutes") << QVariant(5) << 5 * 60;
    QTest::newRow("zero is the default") << QVariant(0) << 30 * 60;
    QTest::newRow("negative is the default") << QVariant(-10) << 30 * 60;
    QTest::newRow("not a number is the default") << QVariant(QStringLiteral("often")) << 30 * 60;
}

void TestRefreshSettings::schedule()
{
    QFETCH(QVariant, minutes);
    QFETCH(int, expectedSeconds);
    if (minutes.isValid())
        m_settings->setValue(QLatin1String(SettingsKeys::RefreshIntervalMinutes), minutes);

    // A source without its own interval and a feed without <ttl> follow the application's.
    const Schedule schedule = scheduleFrom(*m_settings);
    QCOMPARE(schedule.intervalSeconds(0, 0), expectedSeconds);
}

void TestRefreshSettings::retention_data()
{
    QTest::addColumn<QVariant>("days");
    QTest::addColumn<QVariant>("cap");
    QTest::addColumn<int>("expectedDays");
    QTest::addColumn<int>("expectedCap");

    QTest::newRow("nothing stored: 90 days, 1000 per source")
        << QVariant() << QVariant() << 90 << 1000;
    QTest::newRow("chosen values") << QVariant(30) << QVariant(200) << 30 << 200;
    QTest::newRow("0 turns both limits off") << QVariant(0) << QVariant(0) << 0 << 0;
    QTest::newRow("negative values are the defaults") << QVariant(-1) << QVariant(-5) << 90 << 1000;
    QTest::newRow("text is the default")
        << QVariant(QStringLiteral("forever")) << QVariant(QStringLiteral("all")) << 90 << 1000;
}

void TestRefreshSettings::retention()
{
    QFETCH(QVariant, days);
    QFETCH(QVariant, cap);
    QFETCH(int, expectedDays);
    QFETCH(int, expectedCap);
    if (days.isValid())
        m_settings->setValue(QLatin1String(SettingsKeys::RetentionDays), days);
    if (cap.isValid())
        m_settings->setValue(QLatin1String(SettingsKeys::RetentionPerSourceCap), cap);

    const Storage::RetentionPolicy policy = retentionFrom(*m_settings);
    QCOMPARE(policy.maxAgeDays, expectedDays);
    QCOMPARE(policy.perSourceCap, expectedCap);
}

QTEST_APPLESS_MAIN(TestRefreshSettings)
#include "tst_refreshsettings.moc"
