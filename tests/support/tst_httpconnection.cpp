#include "httpserver.h"

#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using TestSupport::HttpResponse;
using TestSupport::HttpServer;

// The wire level of HttpServer, through raw sockets: what QNetworkAccessManager cannot be made
// to send (pipelines, HTTP/1.0, malformed requests, noise).

namespace {

constexpr int kTimeoutMs = 5000;

// Reads from a raw socket until done(received) holds or the time is up.
QByteArray readUntil(QTcpSocket &socket, const std::function<bool(const QByteArray &)> &done)
{
    QByteArray received;
    // Callers assert on what arrived, which says more than a timeout flag would.
    static_cast<void>(QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return done(received);
        },
        kTimeoutMs));
    return received;
}

} // namespace

class tst_HttpConnection final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pipelinedRequestsAreAnsweredInOrder();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
    void malformedRequestGets400_data();
    void malformedRequestGets400();
    void survivesArbitraryBytes();

private:
    [[nodiscard]] bool connectRaw(QTcpSocket &socket) const;
    // Sends request on a fresh connection and reads until the reply ends with expectedEnd.
    [[nodiscard]] QByteArray exchange(const QByteArray &request,
                                      const QByteArray &expectedEnd) const;

    std::unique_ptr<HttpServer> m_server;
};

void tst_HttpConnection::init()
{
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
}

void tst_HttpConnection::cleanup()
{
    m_server.reset();
}

bool tst_HttpConnection::connectRaw(QTcpSocket &socket) const
{
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    return socket.waitForConnected(kTimeoutMs);
}

QByteArray tst_HttpConnection::exchange(const QByteArray &request,
                                        const QByteArray &expectedEnd) const
{
    QTcpSocket socket;
    if (!connectRaw(socket))
        return {};
    socket.write(request);
    return readUntil(socket,
                     [&expectedEnd](const QByteArray &data) { return data.endsWith(expectedEnd); });
}

void tst_HttpConnection::pipelinedRequestsAreAnsweredInOrder()
{
    m_server->route("/a", HttpResponse::ok("alpha"));
    m_server->route("/b", HttpResponse::ok("bravo"));
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));

    socket.write("GET /a HTTP/1.1\r\nHost: test\r\n\r\n"
                 "POST /b HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n");
    const QByteArray received =
        readUntil(socket, [](const QByteArray &data) { return data.endsWith("bravo"); });

    QCOMPARE(received.count("HTTP/1.1 200 OK\r\n"), 2);
    QVERIFY(received.indexOf("alpha") < received.indexOf("bravo"));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).method, QByteArray("POST"));
    QCOMPARE(m_server->requests().at(1).body, QByteArray("hello world"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void tst_HttpConnection::connectionCloseIsHonoured_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("closeByResponse");
    QTest::addColumn<bool>("closes");

    QTest::newRow("client asks to close")
        << QByteArray("GET /a HTTP/1.1\r\nConnection: close\r\n\r\n") << false << true;
    QTest::newRow("http/1.0 closes by default")
        << QByteArray("GET /a HTTP/1.0\r\n\r\n") << false << true;
    QTest::newRow("http/1.0 keep-alive stays open")
        << QByteArray("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false << false;
    QTest::newRow("response closes") << QByteArray("GET /a HTTP/1.1\r\n\r\n") << true << true;
    QTest::newRow("http/1.1 stays open") << QByteArray("GET /a HTTP/1.1\r\n\r\n") << false << false;
}

void tst_HttpConnection::connectionCloseIsHonoured()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, closeByResponse);
    QFETCH(bool, closes);

    HttpResponse response = HttpResponse::ok("alpha");
    response.closeConnection = closeByResponse;
    m_server->route("/a", response);
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    socket.write(request);

    const QByteArray received =
        readUntil(socket, [](const QByteArray &data) { return data.endsWith("alpha"); });
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(received.contains("\r\nConnection: close\r\n"), closes);
    if (closes) {
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
    } else {
        // A second exchange on the same socket proves the server kept it open.
        socket.write("GET /a HTTP/1.1\r\n\r\n");
        const QByteArray again =
            readUntil(socket, [](const QByteArray &data) { return data.endsWith("alpha"); });
        QVERIFY(again.startsWith("HTTP/1.1 200 OK\r\n"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
}

void tst_HttpConnection::malformedRequestGets400_data()
{
    QTest::addColumn<QByteArray>("request");

    QTest::newRow("garbage") << QByteArray("\x01\x02 hello there\r\n\r\n");
    QTest::newRow("missing version") << QByteArray("GET /a\r\n\r\n");
    QTest::newRow("not http") << QByteArray("GET /a SPDY/3\r\n\r\n");
    QTest::newRow("header without colon") << QByteArray("GET /a HTTP/1.1\r\nHost test\r\n\r\n");
    QTest::newRow("negative content-length")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: -4\r\n\r\nabcd");
    QTest::newRow("bad chunk size") << QByteArray(
        "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("chunk longer than declared") << QByteArray(
        "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("endless header") << QByteArray(70 * 1024, 'h');
}

void tst_HttpConnection::malformedRequestGets400()
{
    QFETCH(QByteArray, request);

    m_server->route("/a", HttpResponse::ok("alpha"));
    QTcpSocket socket;
    QVERIFY(connectRaw(socket));
    socket.write(request);

    const QByteArray received =
        readUntil(socket, [](const QByteArray &data) { return data.endsWith("Bad Request\n"); });
    QVERIFY(received.startsWith("HTTP/1.1 400 Bad Request\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(exchange("GET /a HTTP/1.1\r\n\r\n", "alpha").startsWith("HTTP/1.1 200 OK\r\n"));
}

void tst_HttpConnection::survivesArbitraryBytes()
{
    m_server->route("/a", HttpResponse::ok("alpha"));
    // Fragments that drive the parser into its corners, glued together at random.
    const QList<QByteArray> fragments = {
        "GET /a HTTP/1.1\r\n",
        "POST /a HTTP/1.1\r\n",
        "Content-Length: 5\r\n",
        "Content-Length: 99999999999999999999\r\n",
        "Transfer-Encoding: chunked\r\n",
        "Connection: close\r\n",
        "\r\n",
        "5\r\nhello\r\n",
        "0\r\n\r\n",
        "ffffffffffffffff\r\n",
        ":\r\n",
        " \t ",
        "HTTP/1.",
        QByteArray("\0", 1),
    };
    QRandomGenerator random(20261127);
    for (int batch = 0; batch < 10; ++batch) {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 20; ++i) {
            QByteArray noise;
            const int parts = random.bounded(1, 12);
            for (int part = 0; part < parts; ++part) {
                if (random.bounded(4) == 0) {
                    QByteArray bytes(random.bounded(1, 64), Qt::Uninitialized);
                    for (char &byte : bytes)
                        byte = char(random.bounded(256));
                    noise += bytes;
                } else {
                    noise += fragments.at(random.bounded(fragments.size()));
                }
            }
            auto socket = std::make_unique<QTcpSocket>();
            QVERIFY(connectRaw(*socket));
            socket->write(noise);
            sockets.push_back(std::move(socket));
        }
        QTest::qWait(20); // let the server chew, then drop the clients mid-conversation
    }
    QVERIFY(exchange("GET /a HTTP/1.1\r\n\r\n", "alpha").startsWith("HTTP/1.1 200 OK\r\n"));
}

QTEST_GUILESS_MAIN(tst_HttpConnection)
#include "tst_httpconnection.moc"
