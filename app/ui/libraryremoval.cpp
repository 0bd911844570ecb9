#include "ui/libraryremoval.h"

#include "models/databaseworker.h"
#include "models/sourcetreemodel.h"
#include "secrets/sourcepassword.h"
#include "storage/folderrepository.h"
#include "storage/sourcerepository.h"

#include <QMessageBox>
#include <QPushButton>

namespace Ui {

namespace {

struct Removal
{
    QString error;
    bool hadUsername = false;
};

} // namespace

void LibraryRemoval::confirmAndRemove(const Models::ViewKey &key, Models::DatabaseWorker *worker,
                                      Models::SourceTreeModel *model, QWidget *parent,
                                      std::function<void()> removed, Secrets::Store *passwords)
{
    using Models::ViewKey;
    if (model->nodeOf(key) == nullptr ||
        (key.kind != ViewKey::Kind::Folder && key.kind != ViewKey::Kind::Source))
        return;
    const QString title = model->indexOf(key).data().toString();
    const bool folder = key.kind == ViewKey::Kind::Folder;
    auto *box = new QMessageBox(
        QMessageBox::Question, folder ? tr("Delete Folder") : tr("Unsubscribe"),
        folder ? tr("Delete the folder “%1”? Its sources move up a level.").arg(title)
               : tr("Unsubscribe from “%1”? Its articles are removed, except the bookmarked "
                    "ones.")
                     .arg(title),
        QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    QPushButton *confirm =
        box->addButton(folder ? tr("Delete Folder") : tr("Unsubscribe"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [=] {
        if (box->clickedButton() != confirm)
            return;
        worker->run<Removal>(
            parent,
            [key](const QSqlDatabase &database) {
                if (key.kind == ViewKey::Kind::Folder) {
                    Storage::FolderRepository folders(database);
                    return Removal{folders.remove(key.id) ? QString() : folders.errorMessage()};
                }
                Storage::SourceRepository sources(database);
                const auto source = sources.find(key.id);
                const bool hadUsername = source && !source->username.isEmpty();
                return Removal{sources.remove(key.id) ? QString() : sources.errorMessage(),
                               hadUsername};
            },
            [=](const Removal &removal) {
                if (!removal.error.isEmpty()) {
                    QMessageBox::warning(parent, tr("Cannot remove"), removal.error);
                    return;
                }
                // Asked only for sources that had one: the keyring may want to be unlocked.
                if (removal.hadUsername)
                    Secrets::forgetSourcePassword(key.id, passwords);
                model->removeNode(key);
                if (removed)
                    removed();
            });
    });
    box->open();
}

} // namespace Ui
