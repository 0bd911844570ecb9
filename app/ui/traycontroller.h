#pragma once

#include "refresh/refreshtypes.h"

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QSettings;
class QSystemTrayIcon;
class QWidget;

namespace Ui {

/// The tray icon with the unread count and a menu, and the one grouped notification that a
/// background refresh gives when it found new articles (sources can opt out). When the setting
/// asks for it, closing the window leaves Tidings running here.
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    /// \a actions go into the tray menu after "Show Tidings".
    TrayController(QSettings &settings, QWidget *window, const QList<QAction *> &actions,
                   QObject *parent = nullptr);

    [[nodiscard]] bool isAvailable() const;
    /// True when closing the window should only hide it.
    [[nodiscard]] bool keepsRunning() const;
    void setUnreadCount(int unread);
    [[nodiscard]] int unreadCount() const { return m_unread; }
    /// The notification text for a refresh, or empty when there is nothing to tell.
    [[nodiscard]] QString notificationText(const QHash<qint64, int> &addedBySource,
                                           const QHash<qint64, QString> &titles) const;
    void notify(const QHash<qint64, int> &addedBySource, const QHash<qint64, QString> &titles);
    /// The notification text for new articles that rules asked to be told about.
    [[nodiscard]] static QString ruleNotificationText(const QStringList &titles);
    /// Tells about them, whatever started the refresh: the person asked for it in a rule.
    void notifyRuleMatches(const QStringList &titles);
    [[nodiscard]] QString lastNotification() const { return m_lastNotification; }

private:
    void updateIcon();
    void toggleWindow();

    QSettings &m_settings;
    QWidget *m_window = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_showAction = nullptr;
    int m_unread = -1;
    QString m_lastNotification;
};

} // namespace Ui
