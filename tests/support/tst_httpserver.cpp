#include "httpservertest.h"

#include <QElapsedTimer>

using TestSupport::HttpRequest;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;
using TestSupport::Reply;

Q_DECLARE_METATYPE(TestSupport::HttpResponse)

namespace {

const QByteArray kFeedBody = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>";

} // namespace

/// The in-test HTTP server: statuses, routes, recorded requests, conditional answers, redirects,
/// keep-alive and handlers.
class tst_HttpServer final : public TestSupport::HttpServerTest
{
    Q_OBJECT

private slots:
    void servesStatusHeadersAndBody_data();
    void servesStatusHeadersAndBody();
    void routesByTarget_data();
    void routesByTarget();
    void recordsRequests_data();
    void recordsRequests();
    void headRequestGetsLengthWithoutBody();
    void conditionalAnswers304_data();
    void conditionalAnswers304();
    void redirectHelper_data();
    void redirectHelper();
    void keepAliveServesSequentialRequestsOnOneConnection();
    void handlerSeesTheRequest();
    void sequenceRepeatsItsLastResponse();
};

void tst_HttpServer::servesStatusHeadersAndBody_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");

    QTest::newRow("content type with charset")
        << HttpResponse::ok("caf\xe9", "text/plain; charset=iso-8859-1") << 200 << QByteArray("OK")
        << QByteArray("Content-Type") << QByteArray("text/plain; charset=iso-8859-1");
    QTest::newRow("validators") << HttpResponse::ok(kFeedBody, "application/rss+xml")
                                       .withHeader("ETag", "\"abc-1\"")
                                       .withHeader("Last-Modified", "Wed, 04 Nov 2026 08:30:00 GMT")
                                << 200 << QByteArray("OK") << QByteArray("Last-Modified")
                                << QByteArray("Wed, 04 Nov 2026 08:30:00 GMT");
    QTest::newRow("created with location")
        << HttpResponse::withStatus(201, "made").withHeader("Location", "/items/7") << 201
        << QByteArray("Created") << QByteArray("Location") << QByteArray("/items/7");
    QTest::newRow("gone") << HttpResponse::withStatus(410, "gone for good") << 410
                          << QByteArray("Gone") << QByteArray("Content-Type")
                          << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("too many requests with retry-after")
        << HttpResponse::withStatus(429, "slow down").withHeader("Retry-After", "120") << 429
        << QByteArray("Too Many Requests") << QByteArray("Retry-After") << QByteArray("120");
    QTest::newRow("server error") << HttpResponse::withStatus(500, "oops") << 500
                                  << QByteArray("Internal Server Error")
                                  << QByteArray("Content-Length") << QByteArray("4");
    HttpResponse custom = HttpResponse::ok("odd");
    custom.status = 299;
    custom.reason = "Fine Enough";
    custom.withHeader("X-Tidings-Test", "yes");
    QTest::newRow("custom status and reason") << custom << 299 << QByteArray("Fine Enough")
                                              << QByteArray("x-tidings-test") << QByteArray("yes");
}

void tst_HttpServer::servesStatusHeadersAndBody()
{
    QFETCH(HttpResponse, response);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);

    m_server->route("/thing", response);
    const Reply reply = fetch(requestFor(QStringLiteral("/thing")));

    QVERIFY(reply.finished);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.reason, reason);
    QCOMPARE(reply.header(headerName), headerValue);
    QCOMPARE(reply.body, response.body);
    QCOMPARE(reply.header("Content-Length"), QByteArray::number(response.body.size()));
}

void tst_HttpServer::routesByTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("unknown path is 404")
        << QStringLiteral("/nowhere") << 404 << QByteArray("Not Found\n");
    QTest::newRow("path route ignores the query")
        << QStringLiteral("/feed?page=3") << 200 << QByteArray("any page");
    QTest::newRow("exact target wins")
        << QStringLiteral("/feed?page=2") << 200 << QByteArray("page two");
    QTest::newRow("trailing slash is another path")
        << QStringLiteral("/feed/") << 404 << QByteArray("Not Found\n");
    QTest::newRow("root") << QStringLiteral("/") << 200 << QByteArray("home");
}

void tst_HttpServer::routesByTarget()
{
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    m_server->route("/", HttpResponse::ok("home"));
    m_server->route("/feed", HttpResponse::ok("any page"));
    m_server->route("/feed?page=2", HttpResponse::ok("page two"));
    const Reply reply = fetch(requestFor(target));

    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, body);
}

void tst_HttpServer::recordsRequests_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("get with query")
        << QByteArray("GET") << QStringLiteral("/feed?since=12&x=%20") << QByteArray();
    QTest::newRow("post with body") << QByteArray("POST") << QStringLiteral("/v1/chat/completions")
                                    << QByteArray(R"({"model":"m","stream":true})");
    QTest::newRow("put with binary body")
        << QByteArray("PUT") << QStringLiteral("/blob") << QByteArray("\0\1\2\r\n\r\n\xff", 8);
    QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/items/3") << QByteArray();
}

void tst_HttpServer::recordsRequests()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, target);
    QFETCH(QByteArray, body);

    QSignalSpy received(m_server.get(), &HttpServer::requestReceived);
    QNetworkRequest request = requestFor(target);
    request.setRawHeader("X-Api-Key", "secret-42");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const Reply reply = fetch(request, verb, body);

    QCOMPARE(reply.status, 404);
    QCOMPARE(m_server->requests().size(), 1);
    const HttpRequest recorded = m_server->requests().constFirst();
    QCOMPARE(recorded.method, verb);
    QCOMPARE(recorded.path, target.toUtf8());
    QCOMPARE(recorded.version, QByteArray("HTTP/1.1"));
    QCOMPARE(recorded.header("x-api-key"), QByteArray("secret-42"));
    QCOMPARE(recorded.header("HOST"),
             QByteArray("127.0.0.1:" + QByteArray::number(m_server->port())));
    QVERIFY(!recorded.hasHeader("X-Not-Sent"));
    QCOMPARE(recorded.body, body);

    const QByteArray pathOnly = target.toUtf8().split('?').constFirst();
    QCOMPARE(m_server->requestsFor(pathOnly).size(), 1);
    QCOMPARE(m_server->requestsFor(target.toUtf8()).size(), 1);
    QCOMPARE(m_server->requestsFor("/other").size(), 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().value<HttpRequest>().path, target.toUtf8());

    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}

void tst_HttpServer::headRequestGetsLengthWithoutBody()
{
    m_server->route("/feed", HttpResponse::ok(kFeedBody, "application/rss+xml"));
    const Reply reply = fetch(requestFor(QStringLiteral("/feed")), "HEAD");

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Length"), QByteArray::number(kFeedBody.size()));
    QVERIFY(reply.body.isEmpty());
    // The connection is still in step: a GET on it gets its body.
    QCOMPARE(fetch(requestFor(QStringLiteral("/feed"))).body, kFeedBody);
    QCOMPARE(m_server->acceptedConnections(), 1);
}

void tst_HttpServer::conditionalAnswers304_data()
{
    QTest::addColumn<QByteArray>("ifNoneMatch");
    QTest::addColumn<QByteArray>("ifModifiedSince");
    QTest::addColumn<int>("status");

    const QByteArray date = "Tue, 03 Nov 2026 10:00:00 GMT";
    QTest::newRow("matching etag") << QByteArray("\"v7\"") << QByteArray() << 304;
    QTest::newRow("weak etag") << QByteArray("W/\"v7\"") << QByteArray() << 304;
    QTest::newRow("etag in a list") << QByteArray("\"v5\", \"v7\"") << QByteArray() << 304;
    QTest::newRow("star") << QByteArray("*") << QByteArray() << 304;
    QTest::newRow("other etag") << QByteArray("\"v6\"") << QByteArray() << 200;
    QTest::newRow("matching date") << QByteArray() << date << 304;
    QTest::newRow("other date") << QByteArray() << QByteArray("Mon, 02 Nov 2026 10:00:00 GMT")
                                << 200;
    QTest::newRow("etag mismatch beats matching date") << QByteArray("\"v6\"") << date << 200;
    QTest::newRow("no validators") << QByteArray() << QByteArray() << 200;
}

void tst_HttpServer::conditionalAnswers304()
{
    QFETCH(QByteArray, ifNoneMatch);
    QFETCH(QByteArray, ifModifiedSince);
    QFETCH(int, status);

    HttpResponse response = HttpResponse::ok(kFeedBody, "application/rss+xml")
                                .withHeader("ETag", "\"v7\"")
                                .withHeader("Last-Modified", "Tue, 03 Nov 2026 10:00:00 GMT");
    response.conditional = true;
    response.gzip = true;
    m_server->route("/feed", response);

    QNetworkRequest request = requestFor(QStringLiteral("/feed"));
    if (!ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch);
    if (!ifModifiedSince.isEmpty())
        request.setRawHeader("If-Modified-Since", ifModifiedSince);
    const Reply reply = fetch(request);

    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, status == 304 ? QByteArray() : kFeedBody);
    QCOMPARE(reply.header("ETag"), QByteArray("\"v7\""));
    QCOMPARE(reply.hasHeader("Content-Encoding"), status == 200);
}

void tst_HttpServer::redirectHelper_data()
{
    QTest::addColumn<int>("status");

    for (const int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

void tst_HttpServer::redirectHelper()
{
    QFETCH(int, status);

    m_server->route("/old", HttpResponse::redirect(status, "/new?from=old"));
    m_server->route("/new", HttpResponse::ok(kFeedBody));

    const Reply manual = fetch(requestFor(QStringLiteral("/old")));
    QCOMPARE(manual.status, status);
    QCOMPARE(manual.reason, HttpResponse::reasonPhrase(status));
    QCOMPARE(manual.header("Location"), QByteArray("/new?from=old"));

    QNetworkRequest follow(m_server->url(QStringLiteral("/old")));
    follow.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                        QNetworkRequest::NoLessSafeRedirectPolicy);
    const Reply followed = fetch(follow);
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.url, m_server->url(QStringLiteral("/new?from=old")));
    QCOMPARE(followed.body, kFeedBody);
    QCOMPARE(m_server->requestsFor("/new").constFirst().path, QByteArray("/new?from=old"));
}

void tst_HttpServer::keepAliveServesSequentialRequestsOnOneConnection()
{
    m_server->route("/a", HttpResponse::ok("first"));
    m_server->route("/b", HttpResponse::ok("second"));

    QCOMPARE(fetch(requestFor(QStringLiteral("/a"))).body, QByteArray("first"));
    QCOMPARE(fetch(requestFor(QStringLiteral("/b"))).body, QByteArray("second"));

    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(0).path, QByteArray("/a"));
    QCOMPARE(m_server->requests().at(1).path, QByteArray("/b"));
    QCOMPARE(m_server->acceptedConnections(), 1);
}

void tst_HttpServer::handlerSeesTheRequest()
{
    m_server->route("/echo", [](const HttpRequest &request) {
        HttpResponse response = HttpResponse::ok(request.method + ' ' + request.path + ' ' +
                                                 request.header("X-Token") + ' ' + request.body);
        response.status = request.method == "POST" ? 201 : 200;
        return response;
    });

    QNetworkRequest request = requestFor(QStringLiteral("/echo?q=1"));
    request.setRawHeader("X-Token", "t0k");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
    const Reply posted = fetch(request, "POST", "payload");
    QCOMPARE(posted.status, 201);
    QCOMPARE(posted.body, QByteArray("POST /echo?q=1 t0k payload"));

    const Reply got = fetch(request);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body, QByteArray("GET /echo?q=1 t0k "));
}

void tst_HttpServer::sequenceRepeatsItsLastResponse()
{
    m_server->routeSequence("/flaky",
                            {HttpResponse::withStatus(503, "busy").withHeader("Retry-After", "1"),
                             HttpResponse::ok("first good"), HttpResponse::ok("still good")});

    const QList<int> statuses = {503, 200, 200, 200};
    const QList<QByteArray> bodies = {"busy", "first good", "still good", "still good"};
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const Reply reply = fetch(requestFor(QStringLiteral("/flaky")));
        QCOMPARE(reply.status, statuses.at(i));
        QCOMPARE(reply.body, bodies.at(i));
    }
    QCOMPARE(m_server->requestsFor("/flaky").size(), statuses.size());
}

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
