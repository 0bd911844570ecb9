#include "ui/settings/accountssettingspage.h"

#include "models/databaseworker.h"
#include "secrets/accountpassword.h"
#include "secrets/keyring.h"
#include "sync/accountpresets.h"
#include "ui/settings/accountdialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

enum Column { TitleColumn, TypeColumn, ServerColumn, LastSyncColumn, ErrorColumn, WaitingColumn };

QString typeText(const Storage::Account &account)
{
    switch (account.type) {
    case Storage::AccountType::TinyTinyRss:
        return AccountsSettingsPage::tr("Tiny Tiny RSS");
    case Storage::AccountType::GoogleReader:
        // Which Google Reader API server, as far as its address says.
        return Sync::AccountPresets::serverName(account.type, account.serverUrl);
    case Storage::AccountType::Local:
        break;
    }
    return AccountsSettingsPage::tr("On this computer");
}

} // namespace

AccountsSettingsPage::AccountsSettingsPage(const Services &services, QWidget *parent)
    : SettingsPage(parent), m_services(services)
{
    setObjectName(QStringLiteral("accountsSettingsPage"));
    if (!m_services.passwords)
        m_services.passwords = new Secrets::Keyring(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Account"), tr("Type"), tr("Server"), tr("Last sync"),
                             tr("Last error"), tr("Waiting")});
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addAccountButton"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("accountInterval"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Every 15 minutes"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(m_remove);
    row->addStretch();
    row->addWidget(new QLabel(tr("Sync &every:"), this));
    row->addWidget(m_interval);
    qobject_cast<QLabel *>(row->itemAt(row->count() - 2)->widget())->setBuddy(m_interval);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(add, &QPushButton::clicked, this, &AccountsSettingsPage::addAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsSettingsPage::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            &AccountsSettingsPage::onSelectionChanged);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (const qint64 id = selectedId(); id != 0) {
            m_intervals.insert(id, minutes * 60);
            emit changed();
        }
    });
    connect(m_services.passwords, &Secrets::Store::secretWritten, this,
            [this](const QString &key) { onPasswordStored(key, {}); });
    connect(m_services.passwords, &Secrets::Store::failed, this,
            &AccountsSettingsPage::onPasswordStored);
    onSelectionChanged();
}

QString AccountsSettingsPage::title() const
{
    return tr("Accounts");
}

void AccountsSettingsPage::load()
{
    m_services.worker->run<QList<Storage::Account>>(
        this,
        [](const QSqlDatabase &database) { return Storage::AccountRepository(database).all(); },
        [this](const QList<Storage::Account> &accounts) { show(accounts); });
}

void AccountsSettingsPage::show(const QList<Storage::Account> &accounts)
{
    const qint64 selected = selectedId();
    m_accounts.clear();
    m_list->clear();
    for (const Storage::Account &account : accounts) {
        if (!account.isRemote())
            continue;
        m_accounts.append(account);
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(TitleColumn, Qt::UserRole, account.id);
        item->setText(TitleColumn, account.name());
        item->setText(TypeColumn, typeText(account));
        item->setText(ServerColumn, account.serverUrl.toDisplayString());
        item->setText(LastSyncColumn,
                      account.lastSync.isValid()
                          ? QLocale().toString(account.lastSync.toLocalTime(), QLocale::ShortFormat)
                          : tr("Never"));
        item->setText(ErrorColumn, account.lastError);
        item->setToolTip(ErrorColumn, account.lastError);
        item->setText(WaitingColumn, QString::number(account.pendingChanges));
        if (account.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    onSelectionChanged();
    emit loaded();
}

void AccountsSettingsPage::save()
{
    const QHash<qint64, int> intervals = m_intervals;
    m_intervals.clear();
    m_services.worker->run<bool>(
        this,
        [intervals](const QSqlDatabase &database) {
            Storage::AccountRepository accounts(database);
            bool ok = true;
            for (auto it = intervals.cbegin(); it != intervals.cend(); ++it)
                ok = accounts.setSyncInterval(it.key(), it.value()) && ok;
            return ok;
        },
        [this](const bool &) { load(); });
}

bool AccountsSettingsPage::isDirty() const
{
    return !m_intervals.isEmpty();
}

QString AccountsSettingsPage::message() const
{
    return m_message->text();
}

qint64 AccountsSettingsPage::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(TitleColumn, Qt::UserRole).toLongLong() : 0;
}

void AccountsSettingsPage::onSelectionChanged()
{
    const qint64 id = selectedId();
    m_remove->setEnabled(id != 0);
    m_interval->setEnabled(id != 0);
    const QSignalBlocker blocker(m_interval);
    for (const Storage::Account &account : std::as_const(m_accounts)) {
        if (account.id == id)
            m_interval->setValue(m_intervals.value(id, account.syncIntervalSeconds) / 60);
    }
}

void AccountsSettingsPage::addAccount()
{
    auto *dialog = new AccountDialog(m_services.network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { store(dialog->draft(), dialog->password()); });
    dialog->open();
}

void AccountsSettingsPage::store(const Storage::AccountDraft &draft, const QString &password)
{
    m_services.worker->run<std::optional<qint64>>(
        this,
        [draft](const QSqlDatabase &database) {
            return Storage::AccountRepository(database).add(draft);
        },
        [this, password](const std::optional<qint64> &id) {
            if (!id) {
                m_message->setText(tr("The account could not be added."));
                return;
            }
            const QString key = Secrets::accountPasswordKey(*id);
            m_storing.insert(key, *id);
            m_services.passwords->write(key, password);
        });
}

void AccountsSettingsPage::onPasswordStored(const QString &key, const QString &error)
{
    const qint64 id = m_storing.take(key);
    if (id == 0)
        return;
    if (error.isEmpty()) {
        m_message->setText(tr("Account added; it syncs when Preferences close."));
        load();
        return;
    }
    // An account whose password is nowhere could never sync: it goes again, as on the
    // command line.
    m_message->setText(tr("The password could not be stored in the keyring: %1").arg(error));
    remove(id);
}

void AccountsSettingsPage::removeSelected()
{
    const qint64 id = selectedId();
    const auto account = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                      [id](const Storage::Account &a) { return a.id == id; });
    if (account == m_accounts.cend())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
                                tr("Remove the account “%1”?").arg(account->name()),
                                QMessageBox::Cancel, this);
    box->setInformativeText(tr("Its folders, sources and articles leave Tidings. Changes not "
                               "yet sent to the server are not sent."));
    auto *keepBookmarks =
        new QCheckBox(tr("&Copy its bookmarked articles into the local library"), box);
    keepBookmarks->setObjectName(QStringLiteral("copyBookmarksCheck"));
    keepBookmarks->setChecked(true);
    box->setCheckBox(keepBookmarks);
    QPushButton *confirm = box->addButton(tr("Remove"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, id, confirm, keepBookmarks](QAbstractButton *button) {
                if (button == confirm)
                    remove(id, keepBookmarks->isChecked()
                                   ? Storage::AccountRepository::Bookmarks::CopyToLocal
                                   : Storage::AccountRepository::Bookmarks::Remove);
            });
    box->open();
}

void AccountsSettingsPage::remove(qint64 id, Storage::AccountRepository::Bookmarks bookmarks)
{
    m_intervals.remove(id);
    m_services.worker->run<bool>(
        this,
        [id, bookmarks](const QSqlDatabase &database) {
            return Storage::AccountRepository(database).remove(id, bookmarks);
        },
        [this, id](const bool &removed) {
            if (removed)
                m_services.passwords->remove(Secrets::accountPasswordKey(id));
            else
                m_message->setText(tr("The account could not be removed."));
            load();
        });
}

} // namespace Ui
