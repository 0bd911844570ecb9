#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Html {

/// The main content of a web page, as "Load full article" shows it.
struct ExtractedArticle
{
    bool ok = false;
    QString title;        ///< og:title, the page's single <h1>, or <title> without the site name.
    QString html;         ///< The content, passed through Html::sanitize() against the page URL.
    QString text;         ///< The content as plain text, one paragraph per line.
    QString leadImageUrl; ///< og:image / twitter:image, else the first fit image of the content.
    QString error;        ///< Why there is no article, in words; empty when ok.
};

/// Readability-style extraction of an article from a web page: navigation, sidebars, comments,
/// footers, forms and banners are left out by their elements, roles and class/id hints; blocks
/// of text are scored by length, commas and link density, scores flow to their parents and
/// grandparents, and the best container is kept with the siblings that belong to it.
///
/// Never fails on bad input: arbitrary bytes give either an article or an error.
class ArticleExtractor final
{
    Q_DECLARE_TR_FUNCTIONS(Html::ArticleExtractor)

public:
    /// Larger pages are refused rather than parsed.
    static constexpr qsizetype MaxPageBytes = 8 * 1024 * 1024;

    /// The charset comes from a byte order mark, else the page's <meta charset> or
    /// http-equiv Content-Type, else UTF-8 (with windows-1252 recovery of invalid bytes).
    [[nodiscard]] static ExtractedArticle extract(const QByteArray &html, const QUrl &pageUrl);
    /// As above, with the HTTP Content-Type the page came with: its charset wins over the
    /// page's own declaration.
    [[nodiscard]] static ExtractedArticle extract(const QByteArray &html, const QUrl &pageUrl,
                                                  const QByteArray &contentType);
};

} // namespace Html
