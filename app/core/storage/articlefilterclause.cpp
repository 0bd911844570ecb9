#include "storage/articlefilterclause.h"

#include "storage/articlevisibility.h"
#include "storage/searchquery.h"
#include "storage/tagrepository.h"

#include <QRegularExpression>
#include <QStringList>

namespace Storage {

namespace {

/// Removes the `tag:NAME` terms from \a search and returns their names. (A stop-gap until
/// search operators have a parser of their own, which then uses TagRepository::taggedCondition.)
QStringList takeTagTerms(QString *search)
{
    static const QRegularExpression term(QStringLiteral(R"re((?:^|\s)tag:(?:"([^"]+)"|(\S+)))re"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList tags;
    QRegularExpressionMatchIterator it = term.globalMatch(*search);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        tags.append(match.hasCaptured(1) ? match.captured(1) : match.captured(2));
    }
    if (!tags.isEmpty())
        search->replace(term, QStringLiteral(" "));
    return tags;
}

} // namespace

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
    QString words = filter.search;
    for (const QString &tag : takeTagTerms(&words)) {
        conditions.append(TagRepository::taggedCondition());
        clause.values.append(tag);
    }
    const SearchQuery query(words);
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
