#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace Ui {

/// The page that shows articles: no JavaScript, plugins or local storage, permission requests
/// denied, and links clicked by the person handed out as linkClicked() instead of navigating.
class ArticleWebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleWebPage)

public:
    explicit ArticleWebPage(QObject *parent = nullptr);

signals:
    void linkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
};

} // namespace Ui
