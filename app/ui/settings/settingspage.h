#pragma once

#include <QWidget>

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

} // namespace Ui
