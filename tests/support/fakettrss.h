#pragma once

#include "httpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace TestSupport {

/// The Tiny Tiny RSS API as far as a client test needs it, on the in-test HTTP server at
/// /tt-rss/api/: logins hand out session ids "s1", "s2", ...; a call with an unknown session
/// gets NOT_LOGGED_IN; every other call is answered by \a answer (by default an empty list).
class FakeTtRss final
{
public:
    using Answer = std::function<HttpResponse(const QJsonObject &request)>;

    FakeTtRss()
    {
        m_server.route("/tt-rss/api/", [this](const HttpRequest &request) {
            const QJsonObject call = QJsonDocument::fromJson(request.body).object();
            calls.append(call);
            const QString op = call.value(QLatin1String("op")).toString();
            if (op == QLatin1String("login")) {
                ++logins;
                if (!loginError.isEmpty())
                    return error(loginError);
                const QString session = QStringLiteral("s%1").arg(logins);
                sessions.insert(session);
                return content(QJsonObject{{"session_id", session}, {"api_level", apiLevel}});
            }
            if (!sessions.contains(call.value(QLatin1String("sid")).toString()))
                return error(QStringLiteral("NOT_LOGGED_IN"));
            return answer ? answer(call) : content(QJsonArray());
        });
    }

    [[nodiscard]] bool listen() { return m_server.listen(); }
    [[nodiscard]] QUrl serverUrl() const { return m_server.url(QStringLiteral("/tt-rss/")); }
    [[nodiscard]] const HttpServer &server() const { return m_server; }

    /// The calls of one operation, in order.
    [[nodiscard]] QList<QJsonObject> callsOf(const QString &op) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &call : calls) {
            if (call.value(QLatin1String("op")).toString() == op)
                found.append(call);
        }
        return found;
    }

    static HttpResponse content(const QJsonValue &value)
    {
        return HttpResponse::ok(
            QJsonDocument(QJsonObject{{"seq", 0}, {"status", 0}, {"content", value}}).toJson(),
            "text/json;charset=UTF-8");
    }

    static HttpResponse error(const QString &code)
    {
        return HttpResponse::ok(
            QJsonDocument(
                QJsonObject{{"seq", 0}, {"status", 1}, {"content", QJsonObject{{"error", code}}}})
                .toJson(),
            "text/json;charset=UTF-8");
    }

    QString loginError;     ///< Answered to every login when set ("LOGIN_ERROR", ...).
    QSet<QString> sessions; ///< Sessions the server knows; remove one to expire it.
    Answer answer;
    QList<QJsonObject> calls;
    int logins = 0;
    int apiLevel = 15; ///< What logins say the server speaks (Debian 12's TT-RSS: 15).

private:
    HttpServer m_server;
};

} // namespace TestSupport
