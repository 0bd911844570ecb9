#pragma once

#include "feed.h"

#include <QByteArray>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace Feeds {

/// How to parse one document.
struct ParseOptions
{
    QByteArray contentType; ///< The HTTP Content-Type, when known (for its charset).
    QUrl documentUrl;       ///< Where the document came from: the base for relative URLs.
    qint64 maxBytes = 32 * 1024 * 1024; ///< Larger documents are refused.
    bool sanitize = true; ///< Sanitize summary and content (off only for tools and fuzzing).
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

/// Parses RSS 0.90–2.0, RSS 1.0 (RDF), Atom 0.3/1.0 or JSON Feed 1.0/1.1 from raw bytes. The
/// format is recognised from the content. Text fields of the result are plain text; summary and
/// content are sanitized HTML with URLs resolved. Never throws or crashes, whatever the bytes.
[[nodiscard]] ParseResult parseFeed(const QByteArray &bytes, const ParseOptions &options = {});

/// The same, releasing the bytes as soon as they are no longer needed (for big documents).
[[nodiscard]] ParseResult parseFeed(QByteArray &&bytes, const ParseOptions &options = {});

/// Sanitizes the summary and content of \a items in place, as parseFeed() does (URLs resolved
/// against the matching entry of \a bases, when there is one), and picks each one's image when
/// it has none. For HTML from elsewhere than a feed document, such as a sync server.
void sanitizeItems(QList<Item> &items, const std::vector<QString> &bases = {});

} // namespace Feeds
