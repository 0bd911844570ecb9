#pragma once

#include "models/modelsfwd.h"
#include "models/viewkey.h"
#include "ui/focuseditemview.h"

#include <QTreeView>

class QSettings;

namespace Ui {

class SavedSearchController;

/// The source tree: smart views, folders and sources with their counts. Renaming (F2),
/// dragging sources between folders, deleting (Delete, with confirmation) and the context
/// menu (refresh, mark all read, edit, open site, unsubscribe) are handled here; changes go to
/// the library through the query worker and then to the model.
class SourcePane final : public FocusedItemView<QTreeView>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePane)

public:
    SourcePane(Models::SourceTreeModel *model, Models::DatabaseWorker *worker, QSettings &settings,
               QWidget *parent = nullptr);

    [[nodiscard]] Models::ViewKey currentKey() const;
    /// Asks before unsubscribing or deleting a folder; removes once confirmed.
    void removeWithConfirmation(const Models::ViewKey &key);
    void rename(const Models::ViewKey &key, const QString &title);
    void move(const QList<Models::ViewKey> &keys, qint64 folderId);
    /// "Save this search" and the saved searches' rename and delete.
    [[nodiscard]] SavedSearchController *savedSearches() const { return m_savedSearches; }
    /// Asks for a name and adds a folder inside \a parentId (0: the top level).
    void addFolder(qint64 parentId = 0);
    void editSource(qint64 sourceId);
    void saveExpandedFolders();
    void restoreExpandedFolders();

signals:
    void refreshRequested(const QList<qint64> &sourceIds);
    void markReadRequested(const Models::ViewKey &key);
    void openUrlRequested(const QUrl &url);
    void addSourceRequested();
    /// "New Rule for This Source…" on the source \a sourceId, called \a title.
    void newRuleRequested(qint64 sourceId, const QString &title);
    /// A source was removed, or sources changed folders (views may need reloading).
    void libraryChanged();

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void showMenu(const Models::ViewKey &key, const QPoint &globalPos);
    void fitCountColumn();
    [[nodiscard]] bool isMuted(qint64 sourceId) const;
    void setMuted(qint64 sourceId, bool muted);

    Models::SourceTreeModel *m_model = nullptr;
    Models::DatabaseWorker *m_worker = nullptr;
    QSettings &m_settings;
    SavedSearchController *m_savedSearches = nullptr;
};

} // namespace Ui
