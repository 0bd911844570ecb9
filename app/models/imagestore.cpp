#include "models/imagestore.h"

#include "base/logging.h"
#include "net/feedfetcher.h"
#include "threading/workpool.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace Models {

namespace {

constexpr int TransferTimeoutMs = 20'000;
constexpr int MemoryCacheBytes = 24 * 1024 * 1024;

// Reads an image (the largest frame of an icon), scaled to fit maxEdge; runs on a pool thread.
QImage decode(const QByteArray &bytes, int maxEdge)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // Refuse absurd dimensions before allocating them.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > 40'000'000)
        return {};
    QImage best;
    do {
        QImage frame = reader.read();
        if (!frame.isNull() && frame.width() * frame.height() > best.width() * best.height())
            best = frame;
    } while (reader.imageCount() > 1 && reader.jumpToNextImage());
    if (best.isNull())
        return {};
    if (best.width() > maxEdge || best.height() > maxEdge)
        best = best.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return best.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

int costOf(const QImage &image)
{
    return int(std::max<qsizetype>(1, image.sizeInBytes()));
}

} // namespace

ImageStore::ImageStore(QNetworkAccessManager *network, const QString &cacheDirectory, int maxEdge,
                       QObject *parent)
    : QObject(parent), m_network(network), m_directory(cacheDirectory), m_maxEdge(maxEdge),
      m_memory(MemoryCacheBytes)
{
    QDir().mkpath(m_directory);
}

ImageStore::~ImageStore() = default;

QString ImageStore::filePath(const QUrl &url, const char *suffix) const
{
    const QByteArray hash =
        QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha1).toHex();
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash) + QLatin1String(suffix);
}

QImage ImageStore::image(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty() || m_failed.contains(url))
        return {};
    if (const QImage *cached = m_memory.object(url))
        return *cached;
    if (m_pending.contains(url))
        return {};
    const QString stored = filePath(url, ".png");
    if (QFileInfo::exists(stored)) {
        QImage image(stored);
        if (!image.isNull()) {
            m_memory.insert(url, new QImage(image), costOf(image));
            return image;
        }
    }
    if (QFileInfo::exists(filePath(url, ".failed"))) {
        m_failed.insert(url);
        return {};
    }
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        m_failed.insert(url);
        return {};
    }
    m_pending.insert(url);
    m_queue.append(url);
    startDownloads();
    return {};
}

void ImageStore::startDownloads()
{
    while (m_running < MaxConcurrentDownloads && !m_queue.isEmpty())
        download(m_queue.takeFirst());
}

void ImageStore::download(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, Net::FeedFetcher::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    ++m_running;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxDownloadBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, url] { finishDownload(reply, url); });
}

void ImageStore::finishDownload(QNetworkReply *reply, const QUrl &url)
{
    reply->deleteLater();
    --m_running;
    startDownloads();
    const QByteArray bytes =
        reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    if (bytes.isEmpty()) {
        qCDebug(lcUi) << "image download failed:" << url << reply->errorString();
        store(url, {});
        return;
    }
    const int maxEdge = m_maxEdge;
    const QString path = filePath(url, ".png");
    WorkPool::run(
        this,
        [bytes, maxEdge, path] {
            QImage image = decode(bytes, maxEdge);
            if (!image.isNull())
                image.save(path, "PNG");
            return image;
        },
        [this, url](const QImage &image) { store(url, image); });
}

void ImageStore::store(const QUrl &url, const QImage &image)
{
    m_pending.remove(url);
    if (image.isNull()) {
        m_failed.insert(url);
        QFile marker(filePath(url, ".failed"));
        if (marker.open(QIODevice::WriteOnly))
            marker.close();
    } else {
        m_memory.insert(url, new QImage(image), costOf(image));
    }
    emit imageReady(url);
}

} // namespace Models
