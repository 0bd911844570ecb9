#include "librarycounts.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Models {

namespace {

int countOf(const QSqlDatabase &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qCWarning(lcStorage) << "count failed:" << query.lastError().text();
        return 0;
    }
    return query.value(0).toInt();
}

} // namespace

SmartCounts loadSmartCounts(const QSqlDatabase &database, const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const qint64 midnight = QDateTime(local.date(), QTime(0, 0)).toSecsSinceEpoch();
    SmartCounts counts;
    counts.unread =
        countOf(database, QStringLiteral("SELECT count(*) FROM articles WHERE read = 0"));
    counts.todayUnread = countOf(
        database, QStringLiteral("SELECT count(*) FROM articles WHERE read = 0 AND sort_date >= ?"),
        {midnight});
    counts.bookmarks =
        countOf(database, QStringLiteral("SELECT count(*) FROM articles WHERE bookmarked = 1"));
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
    snapshot.counts = loadSmartCounts(database, now);
    snapshot.ok = true;
    return snapshot;
}

QHash<qint64, int> loadUnreadCounts(const QSqlDatabase &database, const QList<qint64> &sourceIds)
{
    QHash<qint64, int> counts;
    for (const qint64 id : sourceIds)
        counts.insert(id, countOf(database,
                                  QStringLiteral("SELECT count(*) FROM articles"
                                                 " WHERE source_id = ? AND read = 0"),
                                  {id}));
    return counts;
}

} // namespace Models
