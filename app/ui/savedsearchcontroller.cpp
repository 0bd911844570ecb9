#include "ui/savedsearchcontroller.h"

#include "models/databaseworker.h"
#include "models/librarycounts.h"
#include "models/sourcetreemodel.h"
#include "storage/savedsearchrepository.h"

#include <QDateTime>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

namespace Ui {

namespace {

// What saving did: the search and its unread count, or why it failed.
struct SaveResult
{
    std::optional<Storage::SavedSearch> search;
    int unread = 0;
    QString error;
};

} // namespace

SavedSearchController::SavedSearchController(Models::DatabaseWorker *worker,
                                             Models::SourceTreeModel *model, QWidget *window)
    : QObject(window), m_worker(worker), m_model(model), m_window(window)
{}

void SavedSearchController::save(const QString &query)
{
    if (query.trimmed().isEmpty())
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save This Search"));
    dialog->setLabelText(tr("Name of the saved search:"));
    dialog->setTextValue(query.trimmed());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, query](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return;
        m_worker->run<SaveResult>(
            this,
            [name, query](const QSqlDatabase &database) {
                Storage::SavedSearchRepository searches(database);
                SaveResult result;
                const std::optional<qint64> id = searches.add(name, query);
                if (!id) {
                    result.error = searches.errorMessage();
                    return result;
                }
                result.search = Storage::SavedSearch{*id, name, query.trimmed(), 0};
                result.unread =
                    Models::loadSavedSearchUnread(database, query, QDateTime::currentDateTime());
                return result;
            },
            [this](const SaveResult &result) {
                if (!result.search) {
                    QMessageBox::warning(m_window, tr("Cannot save the search"), result.error);
                    return;
                }
                m_model->addSavedSearch(*result.search, result.unread);
                emit saved(result.search->id);
            });
    });
    dialog->open();
}

void SavedSearchController::rename(qint64 id, const QString &name)
{
    m_worker->run<QString>(
        this,
        [id, name](const QSqlDatabase &database) {
            Storage::SavedSearchRepository searches(database);
            return searches.rename(id, name) ? QString() : searches.errorMessage();
        },
        [this, id, name](const QString &error) {
            if (error.isEmpty())
                m_model->renameNode(Models::ViewKey::search(id), name.trimmed());
            else
                QMessageBox::warning(m_window, tr("Cannot rename"), error);
        });
}

void SavedSearchController::remove(qint64 id)
{
    m_worker->run<QString>(
        this,
        [id](const QSqlDatabase &database) {
            Storage::SavedSearchRepository searches(database);
            return searches.remove(id) ? QString() : searches.errorMessage();
        },
        [this, id](const QString &error) {
            if (error.isEmpty())
                m_model->removeNode(Models::ViewKey::search(id));
            else
                QMessageBox::warning(m_window, tr("Cannot delete the saved search"), error);
        });
}

} // namespace Ui
