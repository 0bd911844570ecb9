#include "ui/webview/articlerequestinterceptor.h"

#include "base/logging.h"
#include "pages/articlepage.h"

namespace Ui {

void ArticleRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    bool allowed = false;
    if (scheme == QLatin1String(Pages::ArticlePage::Scheme) || scheme == QLatin1String("data")) {
        allowed = true;
    } else if (web) {
        switch (info.resourceType()) {
        case QWebEngineUrlRequestInfo::ResourceTypeImage:
            allowed = m_loadRemoteImages;
            break;
        case QWebEngineUrlRequestInfo::ResourceTypeMedia:
            allowed = true; // An enclosure's player, started by the person.
            break;
        default:
            break;
        }
    }
    if (!allowed) {
        qCDebug(lcUi) << "article page: blocked" << info.resourceType() << info.requestUrl();
        info.block(true);
        return;
    }
    if (web) {
        // The site learns nothing about what is being read or where.
        info.setHttpHeader("Referer", QByteArray());
        info.setHttpHeader("Cookie", QByteArray());
    }
}

} // namespace Ui
