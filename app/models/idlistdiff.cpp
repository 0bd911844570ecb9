#include "models/idlistdiff.h"

#include <QHash>

namespace Models {

IdListDiff IdListDiff::compute(const QList<qint64> &current, const QList<qint64> &target)
{
    IdListDiff diff;
    const QSet<qint64> targetIds(target.cbegin(), target.cend());

    // Removals, from the end backwards, in contiguous runs.
    QList<qint64> remaining;
    remaining.reserve(current.size());
    for (qsizetype i = current.size() - 1; i >= 0;) {
        if (targetIds.contains(current.at(i))) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !targetIds.contains(current.at(first - 1)))
            --first;
        diff.removals.append({int(first), int(i - first + 1)});
        i = first - 1;
    }
    for (const qint64 id : current) {
        if (targetIds.contains(id))
            remaining.append(id);
    }

    // The kept ids in target order; when that differs from their current order, a reorder.
    const QSet<qint64> remainingIds(remaining.cbegin(), remaining.cend());
    QList<qint64> kept;
    kept.reserve(remaining.size());
    for (const qint64 id : target) {
        if (remainingIds.contains(id))
            kept.append(id);
    }
    if (kept != remaining) {
        diff.reordered = true;
        diff.order = kept;
    }

    // Insertions: walk target; whatever is not a kept id is new, in contiguous runs.
    for (qsizetype position = 0; position < target.size();) {
        if (remainingIds.contains(target.at(position))) {
            ++position;
            continue;
        }
        Insertion insertion;
        insertion.position = int(position);
        while (position < target.size() && !remainingIds.contains(target.at(position)))
            insertion.ids.append(target.at(position++));
        diff.insertions.append(std::move(insertion));
    }
    return diff;
}

QList<qint64> withStickyIds(const QList<qint64> &current, const QList<qint64> &target,
                            const QSet<qint64> &sticky)
{
    if (sticky.isEmpty())
        return target;
    const QSet<qint64> targetIds(target.cbegin(), target.cend());
    // For each missing sticky id: the nearest preceding id of current that target has.
    QHash<qint64, QList<qint64>> after; // anchor id (0: the start) -> sticky ids to follow it
    qint64 anchor = 0;
    bool any = false;
    for (const qint64 id : current) {
        if (targetIds.contains(id)) {
            anchor = id;
        } else if (sticky.contains(id)) {
            after[anchor].append(id);
            any = true;
        }
    }
    if (!any)
        return target;
    QList<qint64> result;
    result.reserve(target.size() + sticky.size());
    result.append(after.value(0));
    for (const qint64 id : target) {
        result.append(id);
        if (const auto it = after.constFind(id); it != after.cend())
            result.append(*it);
    }
    return result;
}

} // namespace Models
