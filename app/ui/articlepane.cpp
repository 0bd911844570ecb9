#include "articlepane.h"

#include "logging.h"

#include <QLabel>
#include <QTimer>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace Ui {

ArticlePane::ArticlePane(QWidget *parent) : QStackedWidget(parent)
{
    m_placeholder = new QLabel(tr("Select an article to read it here."), this);
    m_placeholder->setObjectName(QStringLiteral("articlePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    addWidget(m_placeholder);
}

void ArticlePane::showEvent(QShowEvent *event)
{
    QStackedWidget::showEvent(event);
    if (m_webViewScheduled)
        return;
    m_webViewScheduled = true;
    // A zero timer fires after the pending paint events of the first show have been handled.
    QTimer::singleShot(0, this, &ArticlePane::createWebView);
}

void ArticlePane::createWebView()
{
    m_webView = new QWebEngineView(this);
    m_webView->setObjectName(QStringLiteral("articleWebView"));
    // Feed content never runs script; the reading page needs none.
    m_webView->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    addWidget(m_webView);
    qCDebug(lcUi) << "article web view created";
    emit webViewReady();
}

} // namespace Ui
