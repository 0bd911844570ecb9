#include "httpconnection.h"

#include <QTcpSocket>

#include <algorithm>
#include <utility>

namespace TestSupport::Private {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 256LL * 1024 * 1024;
// Endless and huge bodies are written only while the socket's queue is below this, so an
// endless response costs bounded memory and notices a departed client quickly.
constexpr qint64 kHighWaterBytes = 256 * 1024;
constexpr qsizetype kEndlessUnitBytes = 64 * 1024;

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

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Responder responder, QObject *parent)
    : QObject(parent), m_socket(socket), m_responder(std::move(responder))
{
    m_socket->setParent(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // timed pieces go out now
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    readRequests();
}

void HttpConnection::readRequests()
{
    m_input += m_socket->readAll();
    while (!m_busy && !m_closing) {
        // RFC 9112 2.2: tolerate blank lines between requests.
        while (m_input.startsWith("\r\n"))
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

void HttpConnection::start(const HttpRequest &request, HttpResponse response)
{
    m_busy = true;
    m_steps.clear();
    if (response.conditional && notModified(request, response)) {
        response.status = 304;
        response.reason.clear();
        response.gzip = false;
        for (const char *name : {"Content-Length", "Transfer-Encoding", "Content-Encoding"})
            response.withoutHeader(name);
    }
    if (response.gzip && !statusForbidsBody(response.status)) {
        response.body = gzipCompress(response.body);
        response.withHeader("Content-Encoding", "gzip");
    }

    const bool noBody = statusForbidsBody(response.status) || request.method == "HEAD";
    const bool testFramed =
        response.hasHeader("Content-Length") || response.hasHeader("Transfer-Encoding");
    m_chunked = !testFramed && (response.chunkSize > 0 || !response.pieces.isEmpty());
    const QByteArray clientConnection = request.header("Connection").toLower();
    const bool clientCloses =
        clientConnection.contains("close") ||
        (request.version == "HTTP/1.0" && !clientConnection.contains("keep-alive"));
    const bool closeDelimited = !testFramed && !m_chunked && response.endless;
    m_closeAfter = response.closeConnection || clientCloses || closeDelimited ||
                   response.header("Connection").toLower() == "close";
    m_closeOnStall = response.closeConnection;
    m_steps.push_back({response.delayMs, head(response, testFramed)});

    m_tail = Tail::Finish;
    m_budget = response.stallAfterBytes;
    m_chunkSize = response.chunkSize;
    if (noBody) {
        pump();
        return;
    }
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
    if (m_tail == Tail::Finish && m_chunked)
        m_steps.push_back({0, "0\r\n\r\n"});
    pump();
}

QByteArray HttpConnection::head(const HttpResponse &response, bool testFramed) const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      (response.reason.isEmpty() ? HttpResponse::reasonPhrase(response.status)
                                                 : response.reason) +
                      "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (!testFramed && !statusForbidsBody(response.status)) {
        if (m_chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (!response.endless)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    if (m_closeAfter && !response.hasHeader("Connection"))
        head += "Connection: close\r\n";
    return head + "\r\n";
}

// Queues body bytes, framed as chunks if needed, stopping at the stall budget.
void HttpConnection::addPayload(int delayMs, const QByteArray &payload)
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
    const qsizetype pieceSize = m_chunkSize > 0 ? m_chunkSize : std::max<qsizetype>(data.size(), 1);
    if (data.isEmpty())
        m_steps.push_back({delayMs, {}}); // an empty chunk would end the body
    for (qsizetype offset = 0; offset < data.size(); offset += pieceSize) {
        const QByteArray part = data.mid(offset, pieceSize);
        m_steps.push_back({offset == 0 ? delayMs : 0,
                           QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n"});
    }
}

void HttpConnection::pump()
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

void HttpConnection::finish()
{
    m_busy = false;
    if (m_closeAfter) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the queued bytes are written
        return;
    }
    // Requests that arrived meanwhile; queued so a long pipeline does not recurse.
    QTimer::singleShot(0, this, &HttpConnection::readRequests);
}

} // namespace TestSupport::Private
