#include "ui/webview/articleschemehandler.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>

namespace Ui {

void ArticleSchemeHandler::publish(const QUrl &url, const QString &html)
{
    if (url != m_latest) {
        const QUrl previous = m_latest;
        m_pages.removeIf([&previous](const auto &page) { return page.key() != previous; });
    }
    m_pages.insert(url, html.toUtf8());
    m_latest = url;
}

void ArticleSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const auto page =
        m_pages.constFind(job->requestUrl().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment));
    if (page == m_pages.constEnd()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(*page);
    job->reply("text/html;charset=utf-8", buffer);
}

} // namespace Ui
