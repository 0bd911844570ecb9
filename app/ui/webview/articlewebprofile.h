#pragma once

#include <QObject>
#include <QString>

class QWebEngineProfile;

namespace Ui {

class ArticleRequestInterceptor;
class ArticleSchemeHandler;

/// The WebEngine profile of the reading pane, kept in the Tidings profile folder and never the
/// shared default one: no cookies, no persistent storage that a feed could use to track, and
/// every request filtered by ArticleRequestInterceptor. Pages come from ArticleSchemeHandler.
class ArticleWebProfile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleWebProfile)

public:
    /// Registers the tidings: scheme with WebEngine. Must run before WebEngine starts (the
    /// first profile); done when this code is loaded.
    static void registerScheme();

    /// Web data (HTTP cache of images) goes below \a storageDirectory.
    explicit ArticleWebProfile(const QString &storageDirectory, QObject *parent = nullptr);
    ~ArticleWebProfile() override;

    [[nodiscard]] QWebEngineProfile *profile() const { return m_profile; }
    [[nodiscard]] ArticleSchemeHandler *pages() const { return m_pages; }

    void setLoadRemoteImages(bool load);
    [[nodiscard]] bool loadsRemoteImages() const;

private:
    QWebEngineProfile *m_profile = nullptr;
    ArticleSchemeHandler *m_pages = nullptr;
    ArticleRequestInterceptor *m_interceptor = nullptr;
};

} // namespace Ui
