#include "ai/openaierrors.h"

#include "ai/openaijson.h"

#include <QDateTime>

namespace Ai {

namespace {

QString withDetail(const QString &sentence, const QString &detail)
{
    if (detail.isEmpty())
        return sentence;
    return OpenAiErrors::tr("%1 (The server said: %2)").arg(sentence, detail);
}

} // namespace

QString OpenAiErrors::httpStatus(int status, const QString &detail, const QUrl &url,
                                 const QString &model, int retryAfterSeconds)
{
    const QString host = url.host();
    if (status >= 300 && status < 400)
        return tr("The server at %1 sends requests to another address (HTTP %2). Enter that "
                  "address in the AI settings: %3")
            .arg(host)
            .arg(status)
            .arg(detail);
    if (status == 401 || status == 403)
        return withDetail(tr("The server refused the API key. Check the key in the AI settings."),
                          detail);
    if (status == 404)
        return withDetail(tr("The server at %1 does not know the model “%2”, or the address is "
                             "not an OpenAI-compatible API (it usually ends in /v1).")
                              .arg(host, model),
                          detail);
    if (status == 429) {
        const QString sentence =
            retryAfterSeconds >= 0
                ? tr("The server is limiting requests. Try again in %n second(s).", nullptr,
                     retryAfterSeconds)
                : tr("The server is limiting requests, or the account's quota is used up. Try "
                     "again later.");
        return withDetail(sentence, detail);
    }
    if (status == 400 || status == 413 || status == 422)
        return withDetail(tr("The server could not handle the request (HTTP %1). The article may "
                             "be too long for the model; lower the text budget in the AI "
                             "settings.")
                              .arg(status),
                          detail);
    if (status >= 500)
        return withDetail(
            tr("The server at %1 has a problem (HTTP %2). Try again later.").arg(host).arg(status),
            detail);
    return withDetail(tr("The server answered with HTTP status %1.").arg(status), detail);
}

QString OpenAiErrors::fromReply(const QNetworkReply &reply, const QByteArray &body,
                                const QString &model)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        const QString detail = status < 400 ? QString::fromUtf8(reply.rawHeader("Location"))
                                            : OpenAiJson::errorMessage(body);
        return httpStatus(status, detail, reply.url(), model,
                          parseRetryAfter(reply.rawHeader("Retry-After")));
    }
    if (reply.error() != QNetworkReply::NoError)
        return network(reply.error(), reply.url(), reply.errorString());
    if (status == 0)
        return malformed();
    return {};
}

QString OpenAiErrors::network(QNetworkReply::NetworkError error, const QUrl &url,
                              const QString &details)
{
    const QString host = url.host();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Nothing answers at %1 (connection refused). Check that the server is running "
                  "and the address and port are right.")
            .arg(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString());
    case QNetworkReply::HostNotFoundError:
        return tr("The server name %1 could not be found. Check the address.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server at %1 closed the connection before answering.").arg(host);
    case QNetworkReply::TimeoutError:
        return tr("The connection to %1 timed out.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection to %1 could not be established.").arg(host);
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return tr("The network is not available.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy server could not be used: %1").arg(details);
    case QNetworkReply::ProtocolUnknownError:
        return tr("The address %1 is not an http or https address.").arg(url.toDisplayString());
    default:
        return tr("Talking to the server at %1 failed: %2").arg(host, details);
    }
}

QString OpenAiErrors::timeout(int timeoutMs)
{
    const int seconds = qMax(1, (timeoutMs + 999) / 1000);
    return tr("The server sent nothing for %n second(s) and was given up on. A large model may "
              "need a longer timeout in the AI settings.",
              nullptr, seconds);
}

QString OpenAiErrors::malformed()
{
    return tr("The server's answer could not be read: it is not the JSON or event stream an "
              "OpenAI-compatible server sends.");
}

QString OpenAiErrors::emptyAnswer()
{
    return tr("The model returned an empty answer.");
}

QString OpenAiErrors::refused(const QString &refusal)
{
    const QString sentence = tr("The model declined to answer (its content filter stopped it).");
    return refusal.isEmpty() ? sentence : tr("%1 It said: %2").arg(sentence, refusal.simplified());
}

QString OpenAiErrors::serverError(const QString &message)
{
    return tr("The server reported an error: %1").arg(message);
}

QString OpenAiErrors::cutOff()
{
    return tr("The server closed the connection before the answer was complete.");
}

QString OpenAiErrors::tooLarge()
{
    return tr("The server's answer is far longer than any summary; it was stopped.");
}

QString OpenAiErrors::missingSetting()
{
    return tr("No server address or model is set. Enter them in the AI settings.");
}

QString OpenAiErrors::noText()
{
    return tr("The article has no text to send.");
}

int parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(
        qBound(qint64(0), QDateTime::currentDateTimeUtc().secsTo(when), qint64(7 * 24 * 3600)));
}

} // namespace Ai
