#pragma once

#include "storage/accountrepository.h"
#include "storage/folderrepository.h"
#include "storage/savedsearchrepository.h"
#include "storage/sourcerepository.h"
#include "storage/tagrepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Models {

/// The numbers beside the smart views.
struct SmartCounts
{
    int unread = 0;      ///< Unread articles of every source ("All articles" and "Unread").
    int todayUnread = 0; ///< Unread articles dated since the local midnight.
    int bookmarks = 0;
    QHash<qint64, int> savedSearchUnread; ///< Unread matches of each saved search, by id.
    int hidden = 0;                       ///< Articles rules hid or mute words hide.
    QList<Storage::Tag> tags = {};        ///< The "Tags" section, with each tag's counts.

    friend bool operator==(const SmartCounts &a, const SmartCounts &b)
    {
        return a.unread == b.unread && a.todayUnread == b.todayUnread &&
               a.bookmarks == b.bookmarks && a.savedSearchUnread == b.savedSearchUnread &&
               a.hidden == b.hidden && a.tags == b.tags;
    }
    friend bool operator!=(const SmartCounts &a, const SmartCounts &b) { return !(a == b); }
};

/// Everything the source tree shows, read in one go (on the query worker: the per-source counts
/// walk every article).
struct LibrarySnapshot
{
    QList<Storage::Folder> folders;
    QList<Storage::Source> sources;
    QList<Storage::Account> accounts; ///< The local one first.
    QList<Storage::SavedSearch> savedSearches;
    SmartCounts counts;
    bool ok = false;
};

[[nodiscard]] SmartCounts loadSmartCounts(const QSqlDatabase &database, const QDateTime &now);
[[nodiscard]] LibrarySnapshot loadSnapshot(const QSqlDatabase &database, const QDateTime &now);
/// Unread matches of a saved search's \a query (at \a now, for relative dates).
[[nodiscard]] int loadSavedSearchUnread(const QSqlDatabase &database, const QString &query,
                                        const QDateTime &now);
/// The unread count of every saved search, by id.
[[nodiscard]] QHash<qint64, int> loadSavedSearchUnreadCounts(const QSqlDatabase &database,
                                                             const QDateTime &now);
/// Unread articles of each given source (indexed; cheap enough for the UI thread).
[[nodiscard]] QHash<qint64, int> loadUnreadCounts(const QSqlDatabase &database,
                                                  const QList<qint64> &sourceIds);

} // namespace Models
