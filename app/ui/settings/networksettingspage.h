#pragma once

#include "ui/settings/settingspage.h"

class QComboBox;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace Ui {

/// How Tidings reaches the web: the proxy, how long a silent transfer may wait, and the
/// User-Agent it sends.
class NetworkSettingsPage final : public SettingsFilePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsPage)

public:
    explicit NetworkSettingsPage(QSettings &settings, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    void save() override;
    [[nodiscard]] bool isDirty() const override;

private:
    void updateEnabled();

    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_userAgent = nullptr;
};

} // namespace Ui
