#pragma once

#include <QByteArray>
#include <QHash>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace Ui {

/// Serves the pages of the reading pane (tidings://article/ID, the daily briefing's) from
/// memory, so a page has an origin of its own (not the feed's site) and no size limit such as
/// setHtml()'s.
class ArticleSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSchemeHandler)

public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    /// The page served at \a url until the next publish().
    void publish(const QUrl &url, const QString &html);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    // Only the page being shown (and the one before, which may still be loading).
    QHash<QUrl, QByteArray> m_pages;
    QUrl m_latest;
};

} // namespace Ui
