#include "ui/panefocus.h"

#include <QApplication>
#include <QWidget>

namespace Ui {

namespace {

bool takesTabFocus(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() &&
           (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
}

/// What in \a pane gets the focus: the pane itself when it takes it (or has a proxy, as the
/// list pane does), else the first widget inside it in the Tab chain.
QWidget *focusTarget(QWidget *pane)
{
    if (!pane || !pane->isVisible() || !pane->isEnabled())
        return nullptr;
    if (QWidget *proxy = pane->focusProxy())
        return takesTabFocus(proxy) ? pane : nullptr;
    if (takesTabFocus(pane))
        return pane;
    for (QWidget *widget = pane->nextInFocusChain(); widget && widget != pane;
         widget = widget->nextInFocusChain()) {
        if (pane->isAncestorOf(widget) && takesTabFocus(widget))
            return widget;
    }
    return nullptr;
}

} // namespace

PaneFocus::PaneFocus(const QList<QWidget *> &panes, QObject *parent) : QObject(parent)
{
    for (QWidget *pane : panes)
        m_panes.append(pane);
}

void PaneFocus::next()
{
    move(1);
}

void PaneFocus::previous()
{
    move(-1);
}

QWidget *PaneFocus::currentPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (const QPointer<QWidget> &pane : m_panes) {
        if (pane && focus && (pane == focus || pane->isAncestorOf(focus)))
            return pane;
    }
    return nullptr;
}

void PaneFocus::move(int step)
{
    const int count = int(m_panes.size());
    if (count == 0)
        return;
    const int current = int(m_panes.indexOf(currentPane()));
    // From outside every pane (the tool bar), F6 starts at the first and Shift+F6 at the last.
    const int start = current >= 0 ? current : (step > 0 ? -1 : count);
    for (int i = 1; i <= count; ++i) {
        const int index = ((start + step * i) % count + count) % count;
        if (QWidget *target = focusTarget(m_panes.at(index))) {
            target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

} // namespace Ui
