#pragma once

#include "rules/ruleapplier.h"
#include "storage/articlerepository.h"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace Models {
class DatabaseWorker;
}

namespace Ui {

/// Runs a rule over the library's articles on the database worker, one slice per job, so that
/// the window never waits and other queries go in between: to try a rule (Preview) or to apply
/// it once when saved (Apply), with progress and cancel.
class RuleApplyController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleApplyController)

public:
    explicit RuleApplyController(Models::DatabaseWorker *worker, QObject *parent = nullptr);

    /// Starts over with \a rule (a run under way is dropped). Preview keeps the first
    /// \a keepMatches matches and reads their rows for finished().
    void start(const Storage::Rule &rule, Rules::RuleApplier::Mode mode, int keepMatches = 0);
    /// Stops after the slice under way; finished() then says it was cancelled.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// Saves \a rule, then applies it to the library with a progress dialog over \a parent
    /// that can cancel it. \a done hears the rule's id (0 when it could not be saved) once the
    /// run is over.
    static void saveAndApply(Models::DatabaseWorker *worker, const Storage::Rule &rule,
                             QWidget *parent, std::function<void(qint64 id)> done);

signals:
    void progress(int examined, int total);
    /// \a firstMatches: the rows of the first matches (Preview only).
    void finished(const Rules::RunResult &result, const QList<Storage::ArticleRow> &firstMatches);
    void failed(const QString &error);

private:
    void runSlice();
    void onSlice(int generation, const Rules::SliceResult &slice);
    void finish();

    Models::DatabaseWorker *m_worker = nullptr;
    std::shared_ptr<const Rules::RuleApplier> m_applier;
    Rules::RuleApplier::Mode m_mode = Rules::RuleApplier::Mode::Preview;
    Rules::RunResult m_result;
    qint64 m_beforeId = 0;
    int m_total = 0;
    int m_keepMatches = 0;
    int m_generation = 0; ///< Results of an earlier start() are dropped.
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Ui
