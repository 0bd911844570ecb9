#pragma once

#include "reading/articlecard.h"
#include "reading/comment.h"
#include "storage/articlerepository.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace Pages {

/// The colours and type of the reading page, taken from the application so that the page
/// follows its light or dark palette and accent.
struct ArticlePageStyle
{
    QColor text = Qt::black;
    QColor background = Qt::white;
    QColor muted = Qt::darkGray;
    QColor link = Qt::blue;
    QColor accent = QColor(0xe8, 0x71, 0x0a);
    QColor card = QColor(0xf4, 0xf4, 0xf4);
    QColor border = QColor(0xdd, 0xdd, 0xdd);
    int fontPointSize = 12;
    [[nodiscard]] bool isDark() const { return background.lightness() < 128; }
};

/// What the page around the story shows besides the stored article.
struct ArticlePageOptions
{
    QDateTime now;
    QLocale locale;
    ArticlePageStyle style;
    bool loadRemoteImages = true;
    QString sourceIconUrl; ///< A tidings: address, or empty.
    /// The feed gave only a summary: offer to fetch the whole article from its page.
    bool offerFullArticle = false;
    bool loadingFullArticle = false;
    QString fullArticleError;
    QString aiCard; ///< HTML made by us (never feed text unescaped); empty hides the card.
};

/// How far the comments of the article shown have come.
struct CommentsState
{
    enum class Stage { NotLoaded, Loading, Loaded, Failed };
    Stage stage = Stage::NotLoaded;
    QList<Reading::Comment> comments;
    QString error;
};

/// What arrives after the story: comments, related articles, more from the same source.
struct ArticlePageExtras
{
    CommentsState comments;
    QList<Reading::ArticleCard> related;
    QList<Reading::ArticleCard> moreFromSource;
};

/// Renders the reading page of an article from the template in resources/reading: the story
/// with its source, byline, hero image, enclosures and actions, then comments and related
/// articles. Everything from a feed is escaped here or was sanitized before it was stored;
/// app actions are tidings: links that the page's owner intercepts.
class ArticlePage final
{
    Q_DECLARE_TR_FUNCTIONS(Pages::ArticlePage)

public:
    /// The scheme of the page, its icons and its actions.
    static constexpr const char *Scheme = "tidings";

    [[nodiscard]] static QString render(const Storage::Article &article,
                                        const ArticlePageOptions &options,
                                        const ArticlePageExtras &extras = {});

    /// The inner HTML of the #related and #more-from-source sections.
    [[nodiscard]] static QString relatedSection(const QList<Reading::ArticleCard> &cards,
                                                const ArticlePageOptions &options);
    [[nodiscard]] static QString moreFromSourceSection(const QString &sourceTitle,
                                                       const QList<Reading::ArticleCard> &cards,
                                                       const ArticlePageOptions &options);
    /// The inner HTML of the #comments section.
    [[nodiscard]] static QString commentsSection(const Storage::Article &article,
                                                 const CommentsState &comments,
                                                 const ArticlePageOptions &options);

    /// tidings://article/ID, the page of an article and the link of a related card.
    [[nodiscard]] static QUrl articleUrl(qint64 articleId);
    /// The article id of a tidings://article/ID address, else 0.
    [[nodiscard]] static qint64 articleIdOf(const QUrl &url);
    /// tidings://action/NAME: comments, full-article.
    [[nodiscard]] static QUrl actionUrl(const QString &action);
    /// The action of a tidings://action/NAME address, else empty.
    [[nodiscard]] static QString actionOf(const QUrl &url);

    /// The page's style sheet (resources/reading/article.css), which other pages of the
    /// reading pane build on.
    [[nodiscard]] static const QString &styleSheet();

    /// "27-05-2025", the date format of the page.
    [[nodiscard]] static QString pageDate(const QDateTime &date);
};

} // namespace Pages
