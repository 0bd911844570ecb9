#pragma once

#include <QStackedWidget>

class QLabel;
class QWebEngineView;

namespace Ui {

/// The right-hand pane. Starting WebEngine costs far more than painting the window, so the pane
/// shows a native placeholder first and creates its web view once the window is on screen.
class ArticlePane final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePane)

public:
    explicit ArticlePane(QWidget *parent = nullptr);

    /// Null until the window has been painted.
    [[nodiscard]] QWebEngineView *webView() const { return m_webView; }

signals:
    void webViewReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createWebView();

    QLabel *m_placeholder = nullptr;
    QWebEngineView *m_webView = nullptr;
    bool m_webViewScheduled = false;
};

} // namespace Ui
