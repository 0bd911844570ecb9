#pragma once

#include "models/modelsfwd.h"
#include "storage/accountrepository.h"
#include "ui/settings/settingspage.h"

#include <QHash>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Secrets {
class Store;
}

namespace Ui {

/// Preferences → Accounts: the sync accounts with their state, adding one (the password goes
/// to the keyring only), each one's sync interval, and removing one.
class AccountsSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsSettingsPage)

public:
    /// What the page works with; all must outlive it. \a passwords null: the system keyring.
    struct Services
    {
        Models::DatabaseWorker *worker = nullptr;
        QNetworkAccessManager *network = nullptr;
        Secrets::Store *passwords = nullptr;
    };

    explicit AccountsSettingsPage(const Services &services, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    void save() override;
    [[nodiscard]] bool isDirty() const override;

    /// Opens the dialog that adds an account.
    void addAccount();
    /// Asks, then removes the selected account.
    void removeSelected();
    [[nodiscard]] QString message() const;

signals:
    /// The accounts were read again.
    void loaded();

private:
    void show(const QList<Storage::Account> &accounts);
    void store(const Storage::AccountDraft &draft, const QString &password);
    void remove(qint64 id, Storage::AccountRepository::Bookmarks bookmarks =
                               Storage::AccountRepository::Bookmarks::CopyToLocal);
    void onPasswordStored(const QString &key, const QString &error);
    void onSelectionChanged();
    [[nodiscard]] qint64 selectedId() const;

    Services m_services;
    QTreeWidget *m_list = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QList<Storage::Account> m_accounts;
    QHash<qint64, int> m_intervals;   ///< Intervals edited and not yet saved, by account.
    QHash<QString, qint64> m_storing; ///< Accounts waiting for their password to be stored.
};

} // namespace Ui
