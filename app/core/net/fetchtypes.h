#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Net {

/// What to fetch, with the validators remembered from the last answer.
struct FetchRequest
{
    qint64 sourceId = 0;
    QUrl url;
    QByteArray etag;
    QByteArray lastModified;
    QString username; ///< Basic auth, sent only to the feed's own host.
    QString password;
};

struct FetchOptions
{
    int timeoutMs = 30'000;                 ///< No byte for this long ends the transfer.
    qint64 maxBodyBytes = 32 * 1024 * 1024; ///< Counted as it arrives and after decompression.
    int maxRedirects = 10;
    int maxConnectionsPerHost = 6;
    int maxConnections = 12;
    QByteArray userAgent; ///< Empty: FeedFetcher::userAgent(), Tidings' own.
};

/// How one fetch ended: a value handed from the network code to whoever parses and stores.
struct FetchResult
{
    enum class Status { Ok, NotModified, Failed, Cancelled };

    qint64 sourceId = 0;
    QUrl requestedUrl;
    QUrl finalUrl;
    /// Where a chain of permanent redirects (301/308) led, before any temporary one; empty when
    /// the feed has not moved for good. The stored feed URL should become this.
    QUrl movedPermanentlyTo;
    Status status = Status::Failed;
    int httpStatus = 0;
    QString errorText; ///< In words a person understands, when Failed.
    QByteArray body;
    QByteArray contentType;
    QByteArray etag;
    QByteArray lastModified;
    int retryAfterSeconds = -1; ///< From Retry-After on 429/503; -1 when absent.

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

} // namespace Net

Q_DECLARE_METATYPE(Net::FetchRequest)
Q_DECLARE_METATYPE(Net::FetchResult)
