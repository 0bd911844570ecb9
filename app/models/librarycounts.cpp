#include "models/librarycounts.h"

#include "storage/articlecounts.h"

#include <algorithm>

namespace Models {

SmartCounts loadSmartCounts(const QSqlDatabase &database, const QDateTime &now)
{
    const QDateTime midnight(now.toLocalTime().date(), QTime(0, 0));
    const Storage::ArticleCounts articles(database);
    // A failed count (logged) shows as none.
    SmartCounts counts;
    counts.unread = std::max(0, articles.unread());
    counts.todayUnread = std::max(0, articles.unreadSince(midnight));
    counts.bookmarks = std::max(0, articles.bookmarked());
    counts.hidden = std::max(0, articles.hidden());
    counts.tags = Storage::TagRepository(database).tags();
    return counts;
}

LibrarySnapshot loadSnapshot(const QSqlDatabase &database, const QDateTime &now)
{
    LibrarySnapshot snapshot;
    if (!database.isOpen())
        return snapshot;
    const Storage::FolderRepository folders(database);
    const Storage::SourceRepository sources(database);
    snapshot.folders = folders.all();
    snapshot.sources = sources.all();
    snapshot.accounts = Storage::AccountRepository(database).all();
    snapshot.counts = loadSmartCounts(database, now);
    snapshot.ok = true;
    return snapshot;
}

QHash<qint64, int> loadUnreadCounts(const QSqlDatabase &database, const QList<qint64> &sourceIds)
{
    const Storage::ArticleCounts articles(database);
    QHash<qint64, int> counts;
    for (const qint64 id : sourceIds)
        counts.insert(id, std::max(0, articles.unreadOfSource(id)));
    return counts;
}

} // namespace Models
