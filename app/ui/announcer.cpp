#include "ui/announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace Ui {

namespace {

QAccessibleInterface *notificationInterface(const QString &className, QObject *object)
{
    if (className != QLatin1String(Announcer::staticMetaObject.className()) || !object ||
        !object->isWidgetType())
        return nullptr;
    return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Notification);
}

} // namespace

Announcer::Announcer(QWidget *parent) : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(&notificationInterface);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(QStringLiteral("announcer"));
    setFocusPolicy(Qt::NoFocus);
    // Present in the tree (a hidden widget cannot start showing), but taking no room.
    setFixedSize(0, 0);
}

void Announcer::announce(const QString &text)
{
    if (text.isEmpty())
        return;
    setAccessibleName(text);
    // Showing again is what a screen reader listens for; both happen before the next paint.
    setVisible(false);
    setVisible(true);
}

} // namespace Ui
