#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Subscriptions {

/// One <outline> of an OPML subscription list: a feed (feedUrl set) or a folder.
///
/// After readOpml() every outline is exactly one of the two: a feed has no children, a folder
/// has no feedUrl and at least one child. A file that puts children under a feed outline is read
/// as the feed followed by a folder of the same title holding those children (with a warning),
/// so that nothing the file lists is lost and importers need to handle only two shapes.
struct Outline
{
    QString title;   ///< From the `text` attribute, else `title`.
    QString feedUrl; ///< The `xmlUrl` attribute, as written in the file (trimmed).
    QString siteUrl; ///< The `htmlUrl` attribute.
    QString type;    ///< The `type` attribute; "rss" for a feed that gives none, empty for folders.
    QList<Outline> children;

    /// True for an outline without a feed URL: a folder.
    [[nodiscard]] bool isFolder() const { return feedUrl.isEmpty(); }

    friend bool operator==(const Outline &a, const Outline &b)
    {
        return a.title == b.title && a.feedUrl == b.feedUrl && a.siteUrl == b.siteUrl &&
               a.type == b.type && a.children == b.children;
    }
    friend bool operator!=(const Outline &a, const Outline &b) { return !(a == b); }
};

struct OpmlDocument
{
    QString title;     ///< head/title
    QDateTime created; ///< head/dateCreated in UTC; null when absent or unreadable.
    QList<Outline> outlines;
};

struct OpmlReadResult
{
    /// On error: only the outlines whose end tag was read before the error (folders that were
    /// still open keep the children completed so far). Callers must not import them silently.
    OpmlDocument document;
    QStringList warnings; ///< Translated, one line each: skipped outlines and the like.
    QString error;        ///< Translated; names line and column for malformed XML.

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Reads OPML 1.0, 1.1 and 2.0 from raw bytes (UTF-8, UTF-16 or whatever the XML declaration
/// names). Survives arbitrary input. Documents with a DTD are refused: OPML needs none, and
/// refusing it rules out entity expansion attacks.
[[nodiscard]] OpmlReadResult readOpml(const QByteArray &bytes);

/// Writes well-formed OPML 2.0 in UTF-8. Feeds get type="rss" unless they carry a type;
/// dateCreated is written in RFC 822 form when the document has a valid date. Characters that
/// XML cannot carry (control characters, lone surrogates) are dropped.
[[nodiscard]] QByteArray writeOpml(const OpmlDocument &document);

} // namespace Subscriptions
