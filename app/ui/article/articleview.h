#pragma once

#include "ui/article/uiexport.h"

#include <QPointF>
#include <QUrl>
#include <QWidget>

#include <functional>

class QPrinter;

namespace Ui {

/// Where the reading page is shown. The window talks to this interface; WebArticleView puts a
/// locked-down QWebEngineView behind it, in a module of its own (ArticleViewLoader).
class TIDINGS_UI_EXPORT ArticleView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    using QWidget::QWidget;

    /// Shows a rendered page (Pages::ArticlePage) as the page of \a articleId.
    virtual void showPage(qint64 articleId, const QString &html) = 0;
    /// Shows a page of no article (Pages::BriefingPage) at its tidings: \a url; articleId()
    /// is 0 then.
    virtual void showPageAt(const QUrl &url, const QString &html) = 0;
    /// Replaces the content of the page's element with id \a sectionId, now or, while the page
    /// is still loading, once it has loaded. \a html is made by us, never raw feed text.
    virtual void setSection(const QString &sectionId, const QString &html) = 0;
    [[nodiscard]] virtual qint64 articleId() const = 0;

    [[nodiscard]] virtual QPointF scrollPosition() const = 0;
    virtual void scrollTo(const QPointF &position) = 0;
    /// Scrolls one screen down. False when the page was already at its end.
    virtual bool scrollDown() = 0;

    virtual void setZoomFactor(qreal factor) = 0;
    [[nodiscard]] virtual qreal zoomFactor() const = 0;
    /// Whether images from the web may load; applies to the next page shown.
    virtual void setLoadRemoteImages(bool load) = 0;

    virtual void print(QPrinter *printer) = 0;
    virtual void saveAsPdf(const QString &filePath) = 0;
    /// The text the page shows, as the person sees it (for tests and accessibility checks).
    virtual void toPlainText(const std::function<void(const QString &)> &receiver) const = 0;

signals:
    /// A web link the person clicked; it opens outside, never inside the view.
    void linkClicked(const QUrl &url);
    /// A related-article card was clicked.
    void articleRequested(qint64 articleId);
    /// An action of the page: "comments", "full-article".
    void actionRequested(const QString &action);
    void pageLoaded(qint64 articleId, bool ok);
    void printed(bool ok);
    void pdfSaved(const QString &filePath, bool ok);
};

} // namespace Ui
