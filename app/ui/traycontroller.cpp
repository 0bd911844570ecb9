#include "ui/traycontroller.h"

#include "ui/windowsettingskeys.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Ui {

namespace {

constexpr int IconSize = 64;
constexpr int ListedSources = 3;

QIcon trayIcon(int unread, const QColor &accent)
{
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // A plain rounded square: the application icon may not be installed.
    painter.setBrush(accent);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(4, 4, IconSize - 8, IconSize - 8), 12, 12);
    painter.setPen(Qt::white);
    QFont font = QApplication::font();
    font.setBold(true);
    const QString text = unread > 999 ? QStringLiteral("999+")
                         : unread > 0 ? QString::number(unread)
                                      : QStringLiteral("T");
    font.setPixelSize(text.size() > 2 ? 20 : 30);
    painter.setFont(font);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, text);
    return QIcon(pixmap);
}

} // namespace

TrayController::TrayController(QSettings &settings, QWidget *window,
                               const QList<QAction *> &actions, QObject *parent)
    : QObject(parent), m_settings(settings), m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    m_menu = new QMenu(window);
    m_showAction = m_menu->addAction(tr("Show Tidings"), this, &TrayController::toggleWindow);
    m_menu->addSeparator();
    m_menu->addActions(actions);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    toggleWindow();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    });
    setUnreadCount(0);
    m_tray->show();
}

bool TrayController::isAvailable() const
{
    return m_tray != nullptr;
}

bool TrayController::keepsRunning() const
{
    return isAvailable() &&
           m_settings
               .value(QLatin1String(SettingsKeys::KeepInTray), SettingsKeys::KeepInTrayDefault)
               .toBool();
}

void TrayController::setUnreadCount(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    updateIcon();
}

void TrayController::updateIcon()
{
    if (!m_tray)
        return;
    const QColor accent(m_settings
                            .value(QLatin1String(SettingsKeys::AccentColor),
                                   QLatin1String(SettingsKeys::AccentColorDefault))
                            .toString());
    m_tray->setIcon(trayIcon(m_unread, accent.isValid() ? accent : QColor(0xe8, 0x71, 0x0a)));
    m_tray->setToolTip(m_unread > 0 ? tr("Tidings: %n unread", nullptr, m_unread) : tr("Tidings"));
}

void TrayController::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

QString TrayController::notificationText(const QHash<qint64, int> &addedBySource,
                                         const QHash<qint64, QString> &titles) const
{
    if (!m_settings.value(QLatin1String(SettingsKeys::Notify), SettingsKeys::NotifyDefault)
             .toBool())
        return {};
    const QStringList muted =
        m_settings.value(QLatin1String(SettingsKeys::MutedSources)).toStringList();
    QList<QPair<int, QString>> counted;
    int total = 0;
    for (auto it = addedBySource.cbegin(); it != addedBySource.cend(); ++it) {
        if (it.value() <= 0 || muted.contains(QString::number(it.key())))
            continue;
        total += it.value();
        counted.append({it.value(), titles.value(it.key())});
    }
    if (total == 0)
        return {};
    // The busiest sources first, then the rest as a number.
    std::sort(counted.begin(), counted.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList lines;
    for (qsizetype i = 0; i < counted.size() && i < ListedSources; ++i)
        lines.append(tr("%1: %2").arg(counted.at(i).second).arg(counted.at(i).first));
    if (counted.size() > ListedSources)
        lines.append(tr("and %n more source(s)", nullptr, int(counted.size() - ListedSources)));
    return tr("%n new article(s)", nullptr, total) + QLatin1Char('\n') +
           lines.join(QLatin1Char('\n'));
}

QString TrayController::ruleNotificationText(const QStringList &titles)
{
    if (titles.isEmpty())
        return {};
    QStringList lines = titles.mid(0, ListedSources);
    if (titles.size() > ListedSources)
        lines.append(tr("and %n more", nullptr, int(titles.size() - ListedSources)));
    return tr("%n new article(s) matched your rules", nullptr, int(titles.size())) +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

void TrayController::notifyRuleMatches(const QStringList &titles)
{
    const QString text = ruleNotificationText(titles);
    if (text.isEmpty())
        return;
    m_lastNotification = text;
    if (m_tray)
        m_tray->showMessage(tr("Tidings"), text, m_tray->icon());
}

void TrayController::notify(const QHash<qint64, int> &addedBySource,
                            const QHash<qint64, QString> &titles)
{
    const QString text = notificationText(addedBySource, titles);
    if (text.isEmpty())
        return;
    m_lastNotification = text;
    if (m_tray)
        m_tray->showMessage(tr("Tidings"), text, m_tray->icon());
}

} // namespace Ui
