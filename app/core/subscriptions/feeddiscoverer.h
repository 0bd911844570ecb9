#pragma once

#include "subscriptions/feedcandidate.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Subscriptions {

/// What discovery found: feeds in the order they are best offered, or a translated error.
struct DiscoveryResult
{
    QUrl pageUrl; ///< The address asked for, after redirects.
    QList<FeedCandidate> feeds;
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Finds the feeds behind an address a person gave: the address itself when it is a feed, the
/// feeds its HTML page announces, or else feeds at the usual addresses of the site (probed two
/// at a time; probing stops once two are found). One discovery at a time: discover() cancels
/// the one running, whose result is then never reported.
///
/// Requests carry "User-Agent: Tidings/<version>", follow up to 10 redirects that do not go from
/// https to http, give up after the timeout without progress (30 s), and read at most 4 MiB of
/// a body: the beginning of a larger one is all that sniffing and the page head need.
class FeedDiscoverer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedDiscoverer)

public:
    static constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;
    static constexpr int kMaxRedirects = 10;
    static constexpr int kProbeConcurrency = 2;
    static constexpr int kProbeHits = 2;

    /// `network` is not owned and must outlive this object.
    explicit FeedDiscoverer(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~FeedDiscoverer() override;

    /// Time without any transfer progress after which a request is given up (default 30 s).
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Starts discovery; finished() follows exactly once, never from within this call.
    void discover(const QUrl &url);
    /// Stops the running discovery without a finished() signal.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    void finished(const Subscriptions::DiscoveryResult &result);

private:
    struct Fetched
    {
        QUrl url; ///< After redirects.
        int status = 0;
        QByteArray body;
        QString error;
    };
    using FetchCallback = std::function<void(const Fetched &)>;

    void fetch(const QUrl &url, FetchCallback callback);
    void handlePage(const Fetched &page);
    void startProbes();
    void handleProbe(int index, const Fetched &probe);
    void recordProbe(int index, const std::optional<FeedCandidate> &feed);
    void finishProbing();
    void finish(DiscoveryResult result);
    void abortReplies();
    [[nodiscard]] QString errorText(QNetworkReply *reply, bool timedOut) const;

    QNetworkAccessManager *m_network = nullptr;
    std::chrono::milliseconds m_timeout{30000};
    QList<QPointer<QNetworkReply>> m_replies; ///< Guarded: the manager may delete them first.
    quint64 m_generation = 0; ///< Callbacks of an older discovery see a newer value and stop.
    bool m_running = false;

    QUrl m_pageUrl;
    QList<QUrl> m_probes;
    QList<bool> m_probed; ///< Which probes have answered.
    int m_nextProbe = 0;
    int m_probesInFlight = 0;
    QMap<int, FeedCandidate> m_found; ///< By probe index, so results keep the probing order.
    QThreadPool m_reader; ///< Reads fetched pages off this thread, in the order they came.
};

} // namespace Subscriptions

Q_DECLARE_METATYPE(Subscriptions::DiscoveryResult)
