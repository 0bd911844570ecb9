#pragma once

#include "html/articleextractor.h"
#include "net/fetchtypes.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

class QNetworkAccessManager;

namespace Net {
class FeedFetcher;
}

namespace Reading {

/// "Load full article": the article's web page reduced to its main content. The first load
/// fetches the article's link, extracts the content on the thread pool and stores the sanitized
/// HTML (compressed) in articles.full_content; later loads answer from there without a request.
///
/// Works on a connection of the calling thread; every load() ends in exactly one loaded() or
/// failed() for that id, emitted after load() has returned.
class FullArticleLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FullArticleLoader)

public:
    FullArticleLoader(QSqlDatabase database, QNetworkAccessManager *network,
                      QObject *parent = nullptr);
    ~FullArticleLoader() override;

    /// A second load() of an article still loading joins the first: one signal for both.
    void load(qint64 articleId);
    [[nodiscard]] bool isLoading(qint64 articleId) const;

signals:
    /// \a html is sanitized, its links resolved against the page.
    void loaded(qint64 articleId, const QString &html);
    void failed(qint64 articleId, const QString &message);

private:
    void onFetched(const Net::FetchResult &result);
    void onExtracted(qint64 articleId, const Html::ExtractedArticle &article);
    void finishLater(qint64 articleId, const QString &html, const QString &error);

    QSqlDatabase m_database;
    Net::FeedFetcher *m_fetcher = nullptr;
    QSet<qint64> m_loading;
};

} // namespace Reading
