#pragma once

#include "subscriptions/opml.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Subscriptions {

/// What importing one feed of an OPML file would do.
struct ImportPlanRow
{
    enum class Status {
        New,                ///< Not subscribed yet: import it.
        DuplicateInFile,    ///< An earlier row of the same file has the same feed.
        DuplicateInLibrary, ///< Already subscribed.
        InvalidUrl,         ///< The address is not an absolute http(s) or feed: URL.
    };

    QStringList folderPath; ///< Folder titles from the top level down; empty at the top.
    QString title;
    QString feedUrl; ///< As written in the file.
    QUrl url;        ///< The address to fetch (feed:// turned into http://); empty when invalid.
    QString siteUrl;
    Status status = Status::New;
};

/// The key under which two feed addresses count as the same subscription: scheme and host
/// lower-case, feed:/feeds: turned into http/https, the default port and the fragment dropped.
/// Path, query and a trailing slash are kept as they are (servers may treat them differently).
/// Returns an empty string for an address that is not an absolute http(s) URL.
[[nodiscard]] QString feedUrlKey(const QUrl &url);

/// Flattens an OPML tree into rows in document order. A feed already in `subscribed` (compared
/// with feedUrlKey()) is DuplicateInLibrary; a feed seen earlier in the file is DuplicateInFile.
[[nodiscard]] QList<ImportPlanRow> buildImportPlan(const OpmlDocument &document,
                                                   const QList<QUrl> &subscribed);

} // namespace Subscriptions
