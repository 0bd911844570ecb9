#include "storage/articlecounts.h"

#include "base/logging.h"
#include "storage/articlevisibility.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Storage {

namespace {

// Hidden and muted articles count nowhere, as no list but the Hidden view shows them.
QString visible()
{
    return QStringLiteral(" AND ") + ArticleVisibility::visibleCondition(QLatin1String("id"));
}

} // namespace

ArticleCounts::ArticleCounts(QSqlDatabase database) : m_database(std::move(database))
{}

int ArticleCounts::unread() const
{
    return count(QStringLiteral("SELECT count(*) FROM articles WHERE read = 0") + visible());
}

int ArticleCounts::unreadSince(const QDateTime &since) const
{
    return count(QStringLiteral("SELECT count(*) FROM articles WHERE read = 0 AND sort_date >= ?") +
                     visible(),
                 {since.toSecsSinceEpoch()});
}

int ArticleCounts::bookmarked() const
{
    return count(QStringLiteral("SELECT count(*) FROM articles WHERE bookmarked = 1") + visible());
}

int ArticleCounts::hidden() const
{
    return count(QStringLiteral("SELECT count(*) FROM (") + ArticleVisibility::hiddenIdsSql() +
                 QStringLiteral(")"));
}

int ArticleCounts::unreadOfSource(qint64 sourceId) const
{
    return count(
        QStringLiteral("SELECT count(*) FROM articles WHERE source_id = ? AND read = 0 AND ") +
            ArticleVisibility::visibleRowCondition(QLatin1String("articles")),
        {sourceId});
}

int ArticleCounts::count(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qCWarning(lcStorage) << "count failed:" << query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace Storage
