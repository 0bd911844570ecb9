#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QTcpServer;

namespace TestSupport {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One request as the server received it.
struct HttpRequest
{
    QByteArray method;
    QByteArray path; ///< The request target, query included ("/feed?page=2").
    QByteArray version;
    HttpHeaders headers;
    QByteArray body; ///< Content-Length or chunked bodies, decoded.

    /// The first header of that name (case-insensitive), or an empty array.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
};

/// A canned answer. The framing headers (Content-Length, Transfer-Encoding, Connection) are
/// added from the fields below unless the test sets them itself, in which case the body is
/// written as given: a test can lie about lengths or send a raw pre-compressed body.
struct HttpResponse
{
    /// Part of a streamed body, written delayMs after the previous one.
    struct Piece
    {
        int delayMs = 0;
        QByteArray data;
    };

    int status = 200;
    QByteArray reason; ///< Derived from status when empty.
    HttpHeaders headers;
    QByteArray body;
    /// Compress body with gzip and send Content-Encoding: gzip. Pieces are sent as they are.
    bool gzip = false;
    /// Above zero: Transfer-Encoding: chunked, in chunks of at most this many bytes.
    int chunkSize = 0;
    /// Wait this long before writing the status line.
    int delayMs = 0;
    /// Write only this many body bytes, then keep the socket open and silent.
    qint64 stallAfterBytes = -1;
    /// After body and pieces, repeat body (or filler) until the client goes away. Chunked when
    /// chunkSize > 0, otherwise without a length and with Connection: close.
    bool endless = false;
    /// Written after body, each after its delay; the connection stays open in between. A
    /// response with pieces is chunked (a chunk per piece, or per chunkSize bytes) unless the
    /// test sets a length itself.
    QList<Piece> pieces;
    /// Answer 304 without a body when If-None-Match matches the ETag header, or (without
    /// If-None-Match) when If-Modified-Since equals the Last-Modified header.
    bool conditional = false;
    /// Close the connection after the response, or right after stallAfterBytes (a truncated body).
    bool closeConnection = false;

    /// Replaces any header of that name (case-insensitive).
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    HttpResponse &withoutHeader(const QByteArray &name);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;

    [[nodiscard]] static HttpResponse
    ok(const QByteArray &body, const QByteArray &contentType = "text/plain; charset=utf-8");
    [[nodiscard]] static HttpResponse withStatus(int status, const QByteArray &body = {});
    [[nodiscard]] static HttpResponse redirect(int status, const QByteArray &location);
    /// A text/event-stream style response made of timed pieces.
    [[nodiscard]] static HttpResponse stream(const QList<Piece> &pieces,
                                             const QByteArray &contentType = "text/event-stream");
    /// The standard reason phrase for a status code ("Not Found"), or "Unknown".
    [[nodiscard]] static QByteArray reasonPhrase(int status);
};

/// gzip data (RFC 1952) of `data` repeated `repeat` times, made without holding the whole
/// uncompressed input: gzipCompress(QByteArray(1 << 20, '\0'), 500) is a 500 MB gzip bomb.
[[nodiscard]] QByteArray gzipCompress(const QByteArray &data, int repeat = 1);

/// An HTTP/1.1 server on 127.0.0.1 with a random port, for tests. Routes are matched by the
/// exact request target first, then by its path without the query; unknown paths get 404.
/// It runs in the test's thread, so the test must spin the event loop (QSignalSpy::wait,
/// QTRY_*) while a client talks to it.
///
///     HttpServer server;
///     QVERIFY(server.listen());
///     server.route("/feed", HttpResponse::ok(xml).withHeader("ETag", "\"1\""));
///     ... fetch server.url("/feed") ...
///     QCOMPARE(server.requestsFor("/feed").constFirst().header("If-None-Match"), "\"1\"");
///
/// QNetworkAccessManager notes: Qt 6 follows redirects by default (use ManualRedirectPolicy to
/// see a 3xx); a gzip body that inflates past 10 MiB at a high ratio ends in
/// UnknownContentError unless setDecompressedSafetyCheckThreshold says otherwise; and it reads
/// in its own thread, so give a reply of an endless body a readBufferSize before aborting it.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;
    /// http://127.0.0.1:port followed by path (which may carry a query).
    [[nodiscard]] QUrl url(const QString &path = QStringLiteral("/")) const;

    void route(const QByteArray &path, const HttpResponse &response);
    void route(const QByteArray &path, Handler handler);
    /// Serves the responses in order; the last one is repeated.
    void routeSequence(const QByteArray &path, const QList<HttpResponse> &responses);

    [[nodiscard]] QList<HttpRequest> requests() const;
    /// Requests whose target equals path, or whose path does when path has no query.
    [[nodiscard]] QList<HttpRequest> requestsFor(const QByteArray &path) const;
    void clearRequests();
    /// How many TCP connections were accepted so far (keep-alive keeps this low).
    [[nodiscard]] int acceptedConnections() const;

signals:
    void requestReceived(const TestSupport::HttpRequest &request);
    /// A client's connection ended, closed by either side: proof that a cancelled request
    /// went as far as the wire.
    void connectionClosed();

private:
    void acceptConnections();
    [[nodiscard]] HttpResponse respond(const HttpRequest &request);

    QTcpServer *m_server = nullptr;
    QList<QPair<QByteArray, Handler>> m_routes;
    QList<HttpRequest> m_requests;
    int m_accepted = 0;
};

} // namespace TestSupport

Q_DECLARE_METATYPE(TestSupport::HttpRequest)
