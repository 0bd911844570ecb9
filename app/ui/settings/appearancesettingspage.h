#pragma once

#include "ui/settings/settingspage.h"

#include <QColor>

class QComboBox;
class QPushButton;
class QSettings;
class QSpinBox;

namespace Ui {

/// The article list's density and font size, and the accent colour.
class AppearanceSettingsPage final : public SettingsFilePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearanceSettingsPage)

public:
    explicit AppearanceSettingsPage(QSettings &settings, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    void save() override;
    [[nodiscard]] bool isDirty() const override;

private:
    void setAccent(const QColor &color);
    void chooseAccent();

    QComboBox *m_theme = nullptr;
    QComboBox *m_density = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QPushButton *m_accentButton = nullptr;
    QColor m_accent;
};

} // namespace Ui
