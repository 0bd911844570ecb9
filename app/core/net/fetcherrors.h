#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace Net {

/// Turns what went wrong with a fetch into a sentence for the source's error badge.
class FetchErrors final
{
    Q_DECLARE_TR_FUNCTIONS(Net::FetchErrors)

public:
    [[nodiscard]] static QString httpStatus(int status, const QByteArray &reason);
    [[nodiscard]] static QString network(QNetworkReply::NetworkError error, const QUrl &url,
                                         const QString &details);
    /// A 401: the server wants credentials, or did not take the ones \a credentialsSent.
    [[nodiscard]] static QString unauthorized(bool credentialsSent);
    [[nodiscard]] static QString timeout(int timeoutMs);
    [[nodiscard]] static QString tooLarge(qint64 maxBytes);
    [[nodiscard]] static QString damagedCompression();
    [[nodiscard]] static QString tooManyRedirects(int maxRedirects);
    [[nodiscard]] static QString redirectLoop(const QUrl &url);
    [[nodiscard]] static QString badRedirect(const QUrl &url);
    [[nodiscard]] static QString unsupportedScheme(const QUrl &url);
};

} // namespace Net
