#include "httpservertest.h"

#include <QElapsedTimer>

using TestSupport::HttpResponse;
using TestSupport::kTimeoutMs;
using TestSupport::Reply;

Q_DECLARE_METATYPE(TestSupport::HttpResponse)

/// How the in-test HTTP server sends bodies: gzip, chunks, delays, stalls, endless bodies and timed
/// pieces.
class tst_HttpBodies final : public TestSupport::HttpServerTest
{
    Q_OBJECT

private slots:
    void gzipBodyIsDecodedByClient_data();
    void gzipBodyIsDecodedByClient();
    void gzipBombDecodesToItsFullSize();
    void chunkedBodyArrivesWhole_data();
    void chunkedBodyArrivesWhole();
    void delayHoldsBackTheResponse();
    void stallSendsPartialBodyThenNothing_data();
    void stallSendsPartialBodyThenNothing();
    void stallWithCloseTruncatesTheBody();
    void endlessBodyRunsUntilClientLeaves_data();
    void endlessBodyRunsUntilClientLeaves();
    void timedPiecesArriveInOrder();
};

void tst_HttpBodies::gzipBodyIsDecodedByClient_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray text = QByteArray("<item><title>same old news</title></item>\n").repeated(500);
    HttpResponse flagged = HttpResponse::ok(text, "application/xml; charset=utf-8");
    flagged.gzip = true;
    QTest::newRow("gzip flag") << flagged << text;

    HttpResponse chunked = flagged;
    chunked.chunkSize = 100;
    QTest::newRow("gzip flag, chunked") << chunked << text;

    const HttpResponse precompressed = HttpResponse::ok(TestSupport::gzipCompress("abc", 1000))
                                           .withHeader("Content-Encoding", "gzip");
    QTest::newRow("precompressed by the test") << precompressed << QByteArray("abc").repeated(1000);

    HttpResponse empty = HttpResponse::ok({});
    empty.gzip = true;
    QTest::newRow("empty body") << empty << QByteArray();
}

void tst_HttpBodies::gzipBodyIsDecodedByClient()
{
    QFETCH(HttpResponse, response);
    QFETCH(QByteArray, expected);

    m_server->route("/zipped", response);
    const Reply reply = fetch(requestFor(QStringLiteral("/zipped")));

    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(reply.body, expected);
    QVERIFY(m_server->requests().constFirst().header("Accept-Encoding").contains("gzip"));
}

void tst_HttpBodies::gzipBombDecodesToItsFullSize()
{
    const qsizetype unpacked = 16 * 1024 * 1024;
    const QByteArray bomb = TestSupport::gzipCompress(QByteArray(1024 * 1024, '\0'), 16);
    QVERIFY2(bomb.size() < unpacked / 500, QByteArray::number(bomb.size()).constData());

    m_server->route(
        "/bomb",
        HttpResponse::ok(bomb, "application/rss+xml").withHeader("Content-Encoding", "gzip"));
    QNetworkRequest request = requestFor(QStringLiteral("/bomb"));
    request.setDecompressedSafetyCheckThreshold(-1); // this test wants the whole thing
    const Reply reply = fetch(request);

    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.body.size(), unpacked);
    QCOMPARE(reply.body.count('\0'), unpacked);
}

void tst_HttpBodies::chunkedBodyArrivesWhole_data()
{
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<QByteArray>("body");

    const QByteArray text = QByteArray("0123456789abcdef\r\n").repeated(300);
    QTest::newRow("one byte chunks") << 1 << text.left(2000);
    QTest::newRow("odd size chunks") << 7 << text;
    QTest::newRow("one chunk bigger than the body") << 100000 << text;
    QTest::newRow("body of exact chunk multiple") << 18 << text;
}

void tst_HttpBodies::chunkedBodyArrivesWhole()
{
    QFETCH(int, chunkSize);
    QFETCH(QByteArray, body);

    HttpResponse response = HttpResponse::ok(body);
    response.chunkSize = chunkSize;
    m_server->route("/chunked", response);
    const Reply reply = fetch(requestFor(QStringLiteral("/chunked")));

    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.header("Transfer-Encoding"), QByteArray("chunked"));
    QVERIFY(!reply.hasHeader("Content-Length"));
    QCOMPARE(reply.body, body);
}

void tst_HttpBodies::delayHoldsBackTheResponse()
{
    HttpResponse response = HttpResponse::ok("late");
    response.delayMs = 400;
    m_server->route("/slow", response);

    QElapsedTimer clock;
    clock.start();
    const Reply reply = fetch(requestFor(QStringLiteral("/slow")));

    QCOMPARE(reply.body, QByteArray("late"));
    QVERIFY2(clock.elapsed() >= 200, QByteArray::number(clock.elapsed()).constData());
}

void tst_HttpBodies::stallSendsPartialBodyThenNothing_data()
{
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<qint64>("stallAfter");

    QTest::newRow("content-length body") << 0 << qint64(100);
    QTest::newRow("chunked body") << 50 << qint64(100);
    QTest::newRow("before the first body byte") << 0 << qint64(0);
}

void tst_HttpBodies::stallSendsPartialBodyThenNothing()
{
    QFETCH(int, chunkSize);
    QFETCH(qint64, stallAfter);

    const QByteArray body = QByteArray("stalled feed ").repeated(100);
    HttpResponse response = HttpResponse::ok(body);
    response.chunkSize = chunkSize;
    response.stallAfterBytes = stallAfter;
    m_server->route("/stall", response);
    m_server->route("/fine", HttpResponse::ok("fine"));

    std::unique_ptr<QNetworkReply> reply(m_network->get(requestFor(QStringLiteral("/stall"))));
    QByteArray received;
    bool headersSeen = false;
    connect(reply.get(), &QNetworkReply::metaDataChanged, this, [&] { headersSeen = true; });
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] { received += reply->readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(headersSeen && received.size() >= stallAfter, kTimeoutMs);
    // The server answers another request meanwhile, so it is not merely slow with this one.
    QCOMPARE(fetch(requestFor(QStringLiteral("/fine"))).body, QByteArray("fine"));
    QCoreApplication::processEvents();

    QVERIFY(!reply->isFinished());
    QCOMPARE(received, body.left(stallAfter));
    if (chunkSize == 0)
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), body.size());
    reply->abort();
}

void tst_HttpBodies::stallWithCloseTruncatesTheBody()
{
    HttpResponse response = HttpResponse::ok(QByteArray(1000, 'z'));
    response.stallAfterBytes = 250;
    response.closeConnection = true;
    m_server->route("/cut", response);

    const Reply reply = fetch(requestFor(QStringLiteral("/cut")));

    QVERIFY(reply.finished);
    QCOMPARE(reply.header("Content-Length"), QByteArray("1000"));
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(reply.body.size() <= 250);
}

void tst_HttpBodies::endlessBodyRunsUntilClientLeaves_data()
{
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("chunked filler") << 16 * 1024 << QByteArray();
    QTest::newRow("close-delimited filler") << 0 << QByteArray();
    QTest::newRow("repeated body") << 0 << QByteArray("<item>again</item>");
}

void tst_HttpBodies::endlessBodyRunsUntilClientLeaves()
{
    QFETCH(int, chunkSize);
    QFETCH(QByteArray, body);

    HttpResponse response = HttpResponse::ok(body);
    response.chunkSize = chunkSize;
    response.endless = true;
    m_server->route("/endless", response);
    m_server->route("/fine", HttpResponse::ok("fine"));

    const qint64 wanted = 4 * 1024 * 1024;
    std::unique_ptr<QNetworkReply> reply(m_network->get(requestFor(QStringLiteral("/endless"))));
    // QNAM reads in its own thread; bounding its buffer keeps it from queueing up megabytes
    // that a slow (sanitized) main thread would still have to drain after abort().
    reply->setReadBufferSize(256 * 1024);
    QByteArray head;
    qint64 total = 0;
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] {
        const QByteArray data = reply->readAll();
        if (head.size() < 64)
            head += data.left(64 - head.size());
        total += data.size();
    });
    QTRY_VERIFY_WITH_TIMEOUT(total >= wanted, kTimeoutMs);
    QVERIFY(!reply->isFinished());
    reply->abort();

    const QByteArray unit = body.isEmpty() ? QByteArray("x") : body;
    QCOMPARE(head, unit.repeated(64 / unit.size() + 1).left(64));
    QCOMPARE(fetch(requestFor(QStringLiteral("/fine"))).body, QByteArray("fine"));
}

void tst_HttpBodies::timedPiecesArriveInOrder()
{
    const QList<HttpResponse::Piece> pieces = {
        {0, "data: {\"delta\":\"Hel\"}\n\n"},
        {150, "data: {\"delta\":\"lo\"}\n\n"},
        {150, "data: [DONE]\n\n"},
    };
    m_server->route("/v1/chat/completions", HttpResponse::stream(pieces));

    QNetworkRequest request = requestFor(QStringLiteral("/v1/chat/completions"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, QByteArray("{}")));
    QElapsedTimer clock;
    clock.start();
    QList<QByteArray> arrivals;
    qint64 lastArrivalMs = 0;
    connect(reply.get(), &QNetworkReply::readyRead, this, [&] {
        arrivals.append(reply->readAll());
        lastArrivalMs = clock.elapsed();
    });
    QVERIFY(QSignalSpy(reply.get(), &QNetworkReply::finished).wait(kTimeoutMs));

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("text/event-stream"));
    QCOMPARE(arrivals.join(), pieces[0].data + pieces[1].data + pieces[2].data);
    QVERIFY(arrivals.constFirst().startsWith(pieces[0].data));
    QVERIFY(!arrivals.constFirst().contains(pieces[2].data));
    QVERIFY2(lastArrivalMs >= 150, QByteArray::number(lastArrivalMs).constData());
}

QTEST_GUILESS_MAIN(tst_HttpBodies)
#include "tst_httpbodies.moc"
