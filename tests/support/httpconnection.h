#pragma once

#include "httpserver.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

class QTcpSocket;

namespace TestSupport::Private {

// One accepted TCP connection of HttpServer: parses requests, asks the server for each answer
// and writes it out with the response's delays, chunking, stalls and endless tails. Requests
// are served one at a time in arrival order; the object deletes itself when the peer leaves.
class HttpConnection final : public QObject
{
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Responder = std::function<HttpResponse(const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, Responder responder, QObject *parent);

private:
    struct Step
    {
        int delayMs = 0;
        QByteArray bytes; // as they go on the wire, framing included
    };
    enum class Tail { Finish, Stall, Endless };

    void readRequests();
    void start(const HttpRequest &request, HttpResponse response);
    [[nodiscard]] QByteArray head(const HttpResponse &response, bool testFramed) const;
    void addPayload(int delayMs, const QByteArray &payload);
    void pump();
    void finish();

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

} // namespace TestSupport::Private
