#pragma once

#include "models/modelsfwd.h"

#include <QObject>

class QWidget;

namespace Ui {

/// Saved searches as views in the source tree: "Save this search" from the search field, and
/// renaming and deleting from the tree. Writes on the query worker, then tells the tree.
class SavedSearchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchController)

public:
    /// \a window parents the dialogs.
    SavedSearchController(Models::DatabaseWorker *worker, Models::SourceTreeModel *model,
                          QWidget *window);

    /// Asks for a name, then saves \a query and selects nothing (the tree shows it).
    void save(const QString &query);
    void rename(qint64 id, const QString &name);
    void remove(qint64 id);

signals:
    /// A new saved search is in the tree.
    void saved(qint64 id);

private:
    Models::DatabaseWorker *m_worker = nullptr;
    Models::SourceTreeModel *m_model = nullptr;
    QWidget *m_window = nullptr;
};

} // namespace Ui
