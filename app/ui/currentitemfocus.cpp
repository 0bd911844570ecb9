#include "ui/currentitemfocus.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QEvent>
#include <QTimer>

namespace Ui {

void CurrentItemFocus::install(QAbstractItemView *view)
{
    view->installEventFilter(new CurrentItemFocus(view));
}

CurrentItemFocus::CurrentItemFocus(QAbstractItemView *view) : QObject(view), m_view(view)
{}

bool CurrentItemFocus::eventFilter(QObject *watched, QEvent *event)
{
    // After Qt's own report of the view, which follows the focus-in event.
    if (watched == m_view && event->type() == QEvent::FocusIn && QAccessible::isActive())
        QTimer::singleShot(0, this, &CurrentItemFocus::reportCurrentItem);
    return QObject::eventFilter(watched, event);
}

void CurrentItemFocus::reportCurrentItem()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_view->hasFocus() || !current.isValid())
        return;
    const QRect rect = m_view->visualRect(current);
    if (!rect.isValid() || !m_view->viewport()->rect().intersects(rect))
        return;
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view);
    // The cell under the row's centre: a tree's accessible rows are its visible rows, which
    // only the view knows how to count.
    const QPoint centre = m_view->viewport()->mapToGlobal(rect.center());
    QAccessibleInterface *cell = view ? view->childAt(centre.x(), centre.y()) : nullptr;
    if (!cell)
        return;
    QAccessibleEvent focus(cell, QAccessible::Focus);
    QAccessible::updateAccessibility(&focus);
}

} // namespace Ui
