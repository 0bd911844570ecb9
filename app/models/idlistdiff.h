#pragma once

#include <QList>
#include <QSet>

namespace Models {

/// How to turn one list of article ids into another with row removals, one reorder and row
/// insertions, so that a view keeps its selection and scroll position instead of being reset.
struct IdListDiff
{
    struct Removal
    {
        int first = 0;
        int count = 0;
    };
    struct Insertion
    {
        int position = 0;
        QList<qint64> ids;
    };

    /// Applied in order; each range is a position in the list as the earlier steps left it
    /// (they run from the end backwards, so they are also positions in the original list).
    QList<Removal> removals;
    /// After the removals the remaining ids are not in target order: reorder them as `order`.
    bool reordered = false;
    QList<qint64> order;
    /// Applied in order, ascending; each position is in the list as the earlier steps left it.
    QList<Insertion> insertions;

    [[nodiscard]] bool isEmpty() const
    {
        return removals.isEmpty() && !reordered && insertions.isEmpty();
    }
    /// Removals plus insertions: how many signals applying the diff sends.
    [[nodiscard]] qsizetype stepCount() const { return removals.size() + insertions.size(); }

    [[nodiscard]] static IdListDiff compute(const QList<qint64> &current,
                                            const QList<qint64> &target);
};

/// \a target with the \a sticky ids of \a current that it lacks put back, each right after the
/// id that preceded it in \a current (or first). The article being read stays in an "Unread"
/// list after it was read, instead of vanishing under the reader.
[[nodiscard]] QList<qint64> withStickyIds(const QList<qint64> &current, const QList<qint64> &target,
                                          const QSet<qint64> &sticky);

} // namespace Models
