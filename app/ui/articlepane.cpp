#include "articlepane.h"

#include "articlewebpage.h"
#include "logging.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace Ui {

namespace {

// A plain reading page; the full one (styles, dark mode, images) comes with the article view.
QString pageFor(const Storage::Article &article, const QPalette &palette)
{
    const Storage::ArticleRow &row = article.row;
    QStringList meta;
    if (!row.sourceTitle.isEmpty())
        meta.append(row.sourceTitle.toHtmlEscaped());
    if (row.date.isValid())
        meta.append(
            QLocale().toString(row.date.toLocalTime(), QLocale::LongFormat).toHtmlEscaped());
    if (!row.author.isEmpty())
        meta.append(row.author.toHtmlEscaped());
    const QString body = !article.content.isEmpty() ? article.content : article.summary;
    const QString title = row.title.isEmpty() ? ArticlePane::tr("(untitled)") : row.title;
    const QUrl link(row.link);
    const bool webLink =
        link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https");
    const QString heading =
        webLink ? QStringLiteral("<a href=\"%1\">%2</a>")
                      .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), title.toHtmlEscaped())
                : title.toHtmlEscaped();
    return QStringLiteral(
               "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
               "<style>body{font-family:sans-serif;max-width:46em;margin:1.5em auto;"
               "padding:0 1em;line-height:1.55;color:%1;background:%2}"
               "a{color:%3}h1{font-size:1.5em;line-height:1.25}h1 a{color:inherit;"
               "text-decoration:none}.meta{color:%4;font-size:.9em}img,video{max-width:100%;"
               "height:auto}pre{overflow:auto}</style></head><body><h1>%5</h1>"
               "<p class=\"meta\">%6</p><div class=\"content\">%7</div></body></html>")
        .arg(palette.color(QPalette::Text).name(), palette.color(QPalette::Base).name(),
             palette.color(QPalette::Link).name(), palette.color(QPalette::PlaceholderText).name(),
             heading, meta.join(QStringLiteral(" · ")), body);
}

} // namespace

ArticlePane::ArticlePane(QWidget *parent) : QStackedWidget(parent)
{
    m_placeholder = new QLabel(tr("Select an article to read it here."), this);
    m_placeholder->setObjectName(QStringLiteral("articlePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    addWidget(m_placeholder);
    m_placeholder->installEventFilter(this);
}

bool ArticlePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_placeholder && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        if (m_articleId != 0)
            scheduleWebView();
    }
    return QStackedWidget::eventFilter(watched, event);
}

void ArticlePane::scheduleWebView()
{
    if (m_webViewScheduled)
        return;
    m_webViewScheduled = true;
    // After the current events: the list shows the selection before WebEngine starts.
    QTimer::singleShot(0, this, &ArticlePane::createWebView);
}

void ArticlePane::createWebView()
{
    m_webView = new QWebEngineView(this);
    m_webView->setObjectName(QStringLiteral("articleWebView"));
    m_webView->setAccessibleName(tr("Article text"));
    m_page = new ArticleWebPage(m_webView);
    m_webView->setPage(m_page);
    connect(m_page, &ArticleWebPage::linkClicked, this, &ArticlePane::linkClicked);
    addWidget(m_webView);
    qCDebug(lcUi) << "article web view created";
    emit webViewReady();
    if (m_articleId != 0)
        load();
}

void ArticlePane::showArticle(const Storage::Article &article)
{
    m_articleId = article.row.id;
    m_html = pageFor(article, palette());
    m_baseUrl = QUrl(article.row.link);
    if (m_webView)
        load();
    else if (m_painted)
        scheduleWebView();
}

void ArticlePane::load()
{
    // Relative links and images resolve against the article; only web addresses qualify.
    const bool web =
        m_baseUrl.scheme() == QLatin1String("http") || m_baseUrl.scheme() == QLatin1String("https");
    m_webView->setHtml(m_html, web ? m_baseUrl : QUrl());
    setCurrentWidget(m_webView);
    emit loadStarted(m_articleId);
}

void ArticlePane::clear()
{
    m_articleId = 0;
    m_html.clear();
    m_baseUrl.clear();
    if (m_webView)
        m_webView->setHtml(QString());
    setCurrentWidget(m_placeholder);
}

bool ArticlePane::scrollDown()
{
    if (!m_webView || currentWidget() != m_webView)
        return false;
    const qreal viewHeight = m_webView->height() / m_page->zoomFactor();
    const qreal bottom = m_page->scrollPosition().y() + viewHeight;
    if (bottom >= m_page->contentsSize().height() - 2)
        return false;
    // Script is off for the page's own world; the application world still runs ours.
    m_page->runJavaScript(QStringLiteral("window.scrollBy(0, window.innerHeight * 0.9);"),
                          QWebEngineScript::ApplicationWorld);
    return true;
}

} // namespace Ui
