#include "subscriptions/feeddiscoverer.h"

#include "base/buildinfo.h"
#include "base/logging.h"
#include "feeds/formatsniffer.h"
#include "subscriptions/feeddiscovery.h"
#include "subscriptions/feedtitle.h"
#include "subscriptions/importplan.h"
#include "threading/workpool.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>

#include <memory>
#include <optional>

namespace Subscriptions {

namespace {

/// The feed a fetched document is, if it is one.
std::optional<FeedCandidate> feedAt(const QByteArray &body, const QUrl &url)
{
    const Feeds::Format format = Feeds::FormatSniffer::sniff(body);
    if (format == Feeds::Format::Unknown)
        return std::nullopt;
    return FeedCandidate{url, feedTitle(body, format), format};
}

/// What a fetched page offers: itself when it is a feed, else the feeds its HTML links to.
QList<FeedCandidate> feedsOfPage(const QByteArray &body, const QUrl &url)
{
    if (std::optional<FeedCandidate> feed = feedAt(body, url))
        return {*feed};
    return candidatesFromHtml(body, url);
}

} // namespace

FeedDiscoverer::FeedDiscoverer(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{
    // One page at a time, so that answers are read in the order they came: which probes count
    // as the first feeds found depends on it.
    m_reader.setMaxThreadCount(1);
}

FeedDiscoverer::~FeedDiscoverer()
{
    cancel();
}

void FeedDiscoverer::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void FeedDiscoverer::discover(const QUrl &url)
{
    cancel();
    m_running = true;
    m_pageUrl = url;
    const quint64 generation = m_generation;
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) {
        DiscoveryResult result;
        result.pageUrl = url;
        result.error = tr("Only web addresses (http or https) can be searched for feeds");
        QMetaObject::invokeMethod(
            this,
            [this, generation, result] {
                if (generation == m_generation)
                    finish(result);
            },
            Qt::QueuedConnection);
        return;
    }
    qCDebug(lcNet) << "discovering feeds at" << url;
    fetch(url, [this](const Fetched &page) { handlePage(page); });
}

void FeedDiscoverer::cancel()
{
    ++m_generation;
    m_running = false;
    abortReplies();
    m_probes.clear();
    m_probed.clear();
    m_found.clear();
    m_nextProbe = 0;
    m_probesInFlight = 0;
}

void FeedDiscoverer::abortReplies()
{
    // abort() emits finished() at once, whose handler edits m_replies: work on a copy.
    const QList<QPointer<QNetworkReply>> replies = m_replies;
    m_replies.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

void FeedDiscoverer::fetch(const QUrl &url, FetchCallback callback)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Tidings/" TIDINGS_VERSION));
    request.setRawHeader("Accept", "application/rss+xml, application/atom+xml, "
                                   "application/feed+json, text/html;q=0.9, */*;q=0.8");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setTransferTimeout(int(m_timeout.count()));

    QNetworkReply *reply = m_network->get(request);
    // Bounds what Qt buffers ahead of us when a server sends without end.
    reply->setReadBufferSize(256 * 1024);
    m_replies.append(reply);

    struct State
    {
        QByteArray body;
        bool truncated = false;
    };
    const auto state = std::make_shared<State>();
    const quint64 generation = m_generation;

    connect(reply, &QNetworkReply::readyRead, this, [reply, state] {
        if (state->truncated)
            return;
        state->body += reply->read(kMaxBodyBytes + 1 - state->body.size());
        if (state->body.size() > kMaxBodyBytes) {
            state->body.truncate(kMaxBodyBytes);
            state->truncated = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, state, generation, callback] {
        reply->deleteLater();
        m_replies.removeOne(reply);
        if (generation != m_generation)
            return;
        if (!state->truncated && reply->isOpen())
            state->body += reply->read(kMaxBodyBytes - state->body.size());

        Fetched fetched;
        fetched.url = reply->url();
        fetched.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        fetched.body = state->body;
        const QNetworkReply::NetworkError error = reply->error();
        // A redirect loop ends on a 3xx with an error of its own; the error says more.
        const bool redirectError = error == QNetworkReply::TooManyRedirectsError ||
                                   error == QNetworkReply::InsecureRedirectError;
        if (fetched.status >= 300 && !redirectError) {
            const QString reason = QString::fromLatin1(
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
            fetched.error =
                tr("The server answered %1 %2").arg(fetched.status).arg(reason).trimmed();
        } else if (state->truncated) {
            qCDebug(lcNet) << "read only the first" << kMaxBodyBytes << "bytes of" << fetched.url;
        } else if (error != QNetworkReply::NoError) {
            // Our own aborts never get here (the generation changed), so a cancelled reply
            // is one the transfer timeout gave up.
            const bool timedOut = error == QNetworkReply::OperationCanceledError ||
                                  error == QNetworkReply::TimeoutError;
            fetched.error = errorText(reply, timedOut);
        }
        callback(fetched);
    });
}

QString FeedDiscoverer::errorText(QNetworkReply *reply, bool timedOut) const
{
    const QString host = reply->url().host();
    if (timedOut)
        return tr("No answer within %1 s").arg(double(m_timeout.count()) / 1000.0);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("Cannot connect to %1").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("Cannot find the server %1").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection without answering").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The secure connection to %1 failed").arg(host);
    case QNetworkReply::TooManyRedirectsError:
        return tr("%1 redirects too many times").arg(host);
    case QNetworkReply::InsecureRedirectError:
        return tr("%1 redirects to an unencrypted address").arg(host);
    default:
        return tr("Cannot load %1: %2").arg(reply->url().toDisplayString(), reply->errorString());
    }
}

void FeedDiscoverer::handlePage(const Fetched &page)
{
    DiscoveryResult result;
    result.pageUrl = page.url;
    if (!page.error.isEmpty()) {
        result.error = page.error;
        finish(result);
        return;
    }
    // Reading a page of up to kMaxBodyBytes is parsing: not on this (the window's) thread.
    const quint64 generation = m_generation;
    WorkPool::run(
        this, &m_reader, [body = page.body, url = page.url] { return feedsOfPage(body, url); },
        [this, generation, result](const QList<FeedCandidate> &feeds) mutable {
            if (generation != m_generation)
                return;
            if (!feeds.isEmpty()) {
                result.feeds = feeds;
                finish(result);
                return;
            }
            m_pageUrl = result.pageUrl;
            m_probes = commonFeedPaths(result.pageUrl);
            m_probed = QList<bool>(m_probes.size(), false);
            startProbes();
        });
}

void FeedDiscoverer::startProbes()
{
    while (m_probesInFlight < kProbeConcurrency && m_nextProbe < m_probes.size()) {
        const int index = m_nextProbe++;
        ++m_probesInFlight;
        qCDebug(lcNet) << "probing" << m_probes.at(index);
        fetch(m_probes.at(index),
              [this, index](const Fetched &probe) { handleProbe(index, probe); });
    }
    if (m_probesInFlight == 0)
        finishProbing();
}

void FeedDiscoverer::handleProbe(int index, const Fetched &probe)
{
    if (!probe.error.isEmpty()) {
        recordProbe(index, std::nullopt);
        return;
    }
    const quint64 generation = m_generation;
    WorkPool::run(
        this, &m_reader, [body = probe.body, url = probe.url] { return feedAt(body, url); },
        [this, generation, index](const std::optional<FeedCandidate> &feed) {
            if (generation == m_generation)
                recordProbe(index, feed);
        });
}

void FeedDiscoverer::recordProbe(int index, const std::optional<FeedCandidate> &feed)
{
    --m_probesInFlight;
    m_probed[index] = true;
    if (feed)
        m_found.insert(index, *feed);
    // Done once the first kProbeHits feeds in probing order are known, so that the result is
    // the one probing one address after the other would give, whichever answer came first.
    // Several usual addresses often redirect to the same feed: that counts once.
    int hits = 0;
    QSet<QString> seen;
    for (int i = 0; i < m_probes.size() && m_probed.at(i); ++i) {
        if (!m_found.contains(i))
            continue;
        const QString key = feedUrlKey(m_found.value(i).url);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (++hits == kProbeHits) {
            const int last = i;
            m_found.removeIf([last](const auto &entry) { return entry.key() > last; });
            finishProbing();
            return;
        }
    }
    startProbes();
}

void FeedDiscoverer::finishProbing()
{
    DiscoveryResult result;
    result.pageUrl = m_pageUrl;
    QSet<QString> seen;
    for (const FeedCandidate &candidate : std::as_const(m_found)) {
        const QString key = feedUrlKey(candidate.url);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.feeds.append(candidate);
    }
    if (result.feeds.isEmpty())
        result.error = tr("This page offers no feed, and none was found at the usual addresses");
    finish(result);
}

void FeedDiscoverer::finish(DiscoveryResult result)
{
    cancel(); // stops probes still running
    qCDebug(lcNet) << "discovery of" << result.pageUrl << "found" << result.feeds.size() << "feeds"
                   << result.error;
    emit finished(result);
}

} // namespace Subscriptions
