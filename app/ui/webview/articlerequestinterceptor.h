#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace Ui {

/// The reading page may load its own tidings: page and data: images; from the web only images
/// (when the person allows remote images) and the media of an enclosure player. Everything
/// else a hostile page could ask for (scripts, frames, style sheets, fonts, beacons, XHR,
/// navigations) is blocked here, whatever got past the sanitizer and the page's policy.
class ArticleRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleRequestInterceptor)

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    void setLoadRemoteImages(bool load) { m_loadRemoteImages = load; }
    [[nodiscard]] bool loadsRemoteImages() const { return m_loadRemoteImages; }

private:
    bool m_loadRemoteImages = true;
};

} // namespace Ui
