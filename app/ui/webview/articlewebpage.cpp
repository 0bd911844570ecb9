#include "ui/webview/articlewebpage.h"

#include "base/logging.h"
#include "pages/articlepage.h"
#include "pages/briefingpage.h"

#include <QWebEngineSettings>

namespace Ui {

ArticleWebPage::ArticleWebPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    QWebEngineSettings *pageSettings = settings();
    pageSettings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    pageSettings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    pageSettings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    pageSettings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    pageSettings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    pageSettings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    pageSettings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    pageSettings->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    pageSettings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    pageSettings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    pageSettings->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    pageSettings->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
}

bool ArticleWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (type == NavigationTypeLinkClicked) {
        if (const qint64 id = Pages::ArticlePage::articleIdOf(url))
            emit articleRequested(id);
        else if (const QString action = Pages::ArticlePage::actionOf(url); !action.isEmpty())
            emit actionRequested(action);
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
                 url.scheme() == QLatin1String("mailto"))
            emit linkClicked(url);
        return false;
    }
    // The only documents this page ever shows are the article pages and the briefing the view
    // asked for; a refresh meta tag, a form or a frame in a feed gets nowhere.
    const bool ownPage =
        isMainFrame && type == NavigationTypeTyped &&
        (Pages::ArticlePage::articleIdOf(url) != 0 || url == Pages::BriefingPage::pageUrl());
    if (!ownPage)
        qCDebug(lcUi) << "article page: refused navigation" << type << url;
    return ownPage;
}

QWebEnginePage *ArticleWebPage::createWindow(WebWindowType)
{
    return nullptr;
}

void ArticleWebPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message,
                                              int lineNumber, const QString &sourceId)
{
    // Policy violations land here; they are expected for hostile feeds and only worth a debug line.
    qCDebug(lcUi) << "article page:" << sourceId << lineNumber << message;
}

} // namespace Ui
