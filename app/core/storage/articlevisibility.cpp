#include "storage/articlevisibility.h"

namespace Storage::ArticleVisibility {

QString hiddenIdsSql()
{
    // The rule-hidden ones come from a partial index; the muted ones from the search index, one
    // MATCH of every mute in force, quoted as phrases of the title and text columns. With no
    // mute in force the expression is the empty phrase, which matches nothing. Both sides are
    // uncorrelated, so SQLite works them out once per statement, and a list's scan of the date
    // index stays a scan of the index alone.
    return QStringLiteral(
        "SELECT id FROM articles WHERE hidden = 1 UNION"
        " SELECT rowid FROM articles_fts WHERE articles_fts MATCH"
        " (SELECT coalesce('{title text} : (' || group_concat('\"' || replace(word, '\"',"
        " '\"\"') || '\"', ' OR ') || ')', '\"\"') FROM mutes WHERE until > unixepoch())");
}

QString visibleCondition(QLatin1String idColumn)
{
    return idColumn + QStringLiteral(" NOT IN (") + hiddenIdsSql() + QLatin1Char(')');
}

QString hiddenCondition(QLatin1String idColumn)
{
    return idColumn + QStringLiteral(" IN (") + hiddenIdsSql() + QLatin1Char(')');
}

} // namespace Storage::ArticleVisibility
