#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace Ui {

/// The page that shows articles: no JavaScript, plugins or local storage, permission requests
/// denied, and never a navigation away from the article. A click on a web link becomes
/// linkClicked(), on a related card articleRequested(), on a page action actionRequested().
class ArticleWebPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleWebPage)

public:
    explicit ArticleWebPage(QWebEngineProfile *profile, QObject *parent = nullptr);

signals:
    void linkClicked(const QUrl &url);
    void articleRequested(qint64 articleId);
    void actionRequested(const QString &action);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;
};

} // namespace Ui
