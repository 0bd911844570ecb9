#pragma once

#include "ai/briefing.h"
#include "pages/articlepage.h"
#include "storage/articlerepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

namespace Pages {

/// What the Daily briefing shows: the day's stories and the rows of their articles.
struct BriefingContent
{
    QDate day;
    QList<Ai::Story> stories;
    QHash<qint64, Storage::ArticleRow> articles; ///< Every article of the stories, by id.

    /// The stories' articles in the order of the page: story by story, its lead first.
    [[nodiscard]] QList<qint64> articleIds() const;
    [[nodiscard]] int articleCount() const;
};

/// What the page around the stories needs.
struct BriefingPageOptions
{
    QDateTime now;
    QLocale locale;
    ArticlePageStyle style;
    /// Who grouped the stories and picked their sentences, as the page names it.
    QString madeBy;
};

/// Renders the Daily briefing for the reading pane from resources/reading/briefing.html, with
/// the article page's style sheet and its own: the date, then the top stories, each with its
/// headline (a link to its lead article), the sources that carry it, when it was last reported,
/// its summary and links to the story's other articles. Every text from a feed is escaped; the
/// page has no script, and its only links are tidings://article/ID and tidings: actions.
class BriefingPage final
{
    Q_DECLARE_TR_FUNCTIONS(Pages::BriefingPage)

public:
    static constexpr int MaxStories = 10;
    /// Below this many articles in its stories, the day has no briefing yet.
    static constexpr int MinArticles = 3;
    /// Further articles of a story beyond this many are counted, not listed.
    static constexpr int MaxOtherArticles = 5;

    /// The briefing of the local day of \a now, read from the library on \a db: the stories of
    /// Ai::Briefing and the rows of their articles. Slow on a busy day: for the query worker.
    [[nodiscard]] static BriefingContent load(const QSqlDatabase &db, const QDateTime &now,
                                              int maxStories = MaxStories);

    [[nodiscard]] static QString render(const BriefingContent &content,
                                        const BriefingPageOptions &options);
    /// The page while the briefing of \a day is being prepared.
    [[nodiscard]] static QString renderPreparing(const QDate &day,
                                                 const BriefingPageOptions &options);

    /// tidings://briefing/today, the address the reading pane shows the page at.
    [[nodiscard]] static QUrl pageUrl();
    /// tidings://action/refresh, the empty page's "Refresh now".
    [[nodiscard]] static QString refreshAction();
};

} // namespace Pages
