#include "storage/articlefilterclause.h"

#include "storage/articlevisibility.h"
#include "storage/searchquery.h"
#include "storage/tagrepository.h"

#include <QStringList>

namespace Storage {

ArticleFilterClause ArticleFilterClause::from(const ArticleFilter &filter, Search search)
{
    QStringList conditions;
    ArticleFilterClause clause;
    if (filter.sourceId > 0) {
        conditions.append(QStringLiteral("a.source_id = ?"));
        clause.values.append(filter.sourceId);
    } else if (filter.folderId > 0) {
        conditions.append(QStringLiteral(
            "a.source_id IN (WITH RECURSIVE tree(id) AS (SELECT ? UNION"
            " SELECT f.id FROM folders f JOIN tree ON f.parent_id = tree.id)"
            " SELECT s.id FROM sources s WHERE s.folder_id IN (SELECT id FROM tree))"));
        clause.values.append(filter.folderId);
    }
    if (filter.unreadOnly)
        conditions.append(QStringLiteral("a.read = 0"));
    if (filter.bookmarkedOnly)
        conditions.append(QStringLiteral("a.bookmarked = 1"));
    if (filter.today) {
        const QDateTime now =
            filter.now.isValid() ? filter.now.toLocalTime() : QDateTime::currentDateTime();
        const QDateTime midnight(now.date(), QTime(0, 0));
        conditions.append(QStringLiteral("a.sort_date >= ?"));
        clause.values.append(midnight.toSecsSinceEpoch());
    }
    conditions.append(filter.hiddenOnly
                          ? ArticleVisibility::hiddenCondition(QLatin1String("a.id"))
                          : ArticleVisibility::visibleCondition(QLatin1String("a.id")));
    if (filter.tagId > 0) {
        conditions.append(TagRepository::taggedByIdCondition());
        clause.values.append(filter.tagId);
    }
    const SearchQuery query(filter.search, filter.now);
    if (!query.isValid())
        conditions.append(QStringLiteral("0")); // A malformed operator finds nothing.
    for (const SearchCondition &condition : query.conditions()) {
        conditions.append(QLatin1Char('(') + condition.sql + QLatin1Char(')'));
        clause.values.append(condition.values);
    }
    if (const QString match = query.matchExpression(); !match.isEmpty()) {
        if (search == Search::Separately) {
            clause.match = match;
        } else {
            conditions.append(QStringLiteral(
                "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"));
            clause.values.append(match);
        }
    } else if (const QString exclude = query.excludeExpression(); !exclude.isEmpty()) {
        // Only exclusions: FTS5 cannot say "everything except", so subtract the matches.
        conditions.append(QStringLiteral(
            "a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"));
        clause.values.append(exclude);
    }
    if (!conditions.isEmpty())
        clause.sql = conditions.join(QLatin1String(" AND "));
    return clause;
}

} // namespace Storage
