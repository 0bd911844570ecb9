#include "storage/articlevisibility.h"

namespace Storage::ArticleVisibility {

namespace {

// The ids of the articles a mute word in force holds, one MATCH of every such mute, quoted as
// phrases of the title and text columns. With no mute in force the expression is the empty
// phrase, which matches nothing.
QString mutedIdsSql()
{
    return QStringLiteral(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH"
        " (SELECT coalesce('{title text} : (' || group_concat('\"' || replace(word, '\"',"
        " '\"\"') || '\"', ' OR ') || ')', '\"\"') FROM mutes WHERE until > unixepoch())");
}

} // namespace

QString hiddenIdsSql()
{
    // The rule-hidden ones come from a partial index, the muted ones from the search index.
    // Both sides are uncorrelated, so SQLite works them out once per statement, and a list's
    // scan of the date index stays a scan of the index alone.
    return QStringLiteral("SELECT id FROM articles WHERE hidden = 1 UNION ") + mutedIdsSql();
}

QString visibleRowCondition(QLatin1String alias)
{
    return alias + QStringLiteral(".hidden = 0 AND ") + alias + QStringLiteral(".id NOT IN (") +
           mutedIdsSql() + QLatin1Char(')');
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
