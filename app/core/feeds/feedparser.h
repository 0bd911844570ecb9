#pragma once

#include "feeds/feed.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace Feeds {

/// What makes a feed's HTML safe to show. The feed engine does not know HTML itself (html/
/// sits beside feeds/, not below it), so the caller passes the sanitizer in:
/// `options.htmlFilter = {&Html::sanitize, &Html::firstImageUrl};`
struct HtmlFilter
{
    /// Makes summary or content safe to show, relative URLs resolved against base.
    QString (*sanitize)(const QString &html, const QUrl &base) = nullptr;
    /// The first image fit for a thumbnail in sanitized HTML, for items that name none.
    QString (*firstImageUrl)(const QString &sanitizedHtml) = nullptr;
};

/// How to parse one document.
struct ParseOptions
{
    QByteArray contentType; ///< The HTTP Content-Type, when known (for its charset).
    QUrl documentUrl;       ///< Where the document came from: the base for relative URLs.
    qint64 maxBytes = 32 * 1024 * 1024; ///< Larger documents are refused.
    /// Applied to summary and content; without it they stay as the feed wrote them (for tools
    /// and fuzzing), so every caller that shows or stores them must set it.
    HtmlFilter htmlFilter;
};

/// The outcome of parsing: a feed (possibly with warnings about what was recovered), or an
/// error saying why the document is not a feed.
struct ParseResult
{
    Feed feed;
    QStringList warnings; ///< Translated; e.g. "not well-formed at line 3, column 7: ...".
    QString error;        ///< Translated, one line; empty on success.

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Parses RSS 0.90–2.0, RSS 1.0 (RDF), Atom 0.3/1.0, JSON Feed 1.0/1.1 or CDF from raw bytes. The
/// format is recognised from the content. Text fields of the result are plain text; summary and
/// content are HTML, sanitized by options.htmlFilter. Never throws or crashes, whatever the bytes.
[[nodiscard]] ParseResult parseFeed(const QByteArray &bytes, const ParseOptions &options = {});

/// The same, releasing the bytes as soon as they are no longer needed (for big documents).
[[nodiscard]] ParseResult parseFeed(QByteArray &&bytes, const ParseOptions &options = {});

/// Passes the summary and content of \a items through \a filter in place, as parseFeed() does
/// (URLs resolved against the matching entry of \a bases, when there is one), and picks each
/// one's image when it has none; a summary listed in \a summaryBases is resolved against that
/// base instead. For HTML from elsewhere than a feed document, such as a sync server.
void sanitizeItems(QList<Item> &items, const std::vector<QString> &bases, const HtmlFilter &filter,
                   const QHash<qsizetype, QString> &summaryBases = {});

} // namespace Feeds
