#pragma once

#include <QHash>
#include <QList>
#include <QSet>

namespace Models {

/// A list's articles grouped by story (Storage::StoryRepository): each story that has several
/// articles in the list shows as one row, its lead, with "+ 2 more sources"; the others follow
/// their lead only while the story is expanded. Computed on the query worker: a value.
struct StoryGroups
{
    /// The rows, in list order: each lead in its place, followed by its others when expanded.
    QList<qint64> visibleIds;
    /// Each lead's other articles in the list, in list order.
    QHash<qint64, QList<qint64>> others;
    /// Each other article's lead.
    QHash<qint64, qint64> leadOf;

    /// No grouping: every id its own row.
    [[nodiscard]] static StoryGroups ungrouped(const QList<qint64> &ids);

    /// Groups \a ids (list order) by \a joined (article → story, as joinedArticles() reads it).
    /// A story's lead is its first article in the list, unless one of its articles led it in
    /// \a previous, or was a row of \a previous: then that one stays, so that articles of a
    /// story arriving during a refresh join its row instead of moving it. Stories in
    /// \a expanded (by lead) list their others after the lead.
    [[nodiscard]] static StoryGroups group(const QList<qint64> &ids,
                                           const QHash<qint64, qint64> &joined,
                                           const StoryGroups &previous = {},
                                           const QSet<qint64> &expanded = {});
};

} // namespace Models
