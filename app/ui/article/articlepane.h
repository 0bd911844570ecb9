#pragma once

#include "ui/article/articledisplay.h"

#include <QHash>
#include <QIcon>
#include <QPointF>
#include <QStackedWidget>
#include <QUrl>

#include <functional>

class QLabel;

namespace Ui {

class ArticleView;

/// The right-hand pane: the reading page of the selected article, with its comments, related
/// articles and page actions. Starting WebEngine costs far more than painting the window (a
/// quarter of a second and tens of megabytes), so the pane shows a native placeholder and
/// creates its view only when the first article is to be shown, never before it has painted.
class ArticlePane final : public QStackedWidget, public ArticleDisplay
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePane)

public:
    /// The web view keeps its cache below \a webStorageDirectory (the profile folder).
    explicit ArticlePane(const QString &webStorageDirectory, QWidget *parent = nullptr);
    ~ArticlePane() override;

    /// Null until the first article is shown.
    [[nodiscard]] ArticleView *articleView() const override { return m_view; }

    /// Shows an article (its stored, sanitized HTML); before the view exists it is shown as
    /// soon as the view is ready. Where the person had scrolled to in it is restored.
    void showArticle(const Storage::Article &article) override;
    /// Shows the daily briefing instead of an article (articleId() is 0 then): "Preparing…"
    /// for \a day, then its stories, with who grouped and summarized them (\a madeBy).
    void showBriefingPreparing(const QDate &day) override;
    void showBriefing(const Pages::BriefingContent &content, const QString &madeBy) override;
    [[nodiscard]] bool isShowingBriefing() const override { return m_showingBriefing; }
    /// Back to the placeholder.
    void clear() override;
    [[nodiscard]] qint64 articleId() const { return m_article.row.id; }
    [[nodiscard]] const Storage::Article &article() const override { return m_article; }
    /// The page last handed to the view (for tests and the benchmark).
    [[nodiscard]] QString html() const { return m_html; }

    /// Sections that arrive after the page: they are dropped when another article is shown.
    void setRelated(qint64 articleId, const QList<Reading::ArticleCard> &related,
                    const QList<Reading::ArticleCard> &moreFromSource) override;
    void setComments(qint64 articleId, const Pages::CommentsState &comments) override;
    void setFullArticleLoading(qint64 articleId) override;
    void setFullArticle(qint64 articleId, const QString &html) override;
    void setFullArticleFailed(qint64 articleId, const QString &message) override;
    void setAiCard(qint64 articleId, const QString &html) override;

    void setStyle(const Pages::ArticlePageStyle &style);
    void setLoadRemoteImages(bool load);
    void setSourceIconProvider(std::function<QIcon(qint64 sourceId)> provider);

    /// Scrolls the article one screen down. False when it was already at its end.
    bool scrollDown();
    /// Asks for the whole article from its web page (fullArticleRequested()).
    void requestFullArticle() override;
    void zoomIn() override;
    void zoomOut() override;
    void resetZoom() override;
    [[nodiscard]] qreal zoomFactor() const { return m_zoom; }
    void setZoomFactor(qreal factor) override;

signals:
    void webViewReady();
    void linkClicked(const QUrl &url);
    void articleRequested(qint64 articleId);
    void commentsRequested(qint64 articleId);
    void fullArticleRequested(qint64 articleId);
    /// Any other action of the page (the AI card's), by name.
    void pageAction(const QString &action);
    /// The view was given an article's page, or 0: the briefing's.
    void loadStarted(qint64 articleId);
    void zoomChanged(qreal factor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleView();
    void createView();
    void render();
    void renderBriefing();
    void rememberScroll();
    /// Whether the page of \a articleId is the one shown (sections of others are dropped).
    [[nodiscard]] bool isShowing(qint64 articleId) const;
    [[nodiscard]] bool hasPage() const { return articleId() != 0 || m_showingBriefing; }
    void onAction(const QString &action);
    [[nodiscard]] Pages::ArticlePageOptions pageOptions() const;

    QLabel *m_placeholder = nullptr;
    ArticleView *m_view = nullptr;
    QString m_webStorageDirectory;
    bool m_viewScheduled = false;
    bool m_painted = false;

    Storage::Article m_article;
    Pages::ArticlePageExtras m_extras;
    QString m_aiCard;
    bool m_loadingFullArticle = false;
    QString m_fullArticleError;
    QString m_html;
    Pages::ArticlePageStyle m_style;
    bool m_loadRemoteImages = true;
    qreal m_zoom = 1.0;
    std::function<QIcon(qint64)> m_iconProvider;
    QHash<qint64, QPointF> m_scrollPositions; ///< For the session, by article id.

    bool m_showingBriefing = false;
    bool m_briefingReady = false;
    Pages::BriefingContent m_briefing;
    QString m_briefingMadeBy;
};

} // namespace Ui
