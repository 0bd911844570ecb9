#include "base/settingskeys.h"
#include "net/proxysettings.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestProxySettings final : public QObject
{
    Q_OBJECT

private slots:
    void setsTheApplicationProxy_data();
    void setsTheApplicationProxy();
};

void TestProxySettings::setsTheApplicationProxy_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("expectedType");
    QTest::addColumn<bool>("systemConfiguration");

    QTest::newRow("manual: an HTTP proxy at host and port")
        << QStringLiteral("manual") << QStringLiteral("proxy.harbour.test") << 3128
        << int(QNetworkProxy::HttpProxy) << false;
    QTest::newRow("none: no proxy at all")
        << QStringLiteral("none") << QStringLiteral("proxy.harbour.test") << 3128
        << int(QNetworkProxy::NoProxy) << false;
    QTest::newRow("system: the desktop's configuration")
        << QStringLiteral("system") << QString() << 8080 << int(QNetworkProxy::NoProxy) << true;
    QTest::newRow("manual without a host falls back to the system's")
        << QStringLiteral("manual") << QString() << 3128 << int(QNetworkProxy::NoProxy) << true;
}

void TestProxySettings::setsTheApplicationProxy()
{
    QFETCH(QString, mode);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, expectedType);
    QFETCH(bool, systemConfiguration);

    const QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QSettings settings(directory.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QLatin1String(SettingsKeys::NetworkProxyMode), mode);
    settings.setValue(QLatin1String(SettingsKeys::NetworkProxyHost), host);
    settings.setValue(QLatin1String(SettingsKeys::NetworkProxyPort), port);
    Net::applyProxySettings(settings);

    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    QCOMPARE(int(proxy.type()), expectedType);
    QCOMPARE(QNetworkProxyFactory::usesSystemConfiguration(), systemConfiguration);
    if (proxy.type() == QNetworkProxy::HttpProxy) {
        QCOMPARE(proxy.hostName(), host);
        QCOMPARE(int(proxy.port()), port);
    }
}

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxysettings.moc"
