#pragma once

#include "ui/settings/settingspage.h"

class QCheckBox;
class QComboBox;
class QSettings;
class QSpinBox;

namespace Ui {

class GeneralSettingsPage final : public SettingsFilePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettingsPage)

public:
    explicit GeneralSettingsPage(QSettings &settings, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    void save() override;
    [[nodiscard]] bool isDirty() const override;

private:
    QCheckBox *m_refreshOnStart = nullptr;
    QSpinBox *m_refreshInterval = nullptr;
    QSpinBox *m_markReadDelay = nullptr;
    QSpinBox *m_retentionDays = nullptr;
    QSpinBox *m_perSourceCap = nullptr;
    QCheckBox *m_keepInTray = nullptr;
    QCheckBox *m_notify = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Ui
