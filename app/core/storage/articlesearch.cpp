#include "storage/articlesearch.h"

#include "storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>
#include <queue>
#include <vector>

namespace Storage::ArticleSearch {

namespace {

struct Match
{
    qint64 date = 0;
    qint64 id = 0;
};

// The list order: newest first, then by id (the order the feed gave items of one moment).
bool comesFirst(const Match &a, const Match &b)
{
    return a.date != b.date ? a.date > b.date : a.id < b.id;
}

// Matches the walk looks at before it leaves the rest to SQLite (see below).
constexpr qint64 WalkBudget = 1000;

// CROSS JOIN keeps the index as the outer loop, so its rowid order needs no sorting.
const char *const MatchesSql = "SELECT %1 FROM articles_fts CROSS JOIN articles a"
                               " ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? AND (%2)";

// The other way round: the date index in list order, each article looked up in the set of
// matches. "+" keeps SQLite from driving the query by that set, which would sort them all.
const char *const ByDateSql =
    "SELECT a.id FROM articles a WHERE +a.id IN (SELECT rowid FROM articles_fts WHERE"
    " articles_fts MATCH ?) AND (%1) ORDER BY a.sort_date DESC, a.id LIMIT ? OFFSET ?";

std::optional<QList<qint64>> newestByDate(const QSqlDatabase &database,
                                          const ArticleFilterClause &clause, int offset, int limit,
                                          QString *error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(ByDateSql).arg(clause.sql));
    query.addBindValue(clause.match);
    for (const QVariant &value : clause.values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!SqlValues::exec(query, error))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace

std::optional<QList<qint64>> newestMatches(const QSqlDatabase &database,
                                           const ArticleFilterClause &clause, int offset, int limit,
                                           QString *error)
{
    offset = std::max(offset, 0);
    const qint64 wanted = limit < 0 ? -1 : qint64(offset) + limit;
    QList<qint64> ids;
    if (wanted == 0)
        return ids;

    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(MatchesSql)
                      .arg(QStringLiteral("a.id, a.sort_date, a.first_seen_max"), clause.sql) +
                  QStringLiteral(" ORDER BY articles_fts.rowid DESC"));
    query.addBindValue(clause.match);
    for (const QVariant &value : clause.values)
        query.addBindValue(value);
    if (!SqlValues::exec(query, error))
        return std::nullopt;

    // The best `wanted` matches so far, the one that would drop out first on top.
    std::priority_queue<Match, std::vector<Match>, decltype(&comesFirst)> best(&comesFirst);
    std::vector<Match> all;
    const qint64 budget = WalkBudget + std::max<qint64>(wanted, 0);
    qint64 walked = 0;
    while (query.next()) {
        // When arrival order says little about dates (everything came in one import) the walk
        // would visit every match; past the budget, scanning by date is cheaper.
        if (++walked > budget) {
            query.finish();
            return newestByDate(database, clause, offset, limit, error);
        }
        const Match match{query.value(1).toLongLong(), query.value(0).toLongLong()};
        if (wanted < 0) {
            all.push_back(match);
            continue;
        }
        // Every match still to come has a smaller id, so a date no later than this bound, and
        // loses to the current last result unless the bound reaches its date.
        const qint64 bound = query.value(2).toLongLong();
        if (qint64(best.size()) == wanted && bound < best.top().date)
            break;
        best.push(match);
        if (qint64(best.size()) > wanted)
            best.pop();
    }
    query.finish();
    for (; !best.empty(); best.pop())
        all.push_back(best.top());
    std::sort(all.begin(), all.end(), comesFirst);
    for (std::size_t i = std::size_t(offset); i < all.size(); ++i)
        ids.append(all[i].id);
    return ids;
}

int countMatches(const QSqlDatabase &database, const ArticleFilterClause &clause, QString *error)
{
    QSqlQuery query(database);
    query.prepare(QString::fromLatin1(MatchesSql).arg(QStringLiteral("count(*)"), clause.sql));
    query.addBindValue(clause.match);
    for (const QVariant &value : clause.values)
        query.addBindValue(value);
    if (!SqlValues::exec(query, error) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace Storage::ArticleSearch
