#pragma once

#include <QByteArray>
#include <QHash>
#include <QWebEngineUrlSchemeHandler>

namespace Ui {

/// Serves the pages of the reading pane as tidings://article/ID from memory, so a page has
/// an origin of its own (not the feed's site) and no size limit such as setHtml()'s.
class ArticleSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSchemeHandler)

public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    /// The page served for tidings://article/ID until the next publish().
    void publish(qint64 articleId, const QString &html);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    // Only the page being shown (and the one before, which may still be loading).
    QHash<qint64, QByteArray> m_pages;
    qint64 m_latest = 0;
};

} // namespace Ui
