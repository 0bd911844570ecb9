#pragma once

#include <QLatin1String>
#include <QString>

/// Which articles the lists and unread counts leave out: those a rule hid, and those a mute
/// word in force holds in their title or text. The Hidden view shows exactly these.
namespace Storage::ArticleVisibility {

/// `SELECT` of the ids of the hidden articles (rule-hidden and muted). The mute words are
/// turned into one FTS5 expression by the statement itself, so every connection and every
/// query agree on what an expired mute no longer hides.
[[nodiscard]] QString hiddenIdsSql();
/// A condition on \a idColumn ("a.id", "id"): the article is shown in normal views.
[[nodiscard]] QString visibleCondition(QLatin1String idColumn);
/// The same as visibleCondition() for a query that reads few articles: the rule-hidden flag is
/// checked on each row (\a alias: "a", "articles") instead of listing every hidden article.
[[nodiscard]] QString visibleRowCondition(QLatin1String alias);
/// A condition on \a idColumn: the article belongs to the Hidden view.
[[nodiscard]] QString hiddenCondition(QLatin1String idColumn);

} // namespace Storage::ArticleVisibility
