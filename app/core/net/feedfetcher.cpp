#include "net/feedfetcher.h"

#include "base/buildinfo.h"
#include "base/logging.h"
#include "net/fetcherrors.h"
#include "net/weburl.h"
#include "threading/workpool.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace Net {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isPermanentRedirect(int status)
{
    return status == 301 || status == 308;
}

// A source may be a local file; a redirect may never lead to one.
bool isSubscribableScheme(const QUrl &url)
{
    return isWebUrl(url) || url.isLocalFile();
}

// Retry-After is either seconds or an HTTP date.
int parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

} // namespace

struct FeedFetcher::Transfer
{
    FetchRequest request;
    FetchResult result;
    QUrl currentUrl;
    QList<QUrl> visited;
    bool permanentSoFar = true; ///< Every redirect so far was permanent.
    QPointer<QNetworkReply> reply;
    QString host;
    QByteArray contentEncoding;
    bool finished = false;

    // Credentials go to the feed's own host only, never to where a redirect points.
    [[nodiscard]] bool sendsCredentials() const
    {
        return !request.username.isEmpty() && currentUrl.host() == host;
    }
};

FeedFetcher::FeedFetcher(QNetworkAccessManager *network, FetchOptions options, QObject *parent)
    : QObject(parent), m_network(network), m_options(options)
{}

FeedFetcher::~FeedFetcher()
{
    // Replies belong to the manager; make sure none calls back into a dead fetcher.
    for (Transfer *transfer : std::as_const(m_running)) {
        if (transfer->reply) {
            transfer->reply->disconnect(this);
            transfer->reply->abort();
            transfer->reply->deleteLater();
        }
        delete transfer;
    }
}

QByteArray FeedFetcher::userAgent()
{
    return QByteArrayLiteral("Tidings/" TIDINGS_VERSION " (feed reader)");
}

int FeedFetcher::pendingCount() const
{
    return int(m_queue.size()) + int(m_running.size()) + int(m_decoding.size());
}

void FeedFetcher::fetch(const FetchRequest &request)
{
    m_queue.push_back(request);
    startQueued();
}

void FeedFetcher::cancelAll()
{
    std::deque<FetchRequest> queued;
    queued.swap(m_queue);
    for (const FetchRequest &request : queued) {
        FetchResult result;
        result.sourceId = request.sourceId;
        result.requestedUrl = request.url;
        result.status = FetchResult::Status::Cancelled;
        emit finished(result);
    }
    const QList<Transfer *> running = m_running;
    for (Transfer *transfer : running)
        finish(*transfer, FetchResult::Status::Cancelled);
    const QHash<quint64, FetchResult> decoding = std::exchange(m_decoding, {});
    for (FetchResult result : decoding) {
        result.status = FetchResult::Status::Cancelled;
        result.body.clear();
        emit finished(result);
    }
}

bool FeedFetcher::canStart(const QString &host) const
{
    return m_running.size() < m_options.maxConnections &&
           m_runningPerHost.value(host) < m_options.maxConnectionsPerHost;
}

void FeedFetcher::startQueued()
{
    // Take the first queued request whose host has a free connection, keeping order otherwise.
    for (auto it = m_queue.begin();
         it != m_queue.end() && m_running.size() < m_options.maxConnections;) {
        if (!canStart(it->url.host())) {
            ++it;
            continue;
        }
        auto transfer = std::make_unique<Transfer>();
        transfer->request = *it;
        it = m_queue.erase(it);
        start(std::move(transfer));
    }
}

void FeedFetcher::start(std::unique_ptr<Transfer> owned)
{
    Transfer &transfer = *owned;
    transfer.result.sourceId = transfer.request.sourceId;
    transfer.result.requestedUrl = transfer.request.url;
    transfer.currentUrl = transfer.request.url;
    transfer.host = transfer.request.url.host();
    m_running.append(owned.release());
    ++m_runningPerHost[transfer.host];

    if (!isSubscribableScheme(transfer.currentUrl)) {
        // Report on the next event-loop turn: fetch() never emits finished() before it returns.
        Transfer *pending = &transfer;
        QMetaObject::invokeMethod(
            this,
            [this, pending] {
                if (m_running.contains(pending))
                    finish(*pending, FetchResult::Status::Failed,
                           FetchErrors::unsupportedScheme(pending->currentUrl));
            },
            Qt::QueuedConnection);
        return;
    }
    sendRequest(transfer);
}

void FeedFetcher::sendRequest(Transfer &transfer)
{
    QNetworkRequest request(transfer.currentUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      m_options.userAgent.isEmpty() ? userAgent() : m_options.userAgent);
    // Asked for here, so that Qt leaves the body compressed for decodeThenEmit().
    request.setRawHeader("Accept-Encoding", ContentDecoder::acceptEncoding);
    request.setRawHeader("Accept",
                         "application/rss+xml, application/atom+xml, application/feed+json, "
                         "application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, "
                         "application/json;q=0.8, */*;q=0.5");
    // The validators belong to the stored URL; after a redirect they may not apply.
    if (transfer.visited.isEmpty()) {
        if (!transfer.request.etag.isEmpty())
            request.setRawHeader("If-None-Match", transfer.request.etag);
        if (!transfer.request.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", transfer.request.lastModified);
    }
    if (transfer.sendsCredentials()) {
        const QByteArray credentials =
            (transfer.request.username + QLatin1Char(':') + transfer.request.password).toUtf8();
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }

    QNetworkReply *reply = m_network->get(request);
    transfer.reply = reply;
    transfer.result.body.clear();
    connect(reply, &QNetworkReply::readyRead, this, [this, &transfer] { onReadyRead(transfer); });
    connect(reply, &QNetworkReply::finished, this, [this, &transfer] { onFinished(transfer); });
    qCDebug(lcNet) << "GET" << transfer.currentUrl;
}

void FeedFetcher::onReadyRead(Transfer &transfer)
{
    if (transfer.finished || !transfer.reply)
        return;
    // Caps endless bodies as they arrive (compressed ones too); decoding caps gzip bombs.
    transfer.result.body += transfer.reply->readAll();
    if (transfer.result.body.size() > m_options.maxBodyBytes) {
        transfer.result.body.clear();
        finish(transfer, FetchResult::Status::Failed,
               FetchErrors::tooLarge(m_options.maxBodyBytes));
    }
}

void FeedFetcher::onFinished(Transfer &transfer)
{
    if (transfer.finished || !transfer.reply)
        return;
    QNetworkReply *reply = transfer.reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    transfer.result.httpStatus = status;

    if (isRedirect(status)) {
        followRedirect(transfer, status);
        return;
    }
    if (status == 304) {
        finish(transfer, FetchResult::Status::NotModified);
        return;
    }
    if (status == 401) {
        finish(transfer, FetchResult::Status::Failed,
               FetchErrors::unauthorized(transfer.sendsCredentials()));
        return;
    }
    if (status >= 400) {
        transfer.result.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
        finish(transfer, FetchResult::Status::Failed,
               FetchErrors::httpStatus(
                   status,
                   reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        finish(transfer, FetchResult::Status::Failed,
               timedOut ? FetchErrors::timeout(m_options.timeoutMs)
                        : FetchErrors::network(reply->error(), transfer.currentUrl,
                                               reply->errorString()));
        return;
    }
    onReadyRead(transfer);
    if (transfer.finished)
        return;
    transfer.result.contentType = reply->rawHeader("Content-Type");
    transfer.result.etag = reply->rawHeader("ETag");
    transfer.result.lastModified = reply->rawHeader("Last-Modified");
    transfer.contentEncoding = reply->rawHeader("Content-Encoding");
    finish(transfer, FetchResult::Status::Ok);
}

bool FeedFetcher::followRedirect(Transfer &transfer, int status)
{
    const QUrl target =
        transfer.currentUrl.resolved(QUrl::fromEncoded(transfer.reply->rawHeader("Location")));
    transfer.visited.append(transfer.currentUrl);
    if (!isWebUrl(target)) {
        finish(transfer, FetchResult::Status::Failed, FetchErrors::badRedirect(target));
        return false;
    }
    if (transfer.visited.contains(target)) {
        finish(transfer, FetchResult::Status::Failed, FetchErrors::redirectLoop(target));
        return false;
    }
    if (transfer.visited.size() > m_options.maxRedirects) {
        finish(transfer, FetchResult::Status::Failed,
               FetchErrors::tooManyRedirects(m_options.maxRedirects));
        return false;
    }
    transfer.permanentSoFar = transfer.permanentSoFar && isPermanentRedirect(status);
    if (transfer.permanentSoFar)
        transfer.result.movedPermanentlyTo = target;

    QNetworkReply *previous = transfer.reply;
    previous->disconnect(this);
    previous->deleteLater();
    transfer.currentUrl = target;
    qCDebug(lcNet) << status << "redirect to" << target;
    sendRequest(transfer);
    return true;
}

void FeedFetcher::finish(Transfer &transfer, FetchResult::Status status, const QString &errorText)
{
    if (transfer.finished)
        return;
    transfer.finished = true;
    if (QNetworkReply *reply = transfer.reply) {
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    transfer.result.status = status;
    transfer.result.errorText = errorText;
    transfer.result.finalUrl = transfer.currentUrl;
    if (status != FetchResult::Status::Ok)
        transfer.result.body.clear();

    m_running.removeOne(&transfer);
    if (--m_runningPerHost[transfer.host] <= 0)
        m_runningPerHost.remove(transfer.host);
    FetchResult result = std::move(transfer.result);
    const QByteArray contentEncoding = transfer.contentEncoding;
    delete &transfer;

    qCDebug(lcNet) << "finished" << result.requestedUrl << int(result.status) << result.httpStatus
                   << result.errorText;
    if (result.ok() && ContentDecoder::handles(contentEncoding))
        decodeThenEmit(std::move(result), contentEncoding);
    else
        emit finished(result);
    startQueued();
}

void FeedFetcher::decodeThenEmit(FetchResult result, const QByteArray &contentEncoding)
{
    const quint64 job = ++m_lastDecodingJob;
    const QByteArray body = std::exchange(result.body, {});
    m_decoding.insert(job, std::move(result));
    WorkPool::run(
        this,
        [body, contentEncoding, maxBytes = m_options.maxBodyBytes] {
            return ContentDecoder::decode(body, contentEncoding, maxBytes);
        },
        [this, job](ContentDecoder::Result decoded) { finishDecoding(job, std::move(decoded)); });
}

void FeedFetcher::finishDecoding(quint64 job, ContentDecoder::Result decoded)
{
    if (!m_decoding.contains(job))
        return; // cancelled meanwhile
    FetchResult decodedResult = m_decoding.take(job);
    switch (decoded.outcome) {
    case ContentDecoder::Outcome::Decoded:
        decodedResult.body = std::move(decoded.body);
        break;
    case ContentDecoder::Outcome::TooLarge:
        decodedResult.status = FetchResult::Status::Failed;
        decodedResult.errorText = FetchErrors::tooLarge(m_options.maxBodyBytes);
        break;
    case ContentDecoder::Outcome::Corrupt:
        decodedResult.status = FetchResult::Status::Failed;
        decodedResult.errorText = FetchErrors::damagedCompression();
        break;
    }
    emit finished(decodedResult);
}

} // namespace Net
