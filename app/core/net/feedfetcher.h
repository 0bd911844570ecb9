#pragma once

#include "net/contentdecoder.h"
#include "net/fetchtypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <deque>

class QNetworkAccessManager;
class QNetworkReply;

namespace Net {

/// Downloads feeds on one QNetworkAccessManager: conditional GET, gzip, redirects followed by
/// hand (to tell permanent from temporary ones and to stop loops), a body-size cap, a transfer
/// timeout and connection limits per host and overall. Each fetch ends in exactly one
/// finished() signal carrying a FetchResult; nothing here parses or touches the database.
/// Compressed bodies are decoded on a thread of the fetcher's own, not the network's thread.
class FeedFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedFetcher)

public:
    explicit FeedFetcher(QNetworkAccessManager *network, FetchOptions options = {},
                         QObject *parent = nullptr);
    ~FeedFetcher() override;

    void fetch(const FetchRequest &request);
    /// Ends every queued and running fetch; each reports Status::Cancelled.
    void cancelAll();

    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] const FetchOptions &options() const { return m_options; }
    /// New limits, timeout and User-Agent for the transfers that start from now on.
    void setOptions(const FetchOptions &options) { m_options = options; }

    /// "Tidings/<version>", sent with every request.
    [[nodiscard]] static QByteArray userAgent();

signals:
    void finished(const Net::FetchResult &result);

private:
    struct Transfer;

    void startQueued();
    void start(std::unique_ptr<Transfer> transfer);
    void sendRequest(Transfer &transfer);
    void onReadyRead(Transfer &transfer);
    void onFinished(Transfer &transfer);
    bool followRedirect(Transfer &transfer, int status);
    void finish(Transfer &transfer, FetchResult::Status status, const QString &errorText = {});
    void decodeThenEmit(FetchResult result, const QByteArray &contentEncoding);
    void finishDecoding(quint64 job, ContentDecoder::Result decoded);
    [[nodiscard]] bool canStart(const QString &host) const;

    QNetworkAccessManager *m_network = nullptr;
    FetchOptions m_options;
    std::deque<FetchRequest> m_queue;
    QList<Transfer *> m_running;
    QHash<QString, int> m_runningPerHost;
    /// Results whose bodies are being decoded, by job number (cancelAll() reports them).
    QHash<quint64, FetchResult> m_decoding;
    quint64 m_lastDecodingJob = 0;
};

} // namespace Net
