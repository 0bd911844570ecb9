#pragma once

#include "models/modelsfwd.h"
#include "models/viewkey.h"
#include "ui/settings/settingspage.h"

class QFormLayout;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Secrets {
class Store;
}
namespace Storage {
struct Source;
}

namespace Ui {

class SubscriptionController;

/// The subscriptions as a tree (folders and sources, without the smart views) with Add, Edit,
/// Remove, New folder, Import and Export OPML, and the details of the selected source.
///
/// Unlike the other pages this one changes the library at once, through the same code as the
/// main window (the add-source dialog, the source edit dialog, OPML import and export): a
/// subscription is not a preference that Cancel could take back, and the page says so. It
/// shows the window's own tree model, so the main window follows every change.
class SourcesSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesSettingsPage)

public:
    /// What the page works with; all must outlive it. \a passwords null: the system keyring.
    struct Services
    {
        Models::DatabaseWorker *worker = nullptr;
        Models::SourceTreeModel *model = nullptr;
        SubscriptionController *subscriptions = nullptr;
        Secrets::Store *passwords = nullptr;
    };

    explicit SourcesSettingsPage(const Services &services, QWidget *parent = nullptr);
    ~SourcesSettingsPage() override;

    [[nodiscard]] QString title() const override;
    /// Nothing to read or write: the page's changes are stored as they are made.
    void load() override {}
    void save() override {}
    [[nodiscard]] bool isDirty() const override { return false; }

    [[nodiscard]] QTreeView *tree() const { return m_tree; }
    /// The selected folder or source; invalid when nothing is selected.
    [[nodiscard]] Models::ViewKey currentKey() const;
    void select(const Models::ViewKey &key);

    void addSource();
    /// The source edit dialog for the selected source.
    void editCurrent();
    /// Asks, naming the folder or source, then removes it.
    void removeCurrent();
    /// Asks for a name, then addFolder().
    void newFolder();
    /// A folder inside the selected folder, or at the top level.
    void addFolder(const QString &title);
    void importOpml();
    void exportOpml();

private:
    void updateButtons();
    void showDetails();
    void fillDetails(const Storage::Source &source);

    Services m_services;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_newFolder = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_detailsHint = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_feedUrl = nullptr;
    QLabel *m_siteUrl = nullptr;
    QLabel *m_lastFetch = nullptr;
    QLabel *m_lastError = nullptr;
    QLabel *m_paused = nullptr;
    QLabel *m_interval = nullptr;
    QLabel *m_fullArticle = nullptr;
    QLabel *m_username = nullptr;
    qint64 m_detailsId = 0; ///< The source whose details are shown or being read.
};

} // namespace Ui
