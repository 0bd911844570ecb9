#include "models/librarycounts.h"

#include "storage/articlecounts.h"
#include "storage/articlerepository.h"

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
    counts.savedSearchUnread = loadSavedSearchUnreadCounts(database, now);
    counts.hidden = std::max(0, articles.hidden());
    counts.tags = Storage::TagRepository(database).tags();
    return counts;
}

int loadSavedSearchUnread(const QSqlDatabase &database, const QString &query, const QDateTime &now)
{
    Storage::ArticleFilter filter;
    filter.search = query;
    filter.unreadOnly = true;
    filter.now = now;
    return std::max(0, Storage::ArticleRepository(database).count(filter));
}

QHash<qint64, int> loadSavedSearchUnreadCounts(const QSqlDatabase &database, const QDateTime &now)
{
    QHash<qint64, int> counts;
    const std::optional<QList<Storage::SavedSearch>> searches =
        Storage::SavedSearchRepository(database).all();
    for (const Storage::SavedSearch &search : searches.value_or(QList<Storage::SavedSearch>()))
        counts.insert(search.id, loadSavedSearchUnread(database, search.query, now));
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
    snapshot.savedSearches =
        Storage::SavedSearchRepository(database).all().value_or(QList<Storage::SavedSearch>());
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
