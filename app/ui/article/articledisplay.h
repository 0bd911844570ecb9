#pragma once

#include "pages/articlepage.h"
#include "pages/briefingpage.h"
#include "storage/articlerepository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Ui {

class ArticleView;

/// What the window's controllers ask of the reading pane, and no more: ArticlePane implements
/// it (after KDE Akregator's SingleArticleDisplay). The pane's signals reach the controllers
/// through connectPane() (articlepanewiring.h), so that none of them needs the pane itself.
class ArticleDisplay
{
public:
    virtual ~ArticleDisplay() = default;

    /// Shows an article (its stored, sanitized HTML), restoring where the person had scrolled.
    virtual void showArticle(const Storage::Article &article) = 0;
    /// Shows the daily briefing instead of an article: "Preparing…" for \a day, then its
    /// stories, with who grouped and summarized them (\a madeBy).
    virtual void showBriefingPreparing(const QDate &day) = 0;
    virtual void showBriefing(const Pages::BriefingContent &content, const QString &madeBy) = 0;
    [[nodiscard]] virtual bool isShowingBriefing() const = 0;
    /// Back to the placeholder.
    virtual void clear() = 0;
    /// The article shown; an empty one (id 0) when none is.
    [[nodiscard]] virtual const Storage::Article &article() const = 0;
    /// Null until the first article is shown; for printing and saving as PDF.
    [[nodiscard]] virtual ArticleView *articleView() const = 0;

    /// Sections that arrive after the page: dropped when another article is shown by then.
    virtual void setRelated(qint64 articleId, const QList<Reading::ArticleCard> &related,
                            const QList<Reading::ArticleCard> &moreFromSource) = 0;
    virtual void setComments(qint64 articleId, const Pages::CommentsState &comments) = 0;
    virtual void setFullArticleLoading(qint64 articleId) = 0;
    virtual void setFullArticle(qint64 articleId, const QString &html) = 0;
    virtual void setFullArticleFailed(qint64 articleId, const QString &message) = 0;
    virtual void setAiCard(qint64 articleId, const QString &html) = 0;
    /// Asks for the whole article from its web page (the pane's fullArticleRequested()).
    virtual void requestFullArticle() = 0;

    virtual void zoomIn() = 0;
    virtual void zoomOut() = 0;
    virtual void resetZoom() = 0;
    virtual void setZoomFactor(qreal factor) = 0;

protected:
    ArticleDisplay() = default;
    Q_DISABLE_COPY_MOVE(ArticleDisplay)
};

} // namespace Ui
