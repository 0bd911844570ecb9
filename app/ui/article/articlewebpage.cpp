#include "articlewebpage.h"

#include <QWebEngineSettings>

namespace Ui {

ArticleWebPage::ArticleWebPage(QObject *parent) : QWebEnginePage(parent)
{
    QWebEngineSettings *pageSettings = settings();
    pageSettings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    pageSettings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    pageSettings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    pageSettings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    pageSettings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    pageSettings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
}

bool ArticleWebPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool)
{
    if (type == NavigationTypeLinkClicked) {
        emit linkClicked(url);
        return false;
    }
    // Articles never submit forms; everything else is the page setHtml() loads.
    return type != NavigationTypeFormSubmitted;
}

QWebEnginePage *ArticleWebPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace Ui
