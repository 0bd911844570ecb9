#include "rules/ruleapplier.h"

#include "storage/ruleactionwriter.h"
#include "storage/transaction.h"

namespace Rules {

int RuleApplier::total(const QSqlDatabase &database) const
{
    return Storage::RuleSubjectReader(database).count(m_rules.sourceScope(), m_aboveId);
}

SliceResult RuleApplier::runSlice(const QSqlDatabase &database, qint64 beforeId,
                                  int sliceSize) const
{
    SliceResult result;
    result.nextBeforeId = beforeId;
    const Storage::RuleSubjectReader reader(database);
    const std::optional<QList<Storage::RuleSubject>> slice =
        reader.slice(beforeId, sliceSize, m_rules.sourceScope(), m_rules.needsText(), m_aboveId);
    if (!slice) {
        result.errorText = reader.errorMessage();
        return result;
    }
    result.examined = int(slice->size());
    result.finished = slice->size() < sliceSize;
    if (!slice->isEmpty())
        result.nextBeforeId = slice->constLast().id;
    if (m_rules.isEmpty())
        return result;

    QList<std::pair<qint64, Storage::RuleActions>> hits;
    for (const Storage::RuleSubject &article : *slice) {
        if (std::optional<Storage::RuleActions> actions = m_rules.actionsFor(article)) {
            result.matched.append(article.id);
            hits.append({article.id, *std::move(actions)});
        }
    }
    if (m_mode == Mode::Preview || hits.isEmpty())
        return result;

    Storage::Transaction transaction(database);
    Storage::RuleActionWriter writer(database);
    if (!transaction.isActive() || !writer.isValid()) {
        result.errorText =
            tr("Cannot apply the rule: %1")
                .arg(transaction.isActive() ? writer.errorMessage() : transaction.errorMessage());
        return result;
    }
    for (const auto &[id, actions] : std::as_const(hits)) {
        if (!writer.apply(id, actions)) {
            result.errorText = writer.errorMessage();
            return result;
        }
    }
    if (!transaction.commit())
        result.errorText = tr("Cannot apply the rule: %1").arg(transaction.errorMessage());
    return result;
}

std::optional<RunResult>
RuleApplier::runAll(const QSqlDatabase &database, int keepMatches,
                    const std::function<bool(int examined, int total)> &progress,
                    QString *error) const
{
    const int articles = progress ? total(database) : 0;
    RunResult run;
    qint64 beforeId = 0;
    for (;;) {
        const SliceResult slice = runSlice(database, beforeId);
        if (!slice.errorText.isEmpty()) {
            if (error)
                *error = slice.errorText;
            return std::nullopt;
        }
        run.examined += slice.examined;
        run.matchedCount += int(slice.matched.size());
        for (const qint64 id : slice.matched) {
            if (run.matched.size() >= keepMatches)
                break;
            run.matched.append(id);
        }
        if (slice.finished)
            return run;
        beforeId = slice.nextBeforeId;
        if (progress && !progress(run.examined, articles)) {
            run.cancelled = true;
            return run;
        }
    }
}

} // namespace Rules
