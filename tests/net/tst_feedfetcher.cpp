#include "httpserver.h"
#include "net/feedfetcher.h"
#include "net/fetcherrors.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Net::FeedFetcher;
using Net::FetchRequest;
using Net::FetchResult;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

const QByteArray feedBody = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                            "</channel></rss>";

HttpResponse feedResponse()
{
    return HttpResponse::ok(feedBody, "application/rss+xml; charset=utf-8")
        .withHeader("ETag", "\"v1\"")
        .withHeader("Last-Modified", "Wed, 27 May 2026 10:00:00 GMT");
}

} // namespace

class TestFeedFetcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void fetchesBodyAndValidators();
    void conditionalGetSendsValidatorsAndReports304();
    void gzipIsDecoded();
    void httpErrorsBecomeSentences_data();
    void httpErrorsBecomeSentences();
    void retryAfterIsReported_data();
    void retryAfterIsReported();
    void redirects_data();
    void redirects();
    void redirectLoopIsDetected();
    void tooManyRedirects();
    void stalledServerTimesOut();
    void endlessBodyHitsTheCap();
    void gzipBombHitsTheCap();
    void damagedGzipIsAnError();
    void basicAuthGoesToTheFeedHostOnly();
    void connectionRefused();
    void unsupportedScheme();
    void localFilesCanBeSubscribed();
    void redirectToALocalFileIsRefused();
    void connectionLimitsQueueRequests();
    void cancelAllReportsEveryFetch();
    void userAgentNamesTidings();
    void chosenUserAgentAndTimeoutApplyToLaterTransfers();

private:
    FetchResult fetchOne(FeedFetcher &fetcher, const FetchRequest &request);

    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestFeedFetcher::initTestCase()
{
    qRegisterMetaType<Net::FetchResult>();
}

void TestFeedFetcher::init()
{
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
}

FetchResult TestFeedFetcher::fetchOne(FeedFetcher &fetcher, const FetchRequest &request)
{
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    fetcher.fetch(request);
    if (!spy.wait(20000))
        return {};
    return spy.takeFirst().at(0).value<FetchResult>();
}

void TestFeedFetcher::fetchesBodyAndValidators()
{
    m_server->route("/feed", feedResponse());
    FeedFetcher fetcher(m_network.get());
    const FetchResult result =
        fetchOne(fetcher, {7, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Ok);
    QCOMPARE(result.sourceId, 7);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.body, feedBody);
    QCOMPARE(result.contentType, QByteArray("application/rss+xml; charset=utf-8"));
    QCOMPARE(result.etag, QByteArray("\"v1\""));
    QCOMPARE(result.lastModified, QByteArray("Wed, 27 May 2026 10:00:00 GMT"));
    QVERIFY(result.movedPermanentlyTo.isEmpty());
    QVERIFY(result.errorText.isEmpty());
}

void TestFeedFetcher::conditionalGetSendsValidatorsAndReports304()
{
    HttpResponse response = feedResponse();
    response.conditional = true;
    m_server->route("/feed", response);
    FeedFetcher fetcher(m_network.get());
    const FetchResult result = fetchOne(fetcher, {1,
                                                  m_server->url(QStringLiteral("/feed")),
                                                  "\"v1\"",
                                                  "Wed, 27 May 2026 10:00:00 GMT",
                                                  {},
                                                  {}});
    QCOMPARE(result.status, FetchResult::Status::NotModified);
    QCOMPARE(result.httpStatus, 304);
    QVERIFY(result.body.isEmpty());
    const auto requests = m_server->requestsFor("/feed");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().header("If-None-Match"), QByteArray("\"v1\""));
    QCOMPARE(requests.first().header("If-Modified-Since"),
             QByteArray("Wed, 27 May 2026 10:00:00 GMT"));
}

void TestFeedFetcher::gzipIsDecoded()
{
    HttpResponse response = feedResponse();
    response.gzip = true;
    m_server->route("/feed", response);
    FeedFetcher fetcher(m_network.get());
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Ok);
    QCOMPARE(result.body, feedBody);
    QVERIFY(m_server->requestsFor("/feed").first().header("Accept-Encoding").contains("gzip"));
}

void TestFeedFetcher::httpErrorsBecomeSentences_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404") << 404 << "The server answered 404 Not Found";
    QTest::newRow("410") << 410 << "The server answered 410 Gone";
    QTest::newRow("500") << 500 << "The server answered 500 Internal Server Error";
    QTest::newRow("401") << 401 << "The server asks for a user name and password";
}

void TestFeedFetcher::httpErrorsBecomeSentences()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    m_server->route("/feed", HttpResponse::withStatus(status, "<html>error page</html>"));
    FeedFetcher fetcher(m_network.get());
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QCOMPARE(result.httpStatus, status);
    QVERIFY2(result.errorText.contains(expected), qPrintable(result.errorText));
    QVERIFY(result.body.isEmpty());
}

void TestFeedFetcher::retryAfterIsReported_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("expectedSeconds");
    QTest::newRow("429 with seconds") << 429 << QByteArray("120") << 120;
    QTest::newRow("503 with seconds") << 503 << QByteArray("3600") << 3600;
    QTest::newRow("429 without the header") << 429 << QByteArray() << -1;
    QTest::newRow("429 with garbage") << 429 << QByteArray("soon") << -1;
}

void TestFeedFetcher::retryAfterIsReported()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, expectedSeconds);
    HttpResponse response = HttpResponse::withStatus(status);
    if (!retryAfter.isEmpty())
        response.withHeader("Retry-After", retryAfter);
    m_server->route("/feed", response);
    FeedFetcher fetcher(m_network.get());
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QCOMPARE(result.retryAfterSeconds, expectedSeconds);
    QVERIFY(result.errorText.contains(QLatin1String("try again later")));
}

void TestFeedFetcher::redirects_data()
{
    QTest::addColumn<QList<int>>("chain");
    QTest::addColumn<int>("permanentHops"); // how far the permanent part of the chain reaches

    QTest::newRow("301 moves the feed") << QList<int>{301} << 1;
    QTest::newRow("308 moves the feed") << QList<int>{308} << 1;
    QTest::newRow("302 does not") << QList<int>{302} << 0;
    QTest::newRow("307 does not") << QList<int>{307} << 0;
    QTest::newRow("301 then 301 moves to the end") << QList<int>{301, 301} << 2;
    QTest::newRow("301 then 302 moves to the middle") << QList<int>{301, 302} << 1;
    QTest::newRow("302 then 301 does not move") << QList<int>{302, 301} << 0;
}

void TestFeedFetcher::redirects()
{
    QFETCH(QList<int>, chain);
    QFETCH(int, permanentHops);
    for (int i = 0; i < chain.size(); ++i) {
        const QByteArray from = "/hop" + QByteArray::number(i);
        const QByteArray to = i + 1 < chain.size() ? QByteArray("/hop" + QByteArray::number(i + 1))
                                                   : QByteArray("/final");
        m_server->route(from, HttpResponse::redirect(chain.at(i), to));
    }
    m_server->route("/final", feedResponse());
    FeedFetcher fetcher(m_network.get());
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/hop0")), "\"old\"", {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Ok);
    QCOMPARE(result.body, feedBody);
    QCOMPARE(result.finalUrl, m_server->url(QStringLiteral("/final")));
    const QUrl expectedMove =
        permanentHops == 0 ? QUrl()
                           : m_server->url(permanentHops == chain.size()
                                               ? QStringLiteral("/final")
                                               : QStringLiteral("/hop%1").arg(permanentHops));
    QCOMPARE(result.movedPermanentlyTo, expectedMove);
    // Validators of the old address are not sent to the new one.
    QVERIFY(!m_server->requestsFor("/final").first().hasHeader("If-None-Match"));
}

void TestFeedFetcher::redirectLoopIsDetected()
{
    m_server->route("/a", HttpResponse::redirect(302, "/b"));
    m_server->route("/b", HttpResponse::redirect(301, "/a"));
    FeedFetcher fetcher(m_network.get());
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/a")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QVERIFY2(result.errorText.contains(QLatin1String("loop")), qPrintable(result.errorText));
    QCOMPARE(m_server->requests().size(), 2);
}

void TestFeedFetcher::tooManyRedirects()
{
    m_server->route("/r", [](const TestSupport::HttpRequest &request) {
        const int n = request.path.mid(request.path.indexOf('=') + 1).toInt();
        return HttpResponse::redirect(302, "/r?n=" + QByteArray::number(n + 1));
    });
    FeedFetcher fetcher(m_network.get());
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/r?n=0")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QVERIFY2(result.errorText.contains(QLatin1String("more than 10 times")),
             qPrintable(result.errorText));
    QCOMPARE(m_server->requests().size(), 11);
}

void TestFeedFetcher::stalledServerTimesOut()
{
    HttpResponse response = feedResponse();
    response.stallAfterBytes = 10;
    m_server->route("/feed", response);
    Net::FetchOptions options;
    options.timeoutMs = 1000;
    FeedFetcher fetcher(m_network.get(), options);
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QCOMPARE(result.errorText, QStringLiteral("No answer within 1 s"));
    QVERIFY(result.body.isEmpty());
}

void TestFeedFetcher::endlessBodyHitsTheCap()
{
    HttpResponse response = HttpResponse::ok(QByteArray(64 * 1024, 'x'), "application/rss+xml");
    response.endless = true;
    m_server->route("/feed", response);
    Net::FetchOptions options;
    options.maxBodyBytes = 2 * 1024 * 1024;
    FeedFetcher fetcher(m_network.get(), options);
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QVERIFY2(result.errorText.contains(QLatin1String("larger than 2 MiB")),
             qPrintable(result.errorText));
    QVERIFY(result.body.isEmpty());
}

void TestFeedFetcher::gzipBombHitsTheCap()
{
    // 64 MiB of zeros in about 64 KiB of gzip.
    HttpResponse response = HttpResponse::ok(
        TestSupport::gzipCompress(QByteArray(1 << 20, '\0'), 64), "application/rss+xml");
    response.withHeader("Content-Encoding", "gzip");
    m_server->route("/feed", response);
    Net::FetchOptions options;
    options.maxBodyBytes = 4 * 1024 * 1024;
    FeedFetcher fetcher(m_network.get(), options);
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QCOMPARE(result.errorText, Net::FetchErrors::tooLarge(options.maxBodyBytes));
    QVERIFY(result.body.isEmpty());
}

void TestFeedFetcher::damagedGzipIsAnError()
{
    // The first half of a gzip stream: a server cut off, or a proxy that broke it.
    const QByteArray gzip = TestSupport::gzipCompress(feedBody);
    HttpResponse response = HttpResponse::ok(gzip.left(gzip.size() / 2), "application/rss+xml");
    response.withHeader("Content-Encoding", "gzip");
    m_server->route("/feed", response);
    FeedFetcher fetcher(m_network.get());
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QCOMPARE(result.errorText, Net::FetchErrors::damagedCompression());
    QVERIFY(result.body.isEmpty());
}

void TestFeedFetcher::basicAuthGoesToTheFeedHostOnly()
{
    HttpServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.route("/moved", feedResponse());
    // Same host name, other port: credentials still go to the feed's host only by name, so use
    // "localhost" for the second hop to make it a different host.
    QUrl movedUrl = elsewhere.url(QStringLiteral("/moved"));
    movedUrl.setHost(QStringLiteral("localhost"));
    m_server->route("/private", HttpResponse::redirect(302, movedUrl.toEncoded()));

    FeedFetcher fetcher(m_network.get());
    const FetchResult result = fetchOne(fetcher, {1,
                                                  m_server->url(QStringLiteral("/private")),
                                                  {},
                                                  {},
                                                  QStringLiteral("reader"),
                                                  QStringLiteral("s3cret:pass")});
    QCOMPARE(result.status, FetchResult::Status::Ok);
    QCOMPARE(m_server->requestsFor("/private").first().header("Authorization"),
             "Basic " + QByteArray("reader:s3cret:pass").toBase64());
    QVERIFY(!elsewhere.requestsFor("/moved").first().hasHeader("Authorization"));
}

void TestFeedFetcher::connectionRefused()
{
    QUrl url = m_server->url(QStringLiteral("/feed"));
    m_server.reset(); // nobody listens on that port any more
    FeedFetcher fetcher(m_network.get());
    const FetchResult result = fetchOne(fetcher, {1, url, {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QVERIFY2(result.errorText.startsWith(QLatin1String("Cannot connect to 127.0.0.1")),
             qPrintable(result.errorText));
}

void TestFeedFetcher::unsupportedScheme()
{
    FeedFetcher fetcher(m_network.get());
    const FetchResult result =
        fetchOne(fetcher, {1, QUrl(QStringLiteral("ftp://127.0.0.1/feed")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QVERIFY(result.errorText.contains(QLatin1String("ftp")));
}

void TestFeedFetcher::localFilesCanBeSubscribed()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("saved.rss")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(feedBody);
    file.close();
    FeedFetcher fetcher(m_network.get());
    const FetchResult found =
        fetchOne(fetcher, {1, QUrl::fromLocalFile(file.fileName()), {}, {}, {}, {}});
    QCOMPARE(found.status, FetchResult::Status::Ok);
    QCOMPARE(found.body, feedBody);

    const FetchResult missing = fetchOne(
        fetcher,
        {2, QUrl::fromLocalFile(dir.filePath(QStringLiteral("gone.rss"))), {}, {}, {}, {}});
    QCOMPARE(missing.status, FetchResult::Status::Failed);
    QVERIFY2(missing.errorText.startsWith(QLatin1String("Cannot read the file")),
             qPrintable(missing.errorText));
}

void TestFeedFetcher::redirectToALocalFileIsRefused()
{
    m_server->route("/feed", HttpResponse::redirect(302, "file:///etc/passwd"));
    FeedFetcher fetcher(m_network.get());
    const FetchResult result =
        fetchOne(fetcher, {1, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QCOMPARE(result.status, FetchResult::Status::Failed);
    QVERIFY(result.body.isEmpty());
    QVERIFY2(result.errorText.contains(QLatin1String("cannot use")), qPrintable(result.errorText));
}

void TestFeedFetcher::connectionLimitsQueueRequests()
{
    HttpResponse slow = feedResponse();
    slow.delayMs = 300;
    m_server->route("/slow", slow);
    Net::FetchOptions options;
    options.maxConnectionsPerHost = 2;
    FeedFetcher fetcher(m_network.get(), options);
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    int mostSeen = 0;
    connect(m_server.get(), &HttpServer::requestReceived, this,
            [&] { mostSeen = qMax(mostSeen, int(m_server->requests().size()) - int(spy.size())); });
    for (int i = 0; i < 6; ++i)
        fetcher.fetch({i, m_server->url(QStringLiteral("/slow?i=%1").arg(i)), {}, {}, {}, {}});
    QCOMPARE(fetcher.pendingCount(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 6, 20000);
    QCOMPARE(mostSeen, 2);
    QCOMPARE(fetcher.pendingCount(), 0);
}

void TestFeedFetcher::cancelAllReportsEveryFetch()
{
    HttpResponse slow = feedResponse();
    slow.delayMs = 5000;
    m_server->route("/slow", slow);
    Net::FetchOptions options;
    options.maxConnections = 1;
    FeedFetcher fetcher(m_network.get(), options);
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    for (int i = 0; i < 3; ++i)
        fetcher.fetch({i, m_server->url(QStringLiteral("/slow")), {}, {}, {}, {}});
    QTRY_COMPARE(m_server->requests().size(), 1);
    fetcher.cancelAll();
    QCOMPARE(spy.size(), 3);
    for (const QList<QVariant> &arguments : spy)
        QCOMPARE(arguments.at(0).value<FetchResult>().status, FetchResult::Status::Cancelled);
    QCOMPARE(fetcher.pendingCount(), 0);
}

void TestFeedFetcher::userAgentNamesTidings()
{
    m_server->route("/feed", feedResponse());
    FeedFetcher fetcher(m_network.get());
    fetchOne(fetcher, {1, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QVERIFY(m_server->requests().first().header("User-Agent").startsWith("Tidings/"));
}

void TestFeedFetcher::chosenUserAgentAndTimeoutApplyToLaterTransfers()
{
    HttpResponse stalling = feedResponse();
    stalling.stallAfterBytes = 10;
    m_server->route("/feed", feedResponse());
    m_server->route("/stalls", stalling);
    FeedFetcher fetcher(m_network.get());
    Net::FetchOptions options;
    options.userAgent = "Reader/2 (settings)";
    options.timeoutMs = 1000;
    fetcher.setOptions(options);

    fetchOne(fetcher, {1, m_server->url(QStringLiteral("/feed")), {}, {}, {}, {}});
    QCOMPARE(m_server->requests().first().header("User-Agent"), QByteArray("Reader/2 (settings)"));
    const FetchResult stalled =
        fetchOne(fetcher, {2, m_server->url(QStringLiteral("/stalls")), {}, {}, {}, {}});
    QCOMPARE(stalled.errorText, QStringLiteral("No answer within 1 s"));
}

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
