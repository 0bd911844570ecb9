#include "ui/sourcepane.h"

#include "models/databaseworker.h"
#include "models/sourcetreemodel.h"
#include "storage/folderrepository.h"
#include "storage/sourcerepository.h"
#include "ui/libraryremoval.h"
#include "ui/savedsearchcontroller.h"
#include "ui/sourceeditdialog.h"
#include "ui/windowsettingskeys.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStyle>

#include <algorithm>

namespace Ui {

namespace {

using Models::ViewKey;

// A write's outcome: empty when it worked, else the reason in words.
using WriteError = QString;

} // namespace

SourcePane::SourcePane(Models::SourceTreeModel *model, Models::DatabaseWorker *worker,
                       QSettings &settings, QWidget *parent)
    : FocusedItemView(parent), m_model(model), m_worker(worker), m_settings(settings)
{
    setObjectName(QStringLiteral("sourceTree"));
    setAccessibleName(tr("Sources"));
    setAccessibleDescription(tr("Views, folders and sources, each with its number of unread "
                                "articles; the menu key opens a source's commands"));
    setHeaderHidden(true);
    setModel(m_model);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setFrameShape(QFrame::NoFrame);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(Models::SourceTreeModel::TitleColumn, QHeaderView::Stretch);
    // Sized by fitCountColumn(): ResizeToContents measured every row again for each changed
    // count, which during a refresh held the window up for 100 ms at a time.
    header()->setSectionResizeMode(Models::SourceTreeModel::UnreadColumn, QHeaderView::Fixed);

    m_savedSearches = new SavedSearchController(m_worker, m_model, this);
    connect(m_savedSearches, &SavedSearchController::saved, this,
            [this](qint64 id) { setCurrentIndex(m_model->indexOf(ViewKey::search(id))); });
    connect(m_model, &Models::SourceTreeModel::renameRequested, this, &SourcePane::rename);
    connect(m_model, &Models::SourceTreeModel::moveRequested, this, &SourcePane::move);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcePane::restoreExpandedFolders);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcePane::fitCountColumn);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SourcePane::fitCountColumn);
    fitCountColumn();
}

void SourcePane::fitCountColumn()
{
    // No count is larger than that of All articles, shown in bold; room is kept for the error
    // badge so that the column does not jump when a source fails.
    const QModelIndex all = m_model->indexOf(ViewKey::smart(Models::SmartView::All))
                                .siblingAtColumn(Models::SourceTreeModel::UnreadColumn);
    const int text = all.isValid() ? sizeHintForIndex(all).width() : 0;
    const int badge = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) +
                      style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) * 2;
    const int width =
        std::max(text, fontMetrics().horizontalAdvance(QStringLiteral("000"))) + badge;
    if (header()->sectionSize(Models::SourceTreeModel::UnreadColumn) != width)
        header()->resizeSection(Models::SourceTreeModel::UnreadColumn, width);
}

void SourcePane::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitCountColumn();
}

ViewKey SourcePane::currentKey() const
{
    return m_model->keyOf(currentIndex());
}

void SourcePane::rename(const ViewKey &key, const QString &title)
{
    if (key.kind == ViewKey::Kind::Search) {
        m_savedSearches->rename(key.id, title);
        return;
    }
    m_worker->run<WriteError>(
        this,
        [key, title](const QSqlDatabase &database) -> WriteError {
            if (key.kind == ViewKey::Kind::Folder) {
                Storage::FolderRepository folders(database);
                return folders.rename(key.id, title) ? QString() : folders.errorMessage();
            }
            Storage::SourceRepository sources(database);
            return sources.rename(key.id, title) ? QString() : sources.errorMessage();
        },
        [this, key, title](const WriteError &error) {
            if (error.isEmpty())
                m_model->renameNode(key, title);
            else
                QMessageBox::warning(this, tr("Cannot rename"), error);
        });
}

void SourcePane::move(const QList<ViewKey> &keys, qint64 folderId)
{
    m_worker->run<QList<ViewKey>>(
        this,
        [keys, folderId](const QSqlDatabase &database) {
            QList<ViewKey> moved;
            Storage::FolderRepository folders(database);
            Storage::SourceRepository sources(database);
            for (const ViewKey &key : keys) {
                const bool ok = key.kind == ViewKey::Kind::Folder
                                    ? folders.move(key.id, folderId)
                                    : sources.setFolder(key.id, folderId);
                if (ok)
                    moved.append(key);
            }
            return moved;
        },
        [this, folderId](const QList<ViewKey> &moved) {
            for (const ViewKey &key : moved)
                m_model->moveNode(key, folderId);
            if (folderId > 0)
                expand(m_model->indexOf(ViewKey::folder(folderId)));
            if (!moved.isEmpty())
                emit libraryChanged();
        });
}

void SourcePane::addFolder(qint64 parentId)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(tr("Name of the new folder:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, parentId](const QString &text) {
        const QString title = text.trimmed();
        if (title.isEmpty())
            return;
        m_worker->run<std::optional<Storage::Folder>>(
            this,
            [title, parentId](const QSqlDatabase &database) -> std::optional<Storage::Folder> {
                Storage::FolderRepository folders(database);
                const std::optional<qint64> id = folders.add(title, parentId);
                return id ? folders.find(*id) : std::nullopt;
            },
            [this](const std::optional<Storage::Folder> &folder) {
                if (!folder)
                    return;
                m_model->addFolder(*folder);
                setCurrentIndex(m_model->indexOf(ViewKey::folder(folder->id)));
            });
    });
    dialog->open();
}

void SourcePane::removeWithConfirmation(const ViewKey &key)
{
    // A saved search holds no articles: it goes without asking.
    if (key.kind == ViewKey::Kind::Search) {
        m_savedSearches->remove(key.id);
        return;
    }
    LibraryRemoval::confirmAndRemove(key, m_worker, m_model, this,
                                     [this] { emit libraryChanged(); });
}

void SourcePane::editSource(qint64 sourceId)
{
    SourceEditDialog::editSource(sourceId, m_worker, m_model, this);
}

bool SourcePane::isMuted(qint64 sourceId) const
{
    return m_settings.value(QLatin1String(SettingsKeys::MutedSources))
        .toStringList()
        .contains(QString::number(sourceId));
}

void SourcePane::setMuted(qint64 sourceId, bool muted)
{
    QStringList ids = m_settings.value(QLatin1String(SettingsKeys::MutedSources)).toStringList();
    ids.removeAll(QString::number(sourceId));
    if (muted)
        ids.append(QString::number(sourceId));
    m_settings.setValue(QLatin1String(SettingsKeys::MutedSources), ids);
}

void SourcePane::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index =
        event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    showMenu(m_model->keyOf(index), event->globalPos());
}

void SourcePane::showMenu(const ViewKey &key, const QPoint &globalPos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!key.isValid()) {
        menu->addAction(tr("Add Source…"), this, &SourcePane::addSourceRequested);
        menu->addAction(tr("New Folder…"), this, [this] { addFolder(0); });
        menu->popup(globalPos);
        return;
    }
    const QList<qint64> sources = m_model->sourceIdsOf(key);
    QAction *refresh =
        menu->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this,
                        [this, sources] { emit refreshRequested(sources); });
    refresh->setEnabled(!sources.isEmpty());
    menu->addAction(QIcon::fromTheme(QStringLiteral("mail-mark-read")), tr("Mark All as &Read"),
                    this, [this, key] { emit markReadRequested(key); });
    const QModelIndex index = m_model->indexOf(key);
    if (key.kind == ViewKey::Kind::Source) {
        menu->addSeparator();
        menu->addAction(tr("Re&name"), this, [this, index] { edit(index); });
        menu->addAction(tr("&Edit…"), this, [this, key] { editSource(key.id); });
        const QUrl site = index.data(Models::SourceTreeModel::SiteUrlRole).toUrl();
        QAction *open = menu->addAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")),
                                        tr("&Open Website"), this,
                                        [this, site] { emit openUrlRequested(site); });
        open->setEnabled(site.isValid() && !site.isEmpty());
        QAction *notify = menu->addAction(tr("&Notify About New Articles"));
        notify->setCheckable(true);
        notify->setChecked(!isMuted(key.id));
        connect(notify, &QAction::toggled, this,
                [this, id = key.id](bool on) { setMuted(id, !on); });
        menu->addAction(
            tr("New Ru&le for This Source…"), this,
            [this, key, title = index.data().toString()] { emit newRuleRequested(key.id, title); });
        menu->addSeparator();
        menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Unsubscribe…"), this,
                        [this, key] { removeWithConfirmation(key); });
    } else if (key.kind == ViewKey::Kind::Search) {
        menu->addSeparator();
        menu->addAction(tr("Re&name"), this, [this, index] { edit(index); });
        menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Saved Search"),
                        this, [this, id = key.id] { m_savedSearches->remove(id); });
    } else if (key.kind == ViewKey::Kind::Folder) {
        menu->addSeparator();
        menu->addAction(tr("Re&name"), this, [this, index] { edit(index); });
        menu->addAction(QIcon::fromTheme(QStringLiteral("folder-new")), tr("New &Folder…"), this,
                        [this, key] { addFolder(key.id); });
        menu->addSeparator();
        menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Folder…"),
                        this, [this, key] { removeWithConfirmation(key); });
    }
    menu->popup(globalPos);
}

void SourcePane::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) && state() != EditingState) {
        removeWithConfirmation(currentKey());
        return;
    }
    QTreeView::keyPressEvent(event);
}

void SourcePane::focusInEvent(QFocusEvent *event)
{
    // An item view makes its first row current when it gets focus without one. Here the
    // current row is the view being read, so focus alone must not change it.
    const QModelIndex before = currentIndex();
    {
        const QSignalBlocker blocker(selectionModel());
        QTreeView::focusInEvent(event);
        if (currentIndex() != before)
            selectionModel()->setCurrentIndex(before, QItemSelectionModel::NoUpdate);
    }
    viewport()->update();
}

void SourcePane::saveExpandedFolders()
{
    QStringList expanded;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (isExpanded(index)) {
                expanded.append(m_model->keyOf(index).toString());
                walk(index);
            }
        }
    };
    walk({});
    m_settings.setValue(QLatin1String(SettingsKeys::MainWindowExpandedFolders), expanded);
}

void SourcePane::restoreExpandedFolders()
{
    const QVariant stored =
        m_settings.value(QLatin1String(SettingsKeys::MainWindowExpandedFolders));
    if (!stored.isValid()) {
        expandAll(); // First run: everything in sight.
        return;
    }
    for (const QString &text : stored.toStringList())
        expand(m_model->indexOf(ViewKey::fromString(text)));
}

} // namespace Ui
