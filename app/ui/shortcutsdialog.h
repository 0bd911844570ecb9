#pragma once

#include <QDialog>

class QAction;

namespace Ui {

/// Help → Keyboard Shortcuts: every command that has a key, with its keys.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace Ui
