#include "ui/webview/articlewebprofile.h"

#include "pages/articlepage.h"
#include "ui/webview/articlerequestinterceptor.h"
#include "ui/webview/articleschemehandler.h"

#include <QDir>
#include <QWebEngineCookieStore>
#include <QWebEngineProfile>
#include <QWebEngineUrlScheme>

namespace Ui {

void ArticleWebProfile::registerScheme()
{
    QWebEngineUrlScheme scheme(Pages::ArticlePage::Scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Pages of this scheme may not be navigated to from the web, nor read local files.
    scheme.setFlags(QWebEngineUrlScheme::NoAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

namespace {

// WebEngine only accepts schemes registered before it starts, which happens with the first
// profile: the app's reading view module registers it as it loads, tests before main().
void registerSchemeAtLoad()
{
    ArticleWebProfile::registerScheme();
}
Q_CONSTRUCTOR_FUNCTION(registerSchemeAtLoad)

} // namespace

ArticleWebProfile::ArticleWebProfile(const QString &storageDirectory, QObject *parent)
    : QObject(parent)
{
    const QDir root(storageDirectory);
    m_profile = new QWebEngineProfile(QStringLiteral("articles"), this);
    m_profile->setPersistentStoragePath(root.filePath(QStringLiteral("web/storage")));
    m_profile->setCachePath(root.filePath(QStringLiteral("web/cache")));
    m_profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    // No cookie is ever stored or sent: an image in a feed cannot follow the reader around.
    m_profile->cookieStore()->setCookieFilter(
        [](const QWebEngineCookieStore::FilterRequest &) { return false; });

    m_interceptor = new ArticleRequestInterceptor(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_pages = new ArticleSchemeHandler(this);
    m_profile->installUrlSchemeHandler(Pages::ArticlePage::Scheme, m_pages);
}

ArticleWebProfile::~ArticleWebProfile()
{
    // Pages using the profile are children of views that may outlive it in teardown order.
    m_profile->removeAllUrlSchemeHandlers();
    m_profile->setUrlRequestInterceptor(nullptr);
}

void ArticleWebProfile::setLoadRemoteImages(bool load)
{
    m_interceptor->setLoadRemoteImages(load);
}

bool ArticleWebProfile::loadsRemoteImages() const
{
    return m_interceptor->loadsRemoteImages();
}

} // namespace Ui
