#include "net/fetcherrors.h"

#include <QUrl>

namespace Net {

namespace {

QString standardReason(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 406:
        return QStringLiteral("Not Acceptable");
    case 408:
        return QStringLiteral("Request Timeout");
    case 410:
        return QStringLiteral("Gone");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

} // namespace

QString FetchErrors::httpStatus(int status, const QByteArray &reason)
{
    QString phrase = standardReason(status);
    if (phrase.isEmpty())
        phrase = QString::fromLatin1(reason).trimmed();
    const QString answered = phrase.isEmpty()
                                 ? tr("The server answered %1").arg(status)
                                 : tr("The server answered %1 %2").arg(status).arg(phrase);
    switch (status) {
    case 401:
    case 403:
        return answered + QLatin1String(" — ") +
               tr("check the user name and password for this source");
    case 404:
        return answered + QLatin1String(" — ") + tr("the feed may have moved");
    case 410:
        return answered + QLatin1String(" — ") + tr("the feed has been removed for good");
    case 429:
    case 503:
        return answered + QLatin1String(" — ") + tr("Tidings will try again later");
    default:
        return answered;
    }
}

QString FetchErrors::network(QNetworkReply::NetworkError error, const QUrl &url,
                             const QString &details)
{
    if (url.isLocalFile())
        return tr("Cannot read the file %1: %2").arg(url.toLocalFile(), details);
    const QString host = url.host();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Cannot connect to %1: the connection was refused").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("Cannot find the server %1 — check the address and your connection").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before sending the feed").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to %1 failed: %2").arg(host, details);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy server could not be used: %1").arg(details);
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return tr("The network is not available");
    default:
        return tr("Cannot fetch the feed from %1: %2").arg(host, details);
    }
}

QString FetchErrors::unauthorized(bool credentialsSent)
{
    return credentialsSent ? tr("The user name or password was not accepted; check them in the "
                                "source's settings")
                           : tr("The server asks for a user name and password; enter them in "
                                "the source's settings");
}

QString FetchErrors::timeout(int timeoutMs)
{
    return tr("No answer within %1 s").arg(qMax(1, timeoutMs / 1000));
}

QString FetchErrors::tooLarge(qint64 maxBytes)
{
    return tr("The feed is larger than %1 MiB; Tidings stopped downloading it")
        .arg(maxBytes / (1024 * 1024));
}

QString FetchErrors::damagedCompression()
{
    return tr("The server sent a compressed feed that is damaged or cut off");
}

QString FetchErrors::tooManyRedirects(int maxRedirects)
{
    return tr("The server redirected more than %1 times").arg(maxRedirects);
}

QString FetchErrors::redirectLoop(const QUrl &url)
{
    return tr("The server redirects in a loop (back to %1)").arg(url.toDisplayString());
}

QString FetchErrors::badRedirect(const QUrl &url)
{
    return tr("The server redirected to an address Tidings cannot use: %1")
        .arg(url.toDisplayString());
}

QString FetchErrors::unsupportedScheme(const QUrl &url)
{
    return tr("Tidings cannot fetch %1 addresses").arg(url.scheme());
}

} // namespace Net
