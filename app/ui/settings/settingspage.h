#pragma once

#include <QWidget>

class QSettings;

namespace Ui {

/// One page of the settings dialog. A page reads its values in load(), writes them in save(),
/// and tells the dialog when the person has changed something.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    using QWidget::QWidget;

    [[nodiscard]] virtual QString title() const = 0;
    virtual void load() = 0;
    virtual void save() = 0;
    [[nodiscard]] virtual bool isDirty() const = 0;

signals:
    void changed();
};

/// A page whose values live in the settings file.
class SettingsFilePage : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsFilePage)

public:
    explicit SettingsFilePage(QSettings &settings, QWidget *parent = nullptr)
        : SettingsPage(parent), m_settings(settings)
    {}

protected:
    [[nodiscard]] QSettings &settings() const { return m_settings; }

private:
    QSettings &m_settings;
};

} // namespace Ui
