#pragma once

#include "ui/settings/settingspage.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace Ui {

class LibraryMaintenance;

/// The library's backups and health: the backups kept (restore one), back up or check now.
/// Nothing here is a setting: each button acts at once, on LibraryMaintenance's thread.
class LibrarySettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibrarySettingsPage)

public:
    explicit LibrarySettingsPage(LibraryMaintenance &maintenance, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    void save() override {}
    [[nodiscard]] bool isDirty() const override { return false; }

private:
    void restoreSelected();
    void updateButtons();
    void showStatus(const QString &text);

    LibraryMaintenance &m_maintenance;
    QListWidget *m_backups = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_backUpNow = nullptr;
    QPushButton *m_checkNow = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Ui
