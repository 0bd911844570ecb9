#include "ui/rulescontroller.h"

#include "models/databaseworker.h"
#include "storage/muterepository.h"
#include "storage/tagrepository.h"
#include "ui/mutedialog.h"
#include "ui/ruleapplycontroller.h"
#include "ui/settings/ruleeditdialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>

namespace Ui {

RulesController::RulesController(Models::DatabaseWorker *worker, QWidget *window, QObject *parent)
    : QObject(parent), m_worker(worker), m_window(window)
{}

void RulesController::tagArticle(qint64 articleId)
{
    if (articleId <= 0)
        return;
    // The tags in use first, so that the person can pick one instead of retyping it.
    m_worker->run<QStringList>(
        this,
        [articleId](const QSqlDatabase &database) {
            const Storage::TagRepository tags(database);
            const QStringList own = tags.tagsOf(articleId);
            QStringList names;
            for (const Storage::Tag &tag : tags.tags()) {
                if (!own.contains(tag.name))
                    names.append(tag.name);
            }
            return names;
        },
        [this, articleId](const QStringList &names) {
            bool ok = false;
            const QString name = QInputDialog::getItem(m_window, tr("Tag Article"), tr("&Tag:"),
                                                       names, -1, true, &ok)
                                     .simplified();
            if (!ok || name.isEmpty())
                return;
            m_worker->run<QString>(
                this,
                [articleId, name](const QSqlDatabase &database) {
                    Storage::TagRepository tags(database);
                    return tags.add(articleId, name) ? QString() : tags.errorMessage();
                },
                [this](const QString &error) {
                    if (!error.isEmpty())
                        QMessageBox::warning(m_window, tr("Tag Article"), error);
                    emit libraryChanged();
                });
        });
}

void RulesController::muteWords(const QString &title)
{
    MuteDialog dialog(title, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.word().isEmpty())
        return;
    m_worker->run<QString>(
        this,
        [word = dialog.word(), until = dialog.until()](const QSqlDatabase &database) {
            Storage::MuteRepository mutes(database);
            return mutes.add(word, until) > 0 ? QString() : mutes.errorMessage();
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                QMessageBox::warning(m_window, tr("Mute Words"), error);
            emit libraryChanged();
        });
}

void RulesController::newRuleForSource(qint64 sourceId, const QString &sourceTitle)
{
    Storage::Rule rule;
    rule.sourceId = sourceId;
    auto *dialog = new RuleEditDialog(m_worker, rule, sourceTitle, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        RuleApplyController::saveAndApply(m_worker, dialog->rule(), m_window,
                                          [self = QPointer<RulesController>(this)](qint64) {
                                              if (self)
                                                  emit self->libraryChanged();
                                          });
    });
    dialog->open();
}

} // namespace Ui
