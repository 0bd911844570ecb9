#pragma once

#include "storage/articlerepository.h"

#include <QStackedWidget>
#include <QUrl>

class QLabel;
class QWebEngineView;

namespace Ui {

class ArticleWebPage;

/// The right-hand pane. Starting WebEngine costs far more than painting the window (a quarter
/// of a second and tens of megabytes), so the pane shows a native placeholder and creates its
/// web view only when the first article is to be shown, and never before the pane has painted.
class ArticlePane final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePane)

public:
    explicit ArticlePane(QWidget *parent = nullptr);

    /// Null until the first article is shown.
    [[nodiscard]] QWebEngineView *webView() const { return m_webView; }

    /// Shows an article (its stored, sanitized HTML); before the web view exists it is shown
    /// as soon as the view is ready.
    void showArticle(const Storage::Article &article);
    /// Back to the placeholder.
    void clear();
    [[nodiscard]] qint64 articleId() const { return m_articleId; }
    /// The HTML last handed to the web view (for tests and the benchmark).
    [[nodiscard]] QString html() const { return m_html; }

    /// Scrolls the article one screen down. False when it was already at its end.
    bool scrollDown();

signals:
    void webViewReady();
    void linkClicked(const QUrl &url);
    /// The web view was given an article's HTML.
    void loadStarted(qint64 articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleWebView();
    void createWebView();
    void load();

    QLabel *m_placeholder = nullptr;
    QWebEngineView *m_webView = nullptr;
    ArticleWebPage *m_page = nullptr;
    bool m_webViewScheduled = false;
    bool m_painted = false;
    qint64 m_articleId = 0;
    QString m_html;
    QUrl m_baseUrl;
};

} // namespace Ui
