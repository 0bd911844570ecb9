#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Models {

/// Small images fetched once and kept in a folder of the profile: favicons and list thumbnails.
/// image() answers from memory or disk at once and otherwise starts a download; imageReady()
/// follows when it arrives. A failed download is remembered too, so it is not tried again.
/// Decoding and scaling run off the UI thread.
class ImageStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageStore)

public:
    static constexpr qint64 MaxDownloadBytes = 4 * 1024 * 1024;
    static constexpr int MaxConcurrentDownloads = 4;

    /// \a network is not owned. Images are scaled to fit \a maxEdge pixels.
    ImageStore(QNetworkAccessManager *network, const QString &cacheDirectory, int maxEdge,
               QObject *parent = nullptr);
    ~ImageStore() override;

    /// The image when it is known; a null image (and a download, once) otherwise.
    [[nodiscard]] QImage image(const QUrl &url);
    /// True when the download failed or the data was not an image.
    [[nodiscard]] bool hasFailed(const QUrl &url) const { return m_failed.contains(url); }

signals:
    void imageReady(const QUrl &url);

private:
    [[nodiscard]] QString filePath(const QUrl &url, const char *suffix) const;
    void startDownloads();
    void download(const QUrl &url);
    void finishDownload(QNetworkReply *reply, const QUrl &url);
    void store(const QUrl &url, const QImage &image);

    QNetworkAccessManager *m_network = nullptr;
    QString m_directory;
    int m_maxEdge = 0;
    QCache<QUrl, QImage> m_memory;
    QSet<QUrl> m_failed;
    QSet<QUrl> m_pending;
    QList<QUrl> m_queue;
    int m_running = 0;
};

} // namespace Models
