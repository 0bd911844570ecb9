#include "ui/webview/webarticleview.h"

#include "pages/articlepage.h"
#include "ui/webview/articleschemehandler.h"
#include "ui/webview/articlewebpage.h"
#include "ui/webview/articlewebprofile.h"
#include "ui/webview/webviewgraphics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QVBoxLayout>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace Ui {

namespace {

QString jsString(const QString &text)
{
    // A JSON string is a valid JavaScript string literal.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

/// On Linux, Qt WebEngine leaves out the page's accessibility tree unless this is set, and a
/// screen reader then hears nothing of the article. The tree is still built only while
/// assistive technology is active. Read when WebEngine starts, so set before the first view.
void enableWebAccessibility()
{
    static const char *const name = "QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY";
    if (!qEnvironmentVariableIsSet(name))
        qputenv(name, "1");
}

} // namespace

WebArticleView::WebArticleView(const QString &webStorageDirectory, QWidget *parent)
    : ArticleView(parent), m_profile(std::make_unique<ArticleWebProfile>(webStorageDirectory))
{
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("articleWebView"));
    m_view->setAccessibleName(tr("Article text"));
    // The focus passes through this widget on its way to the page: it has a name to say.
    setAccessibleName(tr("Reading view"));
    setAccessibleDescription(tr("Tab goes from link to link; F6 and Shift+F6 leave the page"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_page = new ArticleWebPage(m_profile->profile(), m_view);
    m_view->setPage(m_page);
    setFocusProxy(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_page, &ArticleWebPage::linkClicked, this, &ArticleView::linkClicked);
    connect(m_page, &ArticleWebPage::articleRequested, this, &ArticleView::articleRequested);
    connect(m_page, &ArticleWebPage::actionRequested, this, &ArticleView::actionRequested);
    connect(m_page, &QWebEnginePage::loadFinished, this, &WebArticleView::onLoadFinished);
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, &ArticleView::pdfSaved);
    connect(m_view, &QWebEngineView::printFinished, this, &ArticleView::printed);
}

ArticleView *WebArticleView::create(const QString &webStorageDirectory, QWidget *parent)
{
    // Before the first WebEngine view, which fixes how views are drawn.
    enableWebAccessibility();
    WebViewGraphics::prepare();
    return new WebArticleView(webStorageDirectory, parent);
}

WebArticleView::~WebArticleView()
{
    // A profile must outlive its pages: the page goes before the profile member does.
    delete m_view;
    m_view = nullptr;
    m_page = nullptr;
}

void WebArticleView::showPage(qint64 articleId, const QString &html)
{
    m_articleId = articleId;
    load(Pages::ArticlePage::articleUrl(articleId), html);
}

void WebArticleView::showPageAt(const QUrl &url, const QString &html)
{
    m_articleId = 0;
    load(url, html);
}

void WebArticleView::load(const QUrl &url, const QString &html)
{
    m_loading = true;
    m_pendingSections.clear();
    m_pendingScroll = {};
    m_profile->pages()->publish(url, html);
    m_page->load(url);
}

void WebArticleView::setSection(const QString &sectionId, const QString &html)
{
    if (m_loading) {
        m_pendingSections.insert(sectionId, html);
        return;
    }
    // Our script, in the application's own world: the page's world runs no script at all.
    runOwnScript(QStringLiteral("(function(){var e=document.getElementById(%1);"
                                "if(e)e.innerHTML=%2;})()")
                     .arg(jsString(sectionId), jsString(html)));
}

void WebArticleView::onLoadFinished(bool ok)
{
    m_loading = false;
    for (auto it = m_pendingSections.constBegin(); it != m_pendingSections.constEnd(); ++it)
        setSection(it.key(), it.value());
    m_pendingSections.clear();
    if (!m_pendingScroll.isNull()) {
        scrollTo(m_pendingScroll);
        m_pendingScroll = {};
    }
    emit pageLoaded(m_articleId, ok);
}

QPointF WebArticleView::scrollPosition() const
{
    return m_page->scrollPosition();
}

void WebArticleView::scrollTo(const QPointF &position)
{
    if (m_loading) {
        m_pendingScroll = position;
        return;
    }
    runOwnScript(QStringLiteral("window.scrollTo(%1, %2);").arg(position.x()).arg(position.y()));
}

bool WebArticleView::scrollDown()
{
    const qreal viewHeight = m_view->height() / m_page->zoomFactor();
    const qreal bottom = m_page->scrollPosition().y() + viewHeight;
    if (m_loading || bottom >= m_page->contentsSize().height() - 2)
        return false;
    runOwnScript(QStringLiteral("window.scrollBy(0, window.innerHeight * 0.9);"));
    return true;
}

void WebArticleView::setZoomFactor(qreal factor)
{
    m_page->setZoomFactor(factor);
}

qreal WebArticleView::zoomFactor() const
{
    return m_page->zoomFactor();
}

void WebArticleView::setLoadRemoteImages(bool load)
{
    m_profile->setLoadRemoteImages(load);
}

void WebArticleView::print(QPrinter *printer)
{
    m_view->print(printer);
}

void WebArticleView::saveAsPdf(const QString &filePath)
{
    m_page->printToPdf(filePath);
}

void WebArticleView::toPlainText(const std::function<void(const QString &)> &receiver) const
{
    m_page->toPlainText(receiver);
}

void WebArticleView::runOwnScript(const QString &script)
{
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld);
}

} // namespace Ui
