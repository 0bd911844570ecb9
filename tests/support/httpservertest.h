#pragma once

#include "httpserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

namespace TestSupport {

constexpr int kTimeoutMs = 5000;

// What the client saw, copied out of the QNetworkReply.
struct Reply
{
    int status = 0;
    QByteArray reason;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QUrl url;
    bool finished = false;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
    [[nodiscard]] bool hasHeader(const QByteArray &name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [&name](const auto &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
};

/// The base of HttpServer's own tests: a listening server and a client, new for each test
/// function.
class HttpServerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

protected:
    [[nodiscard]] QNetworkRequest requestFor(const QString &path) const;
    /// Sends \a request and waits for the answer (at most kTimeoutMs).
    [[nodiscard]] Reply fetch(const QNetworkRequest &request, const QByteArray &verb = "GET",
                              const QByteArray &body = {});

    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

inline void HttpServerTest::init()
{
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    QVERIFY(m_server->port() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
}

inline void HttpServerTest::cleanup()
{
    m_network.reset();
    m_server.reset();
}

inline QNetworkRequest HttpServerTest::requestFor(const QString &path) const
{
    QNetworkRequest request(m_server->url(path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

inline Reply HttpServerTest::fetch(const QNetworkRequest &request, const QByteArray &verb,
                                   const QByteArray &body)
{
    std::unique_ptr<QNetworkReply> reply(verb == "HEAD"
                                             ? m_network->head(request)
                                             : m_network->sendCustomRequest(request, verb, body));
    Reply result;
    result.finished =
        reply->isFinished() || QSignalSpy(reply.get(), &QNetworkReply::finished).wait(kTimeoutMs);
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    result.body = reply->readAll();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    result.url = reply->url();
    return result;
}

} // namespace TestSupport
