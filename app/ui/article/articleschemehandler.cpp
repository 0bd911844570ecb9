#include "articleschemehandler.h"

#include "articlepage.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>

namespace Ui {

void ArticleSchemeHandler::publish(qint64 articleId, const QString &html)
{
    if (articleId != m_latest) {
        const qint64 previous = m_latest;
        m_pages.removeIf([previous](const auto &page) { return page.key() != previous; });
    }
    m_pages.insert(articleId, html.toUtf8());
    m_latest = articleId;
}

void ArticleSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const qint64 id = Models::ArticlePage::articleIdOf(job->requestUrl());
    const auto page = m_pages.constFind(id);
    if (id == 0 || page == m_pages.constEnd()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(*page);
    job->reply("text/html;charset=utf-8", buffer);
}

} // namespace Ui
