#include "httpserver.h"

#include "httpconnection.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <zlib.h>

#include <algorithm>
#include <memory>

namespace TestSupport {

namespace {

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
    withoutHeader(name);
    headers.append({name, value});
    return *this;
}

HttpResponse &HttpResponse::withoutHeader(const QByteArray &name)
{
    headers.removeIf([&name](const auto &header) { return sameName(header.first, name); });
    return *this;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

bool HttpResponse::hasHeader(const QByteArray &name) const
{
    return containsHeader(headers, name);
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
        connect(socket, &QTcpSocket::disconnected, this, &HttpServer::connectionClosed);
        new Private::HttpConnection(
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
