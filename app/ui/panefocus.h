#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Ui {

/// Moves the keyboard focus from pane to pane (F6, Shift+F6), left to right and round again,
/// skipping panes that are hidden or hold nothing to focus. The reading page keeps Tab for its
/// own links, so this is also the way out of it.
class PaneFocus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneFocus)

public:
    /// \a panes in the order the keyboard visits them.
    explicit PaneFocus(const QList<QWidget *> &panes, QObject *parent = nullptr);

    void next();
    void previous();
    /// The pane that holds the focus, or null.
    [[nodiscard]] QWidget *currentPane() const;

private:
    void move(int step);

    QList<QPointer<QWidget>> m_panes;
};

} // namespace Ui
