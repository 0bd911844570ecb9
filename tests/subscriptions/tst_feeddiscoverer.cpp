#include "subscriptions/feeddiscoverer.h"

#include "base/buildinfo.h"
#include "httpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using Feeds::Format;
using Subscriptions::DiscoveryResult;
using Subscriptions::FeedDiscoverer;
using TestSupport::HttpRequest;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;

Q_DECLARE_METATYPE(Format)
Q_DECLARE_METATYPE(TestSupport::HttpResponse)

namespace {

constexpr int kWaitMs = 20000;

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/discovery/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

HttpResponse html(const QByteArray &body)
{
    return HttpResponse::ok(body, "text/html; charset=utf-8");
}

const QByteArray kRss = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>"
                        "<title>Probed Parish News</title><item><title>x</title></item>"
                        "</channel></rss>";
const QByteArray kAtom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                         "<title>Atom Almanac</title></feed>";
const QByteArray kJson = "{\"version\": \"https://jsonfeed.org/version/1.1\", "
                         "\"title\": \"JSON Journal\", \"items\": []}";

// The probe paths for a site root, in the order FeedDiscoverer tries them.
const QList<QByteArray> kRootProbes{
    "/feed",     "/rss",       "/feed.xml",  "/rss.xml",
    "/atom.xml", "/index.xml", "/feed.json", "/feeds/posts/default"};

} // namespace

class TestFeedDiscoverer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pageOfferingThreeFeeds();
    void relativeLinksAndBase();
    void addressThatIsAFeed_data();
    void addressThatIsAFeed();
    void probingFindsFeedAtUsualAddress();
    void probingStopsAfterTwoFeeds();
    void probesLeadingToTheSameFeedCountOnce();
    void probesRunTwoAtATime();
    void noFeedAnywhere();
    void notFound();
    void redirectToThePage();
    void tooManyRedirects();
    void noAnswerWithinTimeout();
    void cannotConnect();
    void onlyWebAddresses();
    void hostilePages_data();
    void hostilePages();
    void newDiscoveryReplacesRunningOne();

private:
    [[nodiscard]] bool run(const QUrl &url, DiscoveryResult &result);

    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FeedDiscoverer> m_discoverer;
};

void TestFeedDiscoverer::init()
{
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_discoverer = std::make_unique<FeedDiscoverer>(m_network.get());
}

void TestFeedDiscoverer::cleanup()
{
    m_discoverer.reset();
    m_network.reset();
    m_server.reset();
}

bool TestFeedDiscoverer::run(const QUrl &url, DiscoveryResult &result)
{
    QSignalSpy spy(m_discoverer.get(), &FeedDiscoverer::finished);
    m_discoverer->discover(url);
    if (!spy.isEmpty())
        return false; // must never be reported from within discover()
    if (!spy.wait(kWaitMs) || spy.size() != 1)
        return false;
    result = spy.takeFirst().at(0).value<DiscoveryResult>();
    return !m_discoverer->isRunning();
}

void TestFeedDiscoverer::pageOfferingThreeFeeds()
{
    m_server->route("/", html(fixture(QStringLiteral("three-feeds.html"))));
    DiscoveryResult result;
    QVERIFY(run(m_server->url(), result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.pageUrl, m_server->url());
    QCOMPARE(result.feeds.size(), 3);
    QCOMPARE(result.feeds.at(0).url, m_server->url(QStringLiteral("/feed.rss")));
    QCOMPARE(result.feeds.at(0).title, QStringLiteral("Gazette (RSS)"));
    QCOMPARE(result.feeds.at(0).type, Format::Rss20);
    // This href is absolute and names another host; it is taken as written.
    QCOMPARE(result.feeds.at(1).url,
             QUrl(QStringLiteral("https://allotment.example.com/feed.atom")));
    QCOMPARE(result.feeds.at(1).title, QStringLiteral("Gazette (Atom)"));
    QCOMPARE(result.feeds.at(1).type, Format::Atom10);
    QCOMPARE(result.feeds.at(2).url, m_server->url(QStringLiteral("/feed.json")));
    QCOMPARE(result.feeds.at(2).title, QStringLiteral("Gazette (JSON Feed)"));
    QCOMPARE(result.feeds.at(2).type, Format::Json11);

    // Links found: nothing was probed.
    const QList<HttpRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().method, QByteArray("GET"));
    QCOMPARE(requests.constFirst().header("User-Agent"), QByteArray("Tidings/" TIDINGS_VERSION));
}

void TestFeedDiscoverer::relativeLinksAndBase()
{
    m_server->route("/news/page.html", html(fixture(QStringLiteral("base-relative.html"))));
    DiscoveryResult result;
    QVERIFY(run(m_server->url(QStringLiteral("/news/page.html")), result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.feeds.size(), 3);
    QCOMPARE(result.feeds.at(0).url, m_server->url(QStringLiteral("/blog/feed.xml")));
    QCOMPARE(result.feeds.at(0).title, QStringLiteral("Posts"));
    QCOMPARE(result.feeds.at(1).url, m_server->url(QStringLiteral("/site-atom.xml")));
    QCOMPARE(result.feeds.at(1).type, Format::Atom10);
    QCOMPARE(result.feeds.at(2).url, m_server->url(QStringLiteral("/comments/rss?x=1&y=2")));
    QCOMPARE(result.feeds.at(2).title, QStringLiteral("Comments"));
}

void TestFeedDiscoverer::addressThatIsAFeed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<Format>("type");
    QTest::addColumn<QString>("title");

    QTest::newRow("rss") << kRss << QByteArray("application/rss+xml") << Format::Rss20
                         << "Probed Parish News";
    QTest::newRow("atom") << kAtom << QByteArray("application/atom+xml") << Format::Atom10
                          << "Atom Almanac";
    QTest::newRow("json feed") << kJson << QByteArray("application/feed+json") << Format::Json11
                               << "JSON Journal";
    QTest::newRow("rss served as text/html")
        << kRss << QByteArray("text/html") << Format::Rss20 << "Probed Parish News";
}

void TestFeedDiscoverer::addressThatIsAFeed()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(Format, type);
    QFETCH(QString, title);
    m_server->route("/the-feed", HttpResponse::ok(body, contentType));
    DiscoveryResult result;
    QVERIFY(run(m_server->url(QStringLiteral("/the-feed")), result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.feeds.size(), 1);
    QCOMPARE(result.feeds.constFirst().url, m_server->url(QStringLiteral("/the-feed")));
    QCOMPARE(result.feeds.constFirst().type, type);
    QCOMPARE(result.feeds.constFirst().title, title);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestFeedDiscoverer::probingFindsFeedAtUsualAddress()
{
    m_server->route("/", html(fixture(QStringLiteral("no-links.html"))));
    m_server->route("/feed", HttpResponse::ok(kRss, "application/rss+xml"));
    // A "soft 404": a page that answers 200 but is no feed.
    m_server->route("/rss", html("<html><body>Not here</body></html>"));
    DiscoveryResult result;
    QVERIFY(run(m_server->url(), result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.feeds.size(), 1);
    QCOMPARE(result.feeds.constFirst().url, m_server->url(QStringLiteral("/feed")));
    QCOMPARE(result.feeds.constFirst().title, QStringLiteral("Probed Parish News"));
    QCOMPARE(result.feeds.constFirst().type, Format::Rss20);
    // Only one feed exists, so every usual address was tried.
    for (const QByteArray &path : kRootProbes)
        QVERIFY2(m_server->requestsFor(path).size() == 1, path.constData());
}

void TestFeedDiscoverer::probingStopsAfterTwoFeeds()
{
    m_server->route("/", html(fixture(QStringLiteral("no-links.html"))));
    m_server->route("/feed", HttpResponse::ok(kRss, "application/rss+xml"));
    m_server->route("/rss", HttpResponse::ok(kAtom, "application/atom+xml"));
    m_server->route("/feed.xml", HttpResponse::ok(kRss, "application/rss+xml"));
    m_server->route("/index.xml", HttpResponse::ok(kRss, "application/rss+xml"));
    DiscoveryResult result;
    QVERIFY(run(m_server->url(), result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.feeds.size(), 2);
    QCOMPARE(result.feeds.at(0).url, m_server->url(QStringLiteral("/feed")));
    QCOMPARE(result.feeds.at(0).type, Format::Rss20);
    QCOMPARE(result.feeds.at(1).url, m_server->url(QStringLiteral("/rss")));
    QCOMPARE(result.feeds.at(1).type, Format::Atom10);
    QCOMPARE(result.feeds.at(1).title, QStringLiteral("Atom Almanac"));
    QVERIFY(m_server->requestsFor("/index.xml").isEmpty());
    QVERIFY(m_server->requestsFor("/feeds/posts/default").isEmpty());
}

void TestFeedDiscoverer::probesLeadingToTheSameFeedCountOnce()
{
    m_server->route("/", html(fixture(QStringLiteral("no-links.html"))));
    m_server->route("/feed", HttpResponse::redirect(301, "/real.xml"));
    m_server->route("/rss", HttpResponse::redirect(302, "/real.xml"));
    m_server->route("/real.xml", HttpResponse::ok(kRss, "application/rss+xml"));
    m_server->route("/atom.xml", HttpResponse::ok(kAtom, "application/atom+xml"));
    DiscoveryResult result;
    QVERIFY(run(m_server->url(), result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.feeds.size(), 2);
    QCOMPARE(result.feeds.at(0).url, m_server->url(QStringLiteral("/real.xml")));
    QCOMPARE(result.feeds.at(0).title, QStringLiteral("Probed Parish News"));
    QCOMPARE(result.feeds.at(1).url, m_server->url(QStringLiteral("/atom.xml")));
    QCOMPARE(result.feeds.at(1).type, Format::Atom10);
}

void TestFeedDiscoverer::probesRunTwoAtATime()
{
    m_server->route("/", html(fixture(QStringLiteral("no-links.html"))));
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    for (const QByteArray &path : kRootProbes) {
        m_server->route(path, [&arrivals, &clock](const HttpRequest &) {
            arrivals << clock.elapsed();
            HttpResponse response = HttpResponse::withStatus(404, "gone");
            response.delayMs = 300;
            return response;
        });
    }
    DiscoveryResult result;
    QVERIFY(run(m_server->url(), result));
    QVERIFY(!result.ok());
    QCOMPARE(arrivals.size(), kRootProbes.size());
    // With two in flight, a probe starts only when the one two places before it has finished.
    for (qsizetype i = 2; i < arrivals.size(); ++i) {
        QVERIFY2(arrivals.at(i) - arrivals.at(i - 2) >= 250,
                 qPrintable(QStringLiteral("probe %1 started %2 ms after probe %3")
                                .arg(i)
                                .arg(arrivals.at(i) - arrivals.at(i - 2))
                                .arg(i - 2)));
    }
}

void TestFeedDiscoverer::noFeedAnywhere()
{
    m_server->route("/", html(fixture(QStringLiteral("no-links.html"))));
    DiscoveryResult result;
    QVERIFY(run(m_server->url(), result));
    QCOMPARE(result.error,
             QStringLiteral("This page offers no feed, and none was found at the usual addresses"));
    QVERIFY(result.feeds.isEmpty());
    QCOMPARE(m_server->requests().size(), 1 + kRootProbes.size());
}

void TestFeedDiscoverer::notFound()
{
    DiscoveryResult result;
    QVERIFY(run(m_server->url(QStringLiteral("/missing")), result));
    QCOMPARE(result.error, QStringLiteral("The server answered 404 Not Found"));
    QVERIFY(result.feeds.isEmpty());
    QCOMPARE(m_server->requests().size(), 1); // an error page is not probed around
}

void TestFeedDiscoverer::redirectToThePage()
{
    m_server->route("/old", HttpResponse::redirect(301, "/new/"));
    m_server->route("/new/", html(fixture(QStringLiteral("three-feeds.html"))));
    DiscoveryResult result;
    QVERIFY(run(m_server->url(QStringLiteral("/old")), result));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.pageUrl, m_server->url(QStringLiteral("/new/")));
    QCOMPARE(result.feeds.size(), 3);
    // Relative links resolve against the page it ended on.
    QCOMPARE(result.feeds.at(2).url, m_server->url(QStringLiteral("/new/feed.json")));
    QCOMPARE(m_server->requestsFor("/new/").size(), 1);
}

void TestFeedDiscoverer::tooManyRedirects()
{
    for (int i = 0; i <= FeedDiscoverer::kMaxRedirects + 1; ++i) {
        m_server->route(
            QByteArray("/hop") + QByteArray::number(i),
            HttpResponse::redirect(302, QByteArray("/hop") + QByteArray::number(i + 1)));
    }
    DiscoveryResult result;
    QVERIFY(run(m_server->url(QStringLiteral("/hop0")), result));
    QCOMPARE(result.error, QStringLiteral("127.0.0.1 redirects too many times"));
}

void TestFeedDiscoverer::noAnswerWithinTimeout()
{
    HttpResponse slow = html(fixture(QStringLiteral("three-feeds.html")));
    slow.delayMs = 5000;
    m_server->route("/slow", slow);
    m_discoverer->setTimeout(std::chrono::milliseconds(400));
    QElapsedTimer timer;
    timer.start();
    DiscoveryResult result;
    QVERIFY(run(m_server->url(QStringLiteral("/slow")), result));
    QCOMPARE(result.error, QStringLiteral("No answer within 0.4 s"));
    QVERIFY(timer.elapsed() < 4000);
}

void TestFeedDiscoverer::cannotConnect()
{
    // A port that was free a moment ago: nothing listens there now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    DiscoveryResult result;
    QVERIFY(run(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), result));
    QCOMPARE(result.error, QStringLiteral("Cannot connect to 127.0.0.1"));
}

void TestFeedDiscoverer::onlyWebAddresses()
{
    DiscoveryResult result;
    QVERIFY(run(QUrl(QStringLiteral("ftp://127.0.0.1/feed")), result));
    QVERIFY(!result.ok());
    QVERIFY(result.feeds.isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestFeedDiscoverer::hostilePages_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<int>("feeds");

    const QByteArray link = "<html><head><link rel=alternate type=application/rss+xml "
                            "href=/first.xml title=First>";
    QTest::newRow("6 MiB of nested divs after the link")
        << html(link + QByteArray("<div>").repeated(6 * 1024 * 1024 / 5)) << 1;
    QTest::newRow("scripts full of fake markup")
        << html(link + QByteArray("<script>document.write('<body><link rel=alternate "
                                  "type=application/rss+xml href=/x>')</script>")
                           .repeated(20000))
        << 1;
    QTest::newRow("broken markup") << html(fixture(QStringLiteral("hostile.html"))) << 5;
    HttpResponse endless = html(link);
    endless.endless = true;
    endless.chunkSize = 64 * 1024;
    QTest::newRow("a body without end is cut at the cap") << endless << 1;
    HttpResponse bomb = HttpResponse::ok(QByteArray(), "text/html");
    bomb.headers << qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip"));
    bomb.body = TestSupport::gzipCompress(link + QByteArray(1 << 20, ' '), 40);
    QTest::newRow("gzip bomb") << bomb << -1; // -1: an error or the link, never a crash
}

void TestFeedDiscoverer::hostilePages()
{
    QFETCH(HttpResponse, response);
    QFETCH(int, feeds);
    m_server->route("/page", response);
    DiscoveryResult result;
    QVERIFY(run(m_server->url(QStringLiteral("/page")), result));
    if (feeds >= 0) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.feeds.size(), feeds);
        QCOMPARE(result.feeds.constFirst().title,
                 feeds == 1 ? QStringLiteral("First") : QStringLiteral("Still found"));
    }
}

void TestFeedDiscoverer::newDiscoveryReplacesRunningOne()
{
    HttpResponse slow = html(fixture(QStringLiteral("three-feeds.html")));
    slow.delayMs = 1000;
    m_server->route("/slow", slow);
    m_server->route("/quick", HttpResponse::ok(kAtom, "application/atom+xml"));
    QSignalSpy spy(m_discoverer.get(), &FeedDiscoverer::finished);
    m_discoverer->discover(m_server->url(QStringLiteral("/slow")));
    QTRY_COMPARE(m_server->requestsFor("/slow").size(), 1);
    m_discoverer->discover(m_server->url(QStringLiteral("/quick")));
    QVERIFY(spy.wait(kWaitMs));
    QVERIFY(!spy.wait(1500)); // the replaced discovery never reports
    QCOMPARE(spy.size(), 1);
    const auto result = spy.takeFirst().at(0).value<DiscoveryResult>();
    QCOMPARE(result.feeds.size(), 1);
    QCOMPARE(result.feeds.constFirst().url, m_server->url(QStringLiteral("/quick")));

    // cancel() silences a running discovery altogether.
    m_discoverer->discover(m_server->url(QStringLiteral("/slow")));
    m_discoverer->cancel();
    QVERIFY(!m_discoverer->isRunning());
    QVERIFY(!spy.wait(1500));
}

QTEST_GUILESS_MAIN(TestFeedDiscoverer)
#include "tst_feeddiscoverer.moc"
