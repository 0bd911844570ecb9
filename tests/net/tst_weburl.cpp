// Which addresses count as web addresses: the one rule the fetcher, the reading pane, the
// extractor and the exports share.

#include "net/weburl.h"

#include <QTest>
#include <QUrl>

class TestWebUrl final : public QObject
{
    Q_OBJECT

private slots:
    void isWebUrl_data();
    void isWebUrl();
};

void TestWebUrl::isWebUrl_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("web");

    QTest::newRow("http") << QStringLiteral("http://example.org/feed") << true;
    QTest::newRow("https with port and query")
        << QStringLiteral("https://example.org:8443/a?b=c#d") << true;
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://example.org/") << true;
    QTest::newRow("IPv6 host") << QStringLiteral("http://[::1]:8080/") << true;
    QTest::newRow("no host") << QStringLiteral("http:///path") << false;
    QTest::newRow("scheme only") << QStringLiteral("https:") << false;
    QTest::newRow("relative path") << QStringLiteral("/feed.xml") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<b>hi</b>") << false;
    QTest::newRow("feed: scheme") << QStringLiteral("feed://example.org/rss") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org/") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWebUrl::isWebUrl()
{
    QFETCH(QString, address);
    QFETCH(bool, web);
    QCOMPARE(Net::isWebUrl(QUrl(address)), web);
}

QTEST_APPLESS_MAIN(TestWebUrl)
#include "tst_weburl.moc"
