#include "httpserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

#include <algorithm>
#include <deque>
#include <memory>

namespace TestSupport {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 256LL * 1024 * 1024;
// Endless and huge bodies are written only while the socket's queue is below this, so an
// endless response costs bounded memory and notices a departed client quickly.
constexpr qint64 kHighWaterBytes = 256 * 1024;
constexpr qsizetype kEndlessUnitBytes = 64 * 1024;

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray findHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (sameName(header.first, name))
            return header.second;
    }
    return {};
}

bool containsHeader(const HttpHeaders &headers, const QByteArray &name)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&name](const auto &header) { return sameName(header.first, name); });
}

void removeHeader(HttpHeaders &headers, const QByteArray &name)
{
    headers.removeIf([&name](const auto &header) { return sameName(header.first, name); });
}

QByteArray pathOf(const QByteArray &target)
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

// A pattern with a query must match the whole target; one without matches any query.
bool targetMatches(const QByteArray &target, const QByteArray &pattern)
{
    return pattern.contains('?') ? target == pattern : pathOf(target) == pattern;
}

enum class Parse { Incomplete, Complete, Bad };

Parse decodeChunked(const QByteArray &input, qsizetype pos, QByteArray *body, qsizetype *consumed)
{
    body->clear();
    for (;;) {
        const qsizetype lineEnd = input.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return input.size() - pos > 1024 ? Parse::Bad : Parse::Incomplete;
        QByteArray sizeText = input.mid(pos, lineEnd - pos);
        const qsizetype extension = sizeText.indexOf(';');
        if (extension >= 0)
            sizeText.truncate(extension);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || body->size() + size > kMaxBodyBytes)
            return Parse::Bad;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailer fields, if any, end with an empty line.
            for (;;) {
                const qsizetype end = input.indexOf("\r\n", pos);
                if (end < 0)
                    return input.size() - pos > kMaxHeaderBytes ? Parse::Bad : Parse::Incomplete;
                if (end == pos) {
                    *consumed = end + 2;
                    return Parse::Complete;
                }
                pos = end + 2;
            }
        }
        if (input.size() - pos < size + 2)
            return Parse::Incomplete;
        if (input.mid(pos + size, 2) != "\r\n")
            return Parse::Bad;
        body->append(input.constData() + pos, size);
        pos += size + 2;
    }
}

Parse parseRequest(const QByteArray &input, HttpRequest *request, qsizetype *consumed)
{
    const qsizetype headerEnd = input.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return input.size() > kMaxHeaderBytes ? Parse::Bad : Parse::Incomplete;
    if (headerEnd > kMaxHeaderBytes)
        return Parse::Bad;

    const QList<QByteArray> lines = input.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty() ||
        !requestLine.at(2).startsWith("HTTP/1."))
        return Parse::Bad;
    request->method = requestLine.at(0);
    request->path = requestLine.at(1);
    request->version = requestLine.at(2);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Bad;
        const QByteArray name = line.left(colon).trimmed();
        if (name.contains(' ') || name.contains('\t'))
            return Parse::Bad;
        request->headers.append({name, line.mid(colon + 1).trimmed()});
    }

    const qsizetype bodyStart = headerEnd + 4;
    if (request->header("Transfer-Encoding").toLower().contains("chunked"))
        return decodeChunked(input, bodyStart, &request->body, consumed);
    qint64 length = 0;
    if (request->hasHeader("Content-Length")) {
        bool ok = false;
        length = request->header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0 || length > kMaxBodyBytes)
            return Parse::Bad;
    }
    if (input.size() - bodyStart < length)
        return Parse::Incomplete;
    request->body = input.mid(bodyStart, length);
    *consumed = bodyStart + length;
    return Parse::Complete;
}

QByteArray opaqueTag(const QByteArray &tag)
{
    const QByteArray trimmed = tag.trimmed();
    return trimmed.startsWith("W/") ? trimmed.mid(2) : trimmed; // weak comparison
}

// RFC 9110 13.1.2 and 13.1.3: If-None-Match wins over If-Modified-Since when both are present.
bool notModified(const HttpRequest &request, const HttpResponse &response)
{
    if (request.hasHeader("If-None-Match")) {
        const QByteArray etag = response.header("ETag");
        const QByteArray candidates = request.header("If-None-Match").trimmed();
        if (etag.isEmpty())
            return false;
        if (candidates == "*")
            return true;
        const QList<QByteArray> tags = candidates.split(',');
        return std::any_of(tags.cbegin(), tags.cend(), [&etag](const QByteArray &candidate) {
            return opaqueTag(candidate) == opaqueTag(etag);
        });
    }
    const QByteArray lastModified = response.header("Last-Modified").trimmed();
    return !lastModified.isEmpty() && request.header("If-Modified-Since").trimmed() == lastModified;
}

bool statusForbidsBody(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

// Serves the requests of one TCP connection, one at a time, in the order they arrived.
class Connection final : public QObject
{
public:
    using Responder = std::function<HttpResponse(const HttpRequest &)>;

    Connection(QTcpSocket *socket, Responder responder, QObject *parent)
        : QObject(parent), m_socket(socket), m_responder(std::move(responder))
    {
        m_socket->setParent(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // timed pieces go out now
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Connection::pump);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readRequests);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::pump);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        readRequests();
    }

private:
    struct Step
    {
        int delayMs = 0;
        QByteArray bytes; // as they go on the wire, framing included
    };
    enum class Tail { Finish, Stall, Endless };

    void readRequests()
    {
        m_input += m_socket->readAll();
        while (!m_busy && !m_closing) {
            while (
                m_input.startsWith("\r\n")) // RFC 9112 2.2: tolerate blank lines between requests
                m_input.remove(0, 2);
            HttpRequest request;
            qsizetype consumed = 0;
            switch (parseRequest(m_input, &request, &consumed)) {
            case Parse::Incomplete:
                return;
            case Parse::Bad: {
                m_input.clear();
                HttpResponse badRequest = HttpResponse::withStatus(400, "Bad Request\n");
                badRequest.closeConnection = true;
                start({}, badRequest);
                return;
            }
            case Parse::Complete:
                m_input.remove(0, consumed);
                start(request, m_responder(request));
                break;
            }
        }
    }

    void start(const HttpRequest &request, HttpResponse response)
    {
        m_busy = true;
        m_steps.clear();
        if (response.conditional && notModified(request, response)) {
            response.status = 304;
            response.reason.clear();
            response.gzip = false;
            for (const char *name : {"Content-Length", "Transfer-Encoding", "Content-Encoding"})
                removeHeader(response.headers, name);
        }
        if (response.gzip && !statusForbidsBody(response.status)) {
            response.body = gzipCompress(response.body);
            response.withHeader("Content-Encoding", "gzip");
        }

        const bool noBody = statusForbidsBody(response.status) || request.method == "HEAD";
        const bool testFramed = containsHeader(response.headers, "Content-Length") ||
                                containsHeader(response.headers, "Transfer-Encoding");
        m_chunked = !testFramed && (response.chunkSize > 0 || !response.pieces.isEmpty());
        const bool closeDelimited = !testFramed && !m_chunked && response.endless;
        const QByteArray clientConnection = request.header("Connection").toLower();
        const bool clientCloses =
            clientConnection.contains("close") ||
            (request.version == "HTTP/1.0" && !clientConnection.contains("keep-alive"));
        m_closeAfter = response.closeConnection || clientCloses || closeDelimited ||
                       sameName(response.header("Connection"), "close");
        m_closeOnStall = response.closeConnection;

        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                          (response.reason.isEmpty() ? HttpResponse::reasonPhrase(response.status)
                                                     : response.reason) +
                          "\r\n";
        for (const auto &header : std::as_const(response.headers))
            head += header.first + ": " + header.second + "\r\n";
        if (!testFramed && !statusForbidsBody(response.status)) {
            if (m_chunked) {
                head += "Transfer-Encoding: chunked\r\n";
            } else if (!response.endless) {
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            }
        }
        if (m_closeAfter && !containsHeader(response.headers, "Connection"))
            head += "Connection: close\r\n";
        head += "\r\n";
        m_steps.push_back({response.delayMs, head});

        m_tail = Tail::Finish;
        m_budget = response.stallAfterBytes;
        m_chunkSize = response.chunkSize;
        if (!noBody) {
            addPayload(0, response.body);
            for (const HttpResponse::Piece &piece : std::as_const(response.pieces))
                addPayload(piece.delayMs, piece.data);
            if (response.endless && m_tail != Tail::Stall) {
                m_tail = Tail::Endless;
                m_endlessUnit =
                    response.body.isEmpty() ? QByteArray(kEndlessUnitBytes, 'x') : response.body;
                while (m_endlessUnit.size() < kEndlessUnitBytes)
                    m_endlessUnit += response.body;
            }
        }
        if (m_tail == Tail::Finish && m_chunked && !noBody)
            m_steps.push_back({0, "0\r\n\r\n"});
        pump();
    }

    // Queues body bytes, framed as chunks if needed, stopping at the stall budget.
    void addPayload(int delayMs, const QByteArray &payload)
    {
        if (m_tail == Tail::Stall)
            return;
        QByteArray data = payload;
        if (m_budget >= 0) {
            if (data.size() >= m_budget) {
                data.truncate(m_budget);
                m_tail = Tail::Stall;
            }
            m_budget -= data.size();
        }
        if (!m_chunked) {
            m_steps.push_back({delayMs, data});
            return;
        }
        const qsizetype pieceSize =
            m_chunkSize > 0 ? m_chunkSize : std::max<qsizetype>(data.size(), 1);
        if (data.isEmpty())
            m_steps.push_back({delayMs, {}}); // an empty chunk would end the body
        for (qsizetype offset = 0; offset < data.size(); offset += pieceSize) {
            const QByteArray part = data.mid(offset, pieceSize);
            m_steps.push_back({offset == 0 ? delayMs : 0,
                               QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n"});
        }
    }

    void pump()
    {
        while (m_busy) {
            if (m_socket->state() != QAbstractSocket::ConnectedState || m_timer.isActive() ||
                m_socket->bytesToWrite() > kHighWaterBytes)
                return; // bytesWritten or the timer brings us back
            if (m_steps.empty()) {
                if (m_tail == Tail::Endless) {
                    addPayload(0, m_endlessUnit);
                    continue;
                }
                if (m_tail == Tail::Stall) {
                    if (m_closeOnStall)
                        m_socket->disconnectFromHost();
                    return;
                }
                finish();
                return;
            }
            Step &step = m_steps.front();
            if (step.delayMs > 0) {
                m_timer.start(step.delayMs);
                step.delayMs = 0;
                return;
            }
            m_socket->write(step.bytes);
            m_steps.pop_front();
        }
    }

    void finish()
    {
        m_busy = false;
        if (m_closeAfter) {
            m_closing = true;
            m_socket->disconnectFromHost(); // after the queued bytes are written
            return;
        }
        // Requests that arrived meanwhile; queued so a long pipeline does not recurse.
        QTimer::singleShot(0, this, &Connection::readRequests);
    }

    QTcpSocket *m_socket = nullptr;
    Responder m_responder;
    QTimer m_timer;
    QByteArray m_input;
    std::deque<Step> m_steps;
    QByteArray m_endlessUnit;
    Tail m_tail = Tail::Finish;
    qint64 m_budget = -1; // body bytes left before a stall; negative means no stall
    int m_chunkSize = 0;
    bool m_busy = false;
    bool m_closing = false;
    bool m_chunked = false;
    bool m_closeAfter = false;
    bool m_closeOnStall = false;
};

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    return containsHeader(headers, name);
}

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(headers, name);
    headers.append({name, value});
    return *this;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

HttpResponse HttpResponse::ok(const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse response;
    response.body = body;
    response.headers.append({"Content-Type", contentType});
    return response;
}

HttpResponse HttpResponse::withStatus(int status, const QByteArray &body)
{
    HttpResponse response = ok(body);
    response.status = status;
    return response;
}

HttpResponse HttpResponse::redirect(int status, const QByteArray &location)
{
    HttpResponse response = withStatus(status);
    response.headers.append({"Location", location});
    return response;
}

HttpResponse HttpResponse::stream(const QList<Piece> &pieces, const QByteArray &contentType)
{
    HttpResponse response = ok({}, contentType);
    response.pieces = pieces;
    response.withHeader("Cache-Control", "no-cache");
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QByteArray gzipCompress(const QByteArray &data, int repeat)
{
    z_stream stream{};
    // windowBits 15 + 16 selects the gzip wrapper instead of zlib's.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    const int rounds = std::max(repeat, 0);
    for (int round = 0; round <= rounds; ++round) {
        const bool last = round == rounds;
        stream.next_in =
            last ? nullptr : reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = last ? 0 : static_cast<uInt>(data.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = static_cast<uInt>(buffer.size());
            deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer.constData(), buffer.size() - stream.avail_out);
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

HttpServer::HttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen()
{
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QUrl HttpServer::url(const QString &path) const
{
    const QString slash = path.startsWith(u'/') ? QString() : QStringLiteral("/");
    return QUrl(
        QString(QStringLiteral("http://127.0.0.1:") + QString::number(port()) + slash + path));
}

void HttpServer::route(const QByteArray &path, const HttpResponse &response)
{
    route(path, [response](const HttpRequest &) { return response; });
}

void HttpServer::route(const QByteArray &path, Handler handler)
{
    for (auto &existing : m_routes) {
        if (existing.first == path) {
            existing.second = std::move(handler);
            return;
        }
    }
    m_routes.append({path, std::move(handler)});
}

void HttpServer::routeSequence(const QByteArray &path, const QList<HttpResponse> &responses)
{
    auto served = std::make_shared<qsizetype>(0);
    route(path, [responses, served](const HttpRequest &) {
        if (responses.isEmpty())
            return HttpResponse::withStatus(404);
        return responses.at(std::min((*served)++, responses.size() - 1));
    });
}

QList<HttpRequest> HttpServer::requests() const
{
    return m_requests;
}

QList<HttpRequest> HttpServer::requestsFor(const QByteArray &path) const
{
    QList<HttpRequest> matching;
    for (const HttpRequest &request : m_requests) {
        if (targetMatches(request.path, path))
            matching.append(request);
    }
    return matching;
}

void HttpServer::clearRequests()
{
    m_requests.clear();
}

int HttpServer::acceptedConnections() const
{
    return m_accepted;
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_accepted;
        new Connection(
            socket, [this](const HttpRequest &request) { return respond(request); }, this);
    }
}

HttpResponse HttpServer::respond(const HttpRequest &request)
{
    m_requests.append(request);
    emit requestReceived(request);
    // The exact target first, so "/feed?page=2" can differ from "/feed".
    for (const auto &route : std::as_const(m_routes)) {
        if (route.first == request.path)
            return route.second(request);
    }
    for (const auto &route : std::as_const(m_routes)) {
        if (!route.first.contains('?') && route.first == pathOf(request.path))
            return route.second(request);
    }
    return HttpResponse::withStatus(404, "Not Found\n");
}

} // namespace TestSupport
