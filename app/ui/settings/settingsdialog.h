#pragma once

#include "ui/settings/sourcessettingspage.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace Ui {

class SettingsPage;

/// Preferences as a list of pages. OK and Apply save every page; Cancel leaves the settings as
/// they were when the dialog opened.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// With \a sources the dialog has a Sources page working on them.
    explicit SettingsDialog(QSettings &settings, QWidget *parent = nullptr,
                            const SourcesSettingsPage::Services *sources = nullptr);

    void addPage(SettingsPage *page);
    [[nodiscard]] bool isDirty() const;

public slots:
    void accept() override;

signals:
    /// Settings were saved (OK or Apply): whoever shows them reads them again.
    void applied();

private:
    void apply();
    void updateApplyButton();

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::vector<SettingsPage *> m_pages;
};

} // namespace Ui
