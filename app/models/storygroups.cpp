#include "models/storygroups.h"

namespace Models {

namespace {

// How strongly an article keeps the row of its story through a reload.
int stickiness(qint64 id, const StoryGroups &previous, const QSet<qint64> &previousRows)
{
    if (previous.others.contains(id))
        return 2;
    return previousRows.contains(id) && !previous.leadOf.contains(id) ? 1 : 0;
}

} // namespace

StoryGroups StoryGroups::ungrouped(const QList<qint64> &ids)
{
    StoryGroups groups;
    groups.visibleIds = ids;
    return groups;
}

StoryGroups StoryGroups::group(const QList<qint64> &ids, const QHash<qint64, qint64> &joined,
                               const StoryGroups &previous, const QSet<qint64> &expanded)
{
    if (joined.isEmpty())
        return ungrouped(ids);
    // Most articles are alone in their story: only those named in `joined`, as members or as
    // stories, are looked at further.
    QSet<qint64> stories;
    stories.reserve(joined.size());
    for (auto it = joined.cbegin(); it != joined.cend(); ++it)
        stories.insert(it.value());
    QHash<qint64, QList<qint64>> byStory;
    for (const qint64 id : ids) {
        const auto found = joined.constFind(id);
        if (found != joined.cend())
            byStory[found.value()].append(id);
        else if (stories.contains(id))
            byStory[id].append(id);
    }

    const QSet<qint64> previousRows(previous.visibleIds.cbegin(), previous.visibleIds.cend());
    StoryGroups groups;
    for (const QList<qint64> &members : std::as_const(byStory)) {
        if (members.size() < 2)
            continue;
        qsizetype lead = 0;
        int best = stickiness(members.first(), previous, previousRows);
        for (qsizetype i = 1; i < members.size() && best < 2; ++i) {
            if (const int score = stickiness(members.at(i), previous, previousRows); score > best) {
                best = score;
                lead = i;
            }
        }
        const qint64 leadId = members.at(lead);
        QList<qint64> others = members;
        others.remove(lead);
        for (const qint64 other : std::as_const(others))
            groups.leadOf.insert(other, leadId);
        groups.others.insert(leadId, others);
    }

    groups.visibleIds.reserve(ids.size() - groups.leadOf.size());
    for (const qint64 id : ids) {
        if (groups.leadOf.contains(id))
            continue;
        groups.visibleIds.append(id);
        if (expanded.contains(id)) {
            if (const auto it = groups.others.constFind(id); it != groups.others.cend())
                groups.visibleIds.append(*it);
        }
    }
    return groups;
}

} // namespace Models
