#pragma once

#include "rules/rulematcher.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Rules {

/// What one slice of a run over the library did.
struct SliceResult
{
    qint64 nextBeforeId = 0; ///< Where the next slice starts; see RuleApplier::runSlice().
    int examined = 0;
    QList<qint64> matched; ///< Newest first.
    bool finished = false; ///< No article is left below nextBeforeId.
    QString errorText;     ///< Not empty when the slice failed (and wrote nothing).
};

/// What a whole run found.
struct RunResult
{
    int examined = 0;
    int matchedCount = 0;
    QList<qint64> matched; ///< The first ones, newest first, up to the run's preview limit.
    bool cancelled = false;
};

/// Runs rules over the articles already in the library: once when a rule is saved (Apply), or
/// to try a rule before saving it (Preview, which writes nothing); and over the articles a
/// sync added (Apply, above the highest id before it). The work comes in slices of
/// articles, newest first, each its own transaction, so that a caller can report progress,
/// stop between two slices, and let other work of the same connection in between (the window
/// runs each slice as a job of its database worker).
class RuleApplier final
{
    Q_DECLARE_TR_FUNCTIONS(Rules::RuleApplier)

public:
    enum class Mode { Apply, Preview };
    static constexpr int DefaultSliceSize = 500;

    /// Runs over the articles with an id above \a aboveId only (0: all of them).
    RuleApplier(RuleSet rules, Mode mode, qint64 aboveId = 0)
        : m_rules(std::move(rules)), m_mode(mode), m_aboveId(aboveId)
    {}

    /// How many articles a run looks at (those of the rules' source, if they share one).
    [[nodiscard]] int total(const QSqlDatabase &database) const;
    /// Looks at up to \a sliceSize articles with ids below \a beforeId (0: from the newest).
    /// Apply: does the matching rules' actions (notifying aside) in one transaction.
    [[nodiscard]] SliceResult runSlice(const QSqlDatabase &database, qint64 beforeId,
                                       int sliceSize = DefaultSliceSize) const;
    /// Every slice in turn on this thread. \a progress (may be empty) hears after each slice
    /// how many of \a total were looked at, and cancels by returning false. Keeps the first
    /// \a keepMatches matched ids. nullopt on failure (\a error says why).
    [[nodiscard]] std::optional<RunResult>
    runAll(const QSqlDatabase &database, int keepMatches,
           const std::function<bool(int examined, int total)> &progress, QString *error) const;

private:
    RuleSet m_rules;
    Mode m_mode;
    qint64 m_aboveId;
};

} // namespace Rules
