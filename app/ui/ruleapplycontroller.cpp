#include "ui/ruleapplycontroller.h"

#include "models/databaseworker.h"
#include "storage/rulerepository.h"

#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>

namespace Ui {

RuleApplyController::RuleApplyController(Models::DatabaseWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker)
{}

void RuleApplyController::start(const Storage::Rule &rule, Rules::RuleApplier::Mode mode,
                                int keepMatches)
{
    ++m_generation;
    m_applier = std::make_shared<const Rules::RuleApplier>(Rules::RuleSet::single(rule), mode);
    m_mode = mode;
    m_keepMatches = keepMatches;
    m_result = {};
    m_beforeId = 0;
    m_total = 0;
    m_running = true;
    m_cancelled = false;
    const int generation = m_generation;
    m_worker->run<int>(
        this,
        [applier = m_applier](const QSqlDatabase &database) { return applier->total(database); },
        [this, generation](const int &total) {
            if (generation != m_generation)
                return;
            m_total = qMax(total, 0);
            emit progress(0, m_total);
            runSlice();
        });
}

void RuleApplyController::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void RuleApplyController::runSlice()
{
    const int generation = m_generation;
    m_worker->run<Rules::SliceResult>(
        this,
        [applier = m_applier, beforeId = m_beforeId](const QSqlDatabase &database) {
            return applier->runSlice(database, beforeId);
        },
        [this, generation](const Rules::SliceResult &slice) { onSlice(generation, slice); });
}

void RuleApplyController::onSlice(int generation, const Rules::SliceResult &slice)
{
    if (generation != m_generation)
        return;
    if (!slice.errorText.isEmpty()) {
        m_running = false;
        emit failed(slice.errorText);
        return;
    }
    m_result.examined += slice.examined;
    m_result.matchedCount += int(slice.matched.size());
    for (const qint64 id : slice.matched) {
        if (m_result.matched.size() >= m_keepMatches)
            break;
        m_result.matched.append(id);
    }
    m_beforeId = slice.nextBeforeId;
    emit progress(m_result.examined, qMax(m_total, m_result.examined));
    if (slice.finished || m_cancelled) {
        m_result.cancelled = m_cancelled && !slice.finished;
        finish();
        return;
    }
    runSlice();
}

void RuleApplyController::finish()
{
    m_running = false;
    if (m_mode == Rules::RuleApplier::Mode::Apply || m_result.matched.isEmpty()) {
        emit finished(m_result, {});
        return;
    }
    const int generation = m_generation;
    m_worker->run<QList<Storage::ArticleRow>>(
        this,
        [ids = m_result.matched](const QSqlDatabase &database) {
            return Storage::ArticleRepository(database).rows(ids);
        },
        [this, generation](const QList<Storage::ArticleRow> &rows) {
            if (generation == m_generation)
                emit finished(m_result, rows);
        });
}

void RuleApplyController::saveAndApply(Models::DatabaseWorker *worker, const Storage::Rule &rule,
                                       QWidget *parent, std::function<void(qint64 id)> done)
{
    const QPointer<QWidget> guard(parent);
    worker->run<std::pair<qint64, QString>>(
        parent,
        [rule](const QSqlDatabase &database) {
            Storage::RuleRepository rules(database);
            const qint64 id = rules.save(rule);
            return std::make_pair(id, rules.errorMessage());
        },
        [worker, rule, guard, done](const std::pair<qint64, QString> &saved) {
            if (!guard)
                return;
            if (saved.first == 0) {
                QMessageBox::warning(guard, tr("Rules"), saved.second);
                done(0);
                return;
            }
            Storage::Rule stored = rule;
            stored.id = saved.first;
            // A rule that is off does nothing to the library yet.
            if (!stored.enabled || stored.actions.isEmpty()) {
                done(stored.id);
                return;
            }
            auto *dialog = new QProgressDialog(tr("Applying the rule to your articles…"),
                                               tr("Cancel"), 0, 0, guard);
            dialog->setWindowTitle(tr("Rules"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setMinimumDuration(300);
            auto *controller = new RuleApplyController(worker, dialog);
            connect(dialog, &QProgressDialog::canceled, controller, &RuleApplyController::cancel);
            connect(controller, &RuleApplyController::progress, dialog,
                    [dialog](int examined, int total) {
                        dialog->setMaximum(total);
                        dialog->setValue(examined);
                    });
            connect(controller, &RuleApplyController::finished, dialog,
                    [dialog, done, id = stored.id] {
                        dialog->close();
                        done(id);
                    });
            connect(controller, &RuleApplyController::failed, dialog,
                    [dialog, done, id = stored.id](const QString &error) {
                        QMessageBox::warning(dialog->parentWidget(), tr("Rules"), error);
                        dialog->close();
                        done(id);
                    });
            controller->start(stored, Rules::RuleApplier::Mode::Apply);
        });
}

} // namespace Ui
