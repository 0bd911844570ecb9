#pragma once

#include "ui/settings/settingspage.h"

class QCheckBox;
class QSettings;
class QSpinBox;

namespace Ui {

/// When articles count as read, how the reading page looks and what it loads, and what
/// Tidings does in the background.
class ReadingSettingsPage final : public SettingsFilePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingSettingsPage)

public:
    explicit ReadingSettingsPage(QSettings &settings, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    void save() override;
    [[nodiscard]] bool isDirty() const override;

private:
    QCheckBox *m_loadRemoteImages = nullptr;
    QCheckBox *m_collapseStories = nullptr;
    QCheckBox *m_markStoryRead = nullptr;
    QSpinBox *m_fontSize = nullptr;
};

} // namespace Ui
