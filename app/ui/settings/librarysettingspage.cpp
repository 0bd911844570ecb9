#include "ui/settings/librarysettingspage.h"

#include "storage/librarybackups.h"
#include "ui/librarymaintenance.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

LibrarySettingsPage::LibrarySettingsPage(LibraryMaintenance &maintenance, QWidget *parent)
    : SettingsPage(parent), m_maintenance(maintenance)
{
    const Storage::LibraryBackups backups(maintenance.profile());
    auto *intro = new QLabel(
        tr("Tidings backs up your library once a day while you leave it alone, and keeps the "
           "newest %1 backups in %2. It also checks the library for damage once a week.")
            .arg(Storage::LibraryBackups::Kept)
            .arg(QDir::toNativeSeparators(backups.directory())),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backups = new QListWidget(this);
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setAccessibleName(tr("Backups"));
    m_restore = new QPushButton(tr("&Restore…"), this);
    m_backUpNow = new QPushButton(tr("&Back Up Now"), this);
    m_checkNow = new QPushButton(tr("&Check Library Now"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("libraryStatus"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_backUpNow);
    buttons->addStretch();
    buttons->addWidget(m_checkNow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_backups, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_backups, &QListWidget::currentRowChanged, this, &LibrarySettingsPage::updateButtons);
    connect(m_restore, &QPushButton::clicked, this, &LibrarySettingsPage::restoreSelected);
    connect(m_backUpNow, &QPushButton::clicked, &m_maintenance, &LibraryMaintenance::backUpNow);
    connect(m_checkNow, &QPushButton::clicked, &m_maintenance, &LibraryMaintenance::checkNow);
    connect(&m_maintenance, &LibraryMaintenance::busyChanged, this,
            &LibrarySettingsPage::updateButtons);
    connect(&m_maintenance, &LibraryMaintenance::backupFinished, this,
            [this](bool ok, const QString &message) {
                load();
                showStatus(ok ? tr("Backed up to %1.").arg(message) : message);
            });
    connect(&m_maintenance, &LibraryMaintenance::checkFinished, this,
            [this](const Storage::IntegrityReport &report) {
                showStatus(report.intact() ? tr("The library is intact.")
                                           : tr("The library is damaged: %1. Start Tidings "
                                                "again to repair it.")
                                                 .arg(report.problems.value(0)));
            });
    connect(&m_maintenance, &LibraryMaintenance::restoreFinished, this,
            [this](bool ok, const QString &message) {
                load();
                showStatus(ok ? tr("The library was restored. Start Tidings again to see it "
                                   "everywhere.")
                              : message);
            });
}

QString LibrarySettingsPage::title() const
{
    return tr("Library");
}

void LibrarySettingsPage::load()
{
    m_backups->clear();
    const QLocale locale;
    const QList<Storage::BackupInfo> backups =
        Storage::LibraryBackups(m_maintenance.profile()).list();
    for (const Storage::BackupInfo &backup : backups) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(locale.toString(backup.created.toLocalTime(), QLocale::LongFormat),
                              locale.formattedDataSize(backup.size)),
            m_backups);
        item->setData(Qt::UserRole, backup.filePath);
    }
    if (backups.isEmpty())
        m_backups->addItem(tr("No backups yet"));
    m_backups->setCurrentRow(backups.isEmpty() ? -1 : 0);
    updateButtons();
}

void LibrarySettingsPage::restoreSelected()
{
    const QListWidgetItem *item = m_backups->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Restore the Library"),
                                tr("Replace your library with the backup of %1?").arg(item->text()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setInformativeText(tr("The library as it is now is kept as before-restore.sqlite in "
                               "the backups folder."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
            [this, backup = item->data(Qt::UserRole).toString()](int answer) {
                if (answer == QMessageBox::Yes)
                    m_maintenance.restore(backup);
            });
    box->open();
}

void LibrarySettingsPage::updateButtons()
{
    const bool busy = m_maintenance.isBusy();
    const QListWidgetItem *item = m_backups->currentItem();
    m_restore->setEnabled(!busy && item && !item->data(Qt::UserRole).toString().isEmpty());
    m_backUpNow->setEnabled(!busy);
    m_checkNow->setEnabled(!busy);
    if (busy)
        showStatus(tr("Working…"));
}

void LibrarySettingsPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace Ui
