#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace Ai {

/// Sentences for everything that can go wrong talking to an OpenAI-compatible server.
class OpenAiErrors final
{
    Q_DECLARE_TR_FUNCTIONS(Ai::OpenAiErrors)

public:
    /// An HTTP error status. \a detail is the server's own message (may be empty);
    /// \a retryAfterSeconds comes from Retry-After (-1: none).
    [[nodiscard]] static QString httpStatus(int status, const QString &detail, const QUrl &url,
                                            const QString &model, int retryAfterSeconds);
    /// What went wrong with a finished (or aborted) \a reply whose body so far is \a body, or
    /// an empty string when it has an HTTP 2xx status and no error.
    [[nodiscard]] static QString fromReply(const QNetworkReply &reply, const QByteArray &body,
                                           const QString &model);
    [[nodiscard]] static QString network(QNetworkReply::NetworkError error, const QUrl &url,
                                         const QString &details);
    [[nodiscard]] static QString timeout(int timeoutMs);
    [[nodiscard]] static QString malformed();
    [[nodiscard]] static QString emptyAnswer();
    [[nodiscard]] static QString refused(const QString &refusal);
    [[nodiscard]] static QString serverError(const QString &message);
    [[nodiscard]] static QString cutOff();
    [[nodiscard]] static QString tooLarge();
    [[nodiscard]] static QString missingSetting();
    [[nodiscard]] static QString noText();
};

/// Seconds from a Retry-After value (seconds or an HTTP date); -1 when absent or unreadable.
[[nodiscard]] int parseRetryAfter(const QByteArray &value);

} // namespace Ai
