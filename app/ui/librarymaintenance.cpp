#include "ui/librarymaintenance.h"

#include "storage/libraryupkeep.h"
#include "storage/sessionmarker.h"
#include "threading/workerthread.h"
#include "ui/windowsettingskeys.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

namespace Ui {

namespace {

constexpr int IdleTimerMs = 5 * 60 * 1000;
constexpr qint64 IdleSeconds = 3 * 60; // no key or mouse press for this long
constexpr qint64 BackupEverySeconds = 24 * 3600;
constexpr qint64 CheckEverySeconds = 7 * 24 * 3600;

bool isDue(const QSettings &settings, const char *key, qint64 interval)
{
    const QDateTime last = settings.value(QLatin1String(key)).toDateTime();
    return !last.isValid() || last.secsTo(QDateTime::currentDateTimeUtc()) >= interval;
}

} // namespace

LibraryMaintenance::LibraryMaintenance(const Storage::Profile &profile, QSettings &settings,
                                       QObject *parent)
    : QObject(parent), m_profile(profile), m_settings(settings),
      m_upkeep(new Storage::LibraryUpkeep(profile)),
      m_thread(std::make_unique<WorkerThread>(QStringLiteral("tidings-upkeep"), m_upkeep,
                                              WorkerThread::Priority::Background)),
      m_lastInput(QDateTime::currentDateTimeUtc())
{
    connect(m_upkeep, &Storage::LibraryUpkeep::backupFinished, this,
            [this](bool ok, const QString &message) {
                if (ok)
                    m_settings.setValue(QLatin1String(SettingsKeys::LastBackup),
                                        QDateTime::currentDateTimeUtc());
                setBusy(false);
                emit backupFinished(ok, message);
            });
    connect(m_upkeep, &Storage::LibraryUpkeep::checkFinished, this,
            &LibraryMaintenance::handleCheck);
    connect(m_upkeep, &Storage::LibraryUpkeep::restoreFinished, this,
            [this](bool ok, const QString &message) {
                setBusy(false);
                emit restoreFinished(ok, message);
            });
    connect(&m_idleTimer, &QTimer::timeout, this, &LibraryMaintenance::runIdleWork);
    m_idleTimer.start(IdleTimerMs);
    QCoreApplication::instance()->installEventFilter(this);
}

LibraryMaintenance::~LibraryMaintenance() = default;

void LibraryMaintenance::backUpNow()
{
    if (m_busy)
        return;
    setBusy(true);
    QMetaObject::invokeMethod(m_upkeep, &Storage::LibraryUpkeep::backUp, Qt::QueuedConnection);
}

void LibraryMaintenance::checkNow()
{
    if (m_busy)
        return;
    setBusy(true);
    QMetaObject::invokeMethod(m_upkeep, &Storage::LibraryUpkeep::check, Qt::QueuedConnection);
}

void LibraryMaintenance::restore(const QString &backupPath)
{
    if (m_busy)
        return;
    setBusy(true);
    QMetaObject::invokeMethod(
        m_upkeep, [upkeep = m_upkeep, backupPath] { upkeep->restore(backupPath); },
        Qt::QueuedConnection);
}

bool LibraryMaintenance::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        m_lastInput = QDateTime::currentDateTimeUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LibraryMaintenance::runIdleWork()
{
    if (m_busy || m_lastInput.secsTo(QDateTime::currentDateTimeUtc()) < IdleSeconds)
        return;
    if (isDue(m_settings, SettingsKeys::LastIntegrityCheck, CheckEverySeconds))
        checkNow();
    else if (isDue(m_settings, SettingsKeys::LastBackup, BackupEverySeconds))
        backUpNow();
}

void LibraryMaintenance::handleCheck(const Storage::IntegrityReport &report)
{
    m_settings.setValue(QLatin1String(SettingsKeys::LastIntegrityCheck),
                        QDateTime::currentDateTimeUtc());
    setBusy(false);
    if (report.verdict == Storage::IntegrityReport::Verdict::Damaged) {
        Storage::SessionMarker(m_profile).requestCheckAtNextStart();
        emit damageFound(tr("Tidings found damage in your library (%1). Quit and start Tidings "
                            "again: it then keeps a copy of the damaged file and recovers "
                            "everything that can be read.")
                             .arg(report.problems.value(0)));
    }
    emit checkFinished(report);
}

void LibraryMaintenance::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace Ui
