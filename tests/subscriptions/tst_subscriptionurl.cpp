#include "subscriptions/subscriptionurl.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Subscriptions::UrlInput;

class TestSubscriptionUrl final : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTypedAddresses_data();
    void acceptsTypedAddresses();
    void refusesGarbage_data();
    void refusesGarbage();
    void turnsLocalPathsIntoFileUrls_data();
    void turnsLocalPathsIntoFileUrls();
    void bareRelativePathOfAFileHereIsThatFile_data();
    void bareRelativePathOfAFileHereIsThatFile();
    void absoluteInputGuessesNothing_data();
    void absoluteInputGuessesNothing();
};

void TestSubscriptionUrl::acceptsTypedAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain https") << "https://example.com/feed.xml"
                                 << "https://example.com/feed.xml";
    QTest::newRow("plain http stays http") << "http://example.com/rss"
                                           << "http://example.com/rss";
    QTest::newRow("feed colon http") << "feed:http://x.example/rss"
                                     << "http://x.example/rss";
    QTest::newRow("feed colon https") << "feed:https://x.example/rss"
                                      << "https://x.example/rss";
    QTest::newRow("feed double slash means http") << "feed://x.example/rss"
                                                  << "http://x.example/rss";
    QTest::newRow("feeds double slash means https") << "feeds://x.example/rss"
                                                    << "https://x.example/rss";
    QTest::newRow("feed scheme in capitals") << "FEED://X.Example/rss"
                                             << "http://x.example/rss";
    QTest::newRow("bare host gets https") << "example.com"
                                          << "https://example.com";
    QTest::newRow("bare host with path gets https") << "example.com/blog"
                                                    << "https://example.com/blog";
    QTest::newRow("bare host with port is not a scheme") << "example.com:8080/blog"
                                                         << "https://example.com:8080/blog";
    QTest::newRow("localhost with port") << "localhost:8080/feed"
                                         << "https://localhost:8080/feed";
    QTest::newRow("scheme-relative") << "//cdn.example.net/feed.json"
                                     << "https://cdn.example.net/feed.json";
    QTest::newRow("surrounding whitespace trimmed") << "  \t https://example.com/a \n"
                                                    << "https://example.com/a";
    QTest::newRow("host lower-cased") << "https://EXAMPLE.com/Path"
                                      << "https://example.com/Path";
    QTest::newRow("query and fragment kept") << "https://example.com/f?x=1#top"
                                             << "https://example.com/f?x=1#top";
    QTest::newRow("inner space encoded") << "https://example.com/my feed.xml"
                                         << "https://example.com/my%20feed.xml";
    QTest::newRow("ipv4 host") << "127.0.0.1:8000/rss"
                               << "https://127.0.0.1:8000/rss";
    QTest::newRow("ipv6 host") << "http://[::1]:8000/rss"
                               << "http://[::1]:8000/rss";
    QTest::newRow("international host") << "https://bücher.example/feed"
                                        << "https://xn--bcher-kva.example/feed";
}

void TestSubscriptionUrl::acceptsTypedAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto result = Subscriptions::parseSubscriptionUrl(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.url.toString(QUrl::FullyEncoded), expected);
    QVERIFY(!result.isLocalFile());
}

void TestSubscriptionUrl::refusesGarbage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << ""
                           << "Enter the address";
    QTest::newRow("only spaces") << "   \n"
                                 << "Enter the address";
    QTest::newRow("javascript") << "javascript:alert(1)"
                                << "“javascript:”";
    QTest::newRow("ftp unsupported") << "ftp://files.example.com/feed.xml"
                                     << "“ftp:”";
    QTest::newRow("mailto") << "mailto:someone@example.com"
                            << "“mailto:”";
    QTest::newRow("data url") << "data:text/xml,<rss/>"
                              << "“data:”";
    QTest::newRow("feed wrapping javascript") << "feed:javascript:alert(1)"
                                              << "not a feed address";
    QTest::newRow("feeds without slashes") << "feeds:example.com"
                                           << "not a feed address";
    QTest::newRow("a single word") << "tidings"
                                   << "not a web address";
    QTest::newRow("words with spaces") << "the daily news"
                                       << "not";
    QTest::newRow("http without host") << "http://"
                                       << "not a valid web address";
    QTest::newRow("http with bad host") << "http://exa mple.com/"
                                        << "not a valid web address";
}

void TestSubscriptionUrl::refusesGarbage()
{
    QFETCH(QString, input);
    QFETCH(QString, errorPart);
    const auto result = Subscriptions::parseSubscriptionUrl(input);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
    QVERIFY(result.url.isEmpty());
}

void TestSubscriptionUrl::turnsLocalPathsIntoFileUrls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("path");

    QTest::newRow("absolute path") << "/srv/feeds/news.xml"
                                   << "/srv/feeds/news.xml";
    QTest::newRow("path cleaned") << "/srv/feeds/../feeds/./news.xml"
                                  << "/srv/feeds/news.xml";
    QTest::newRow("home folder") << "~/feeds/news.xml" << QDir::homePath() + "/feeds/news.xml";
    QTest::newRow("relative to the current folder")
        << "./news.xml" << QDir::current().absoluteFilePath(QStringLiteral("news.xml"));
    QTest::newRow("file url") << "file:///tmp/a%20b.xml"
                              << "/tmp/a b.xml";
}

void TestSubscriptionUrl::turnsLocalPathsIntoFileUrls()
{
    QFETCH(QString, input);
    QFETCH(QString, path);
    const auto result = Subscriptions::parseSubscriptionUrl(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.isLocalFile());
    QCOMPARE(result.url.toLocalFile(), QDir::cleanPath(path));
}

void TestSubscriptionUrl::absoluteInputGuessesNothing_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("https accepted") << "https://example.com/rss"
                                    << "https://example.com/rss";
    QTest::newRow("feed scheme unwrapped") << "feed://example.com/rss"
                                           << "http://example.com/rss";
    QTest::newRow("bare host refused") << "example.com/rss" << QString();
    QTest::newRow("local path refused") << "/home/me/feed.xml" << QString();
    QTest::newRow("file url refused") << "file:///home/me/feed.xml" << QString();
    QTest::newRow("javascript refused") << "javascript:alert(1)" << QString();
}

void TestSubscriptionUrl::absoluteInputGuessesNothing()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto result = Subscriptions::parseSubscriptionUrl(input, UrlInput::Absolute);
    QCOMPARE(result.ok(), !expected.isEmpty());
    QCOMPARE(result.url.toString(), expected);
    if (!result.ok())
        QVERIFY(!result.error.isEmpty());
}

void TestSubscriptionUrl::bareRelativePathOfAFileHereIsThatFile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); ///< A path below the current folder, or a web address.

    QTest::newRow("path in a folder") << "feeds/news.xml"
                                      << "feeds/news.xml";
    QTest::newRow("file name with a dot") << "news.xml"
                                          << "news.xml";
    QTest::newRow("a folder is not a feed file") << "feeds"
                                                 << "not a web address";
    QTest::newRow("no such file: a web address") << "example.com/feed.xml"
                                                 << "https://example.com/feed.xml";
}

// `tidings add feeds/news.xml` from a shell: no ./ in front, yet plainly a file.
void TestSubscriptionUrl::bareRelativePathOfAFileHereIsThatFile()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QTemporaryDir here;
    QVERIFY(here.isValid());
    QVERIFY(QDir(here.path()).mkdir(QStringLiteral("feeds")));
    for (const char *name : {"feeds/news.xml", "news.xml"}) {
        QFile file(here.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<rss version=\"2.0\"/>");
    }
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(here.path()));
    const auto result = Subscriptions::parseSubscriptionUrl(input);
    QDir::setCurrent(previous);

    if (expected.startsWith(QLatin1String("https://"))) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.url.toString(), expected);
    } else if (expected.startsWith(QLatin1String("not "))) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    } else {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.isLocalFile());
        QCOMPARE(result.url.toLocalFile(), QDir(here.path()).absoluteFilePath(expected));
    }
}

QTEST_APPLESS_MAIN(TestSubscriptionUrl)
#include "tst_subscriptionurl.moc"
