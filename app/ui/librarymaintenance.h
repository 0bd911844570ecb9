#pragma once

#include "storage/integritycheck.h"
#include "storage/profile.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class QSettings;
class WorkerThread;

namespace Storage {
class LibraryUpkeep;
}

namespace Ui {

/// The library's upkeep while the window runs: when the person has left the window alone for a
/// while, a backup once a day (the newest three kept) and SQLite's integrity check once a
/// week, both on a thread of their own. Damage found makes the next start repair the library.
/// The Library page of Preferences asks it for a backup, a check or a restore.
class LibraryMaintenance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryMaintenance)

public:
    LibraryMaintenance(const Storage::Profile &profile, QSettings &settings,
                       QObject *parent = nullptr);
    ~LibraryMaintenance() override;

    [[nodiscard]] const Storage::Profile &profile() const { return m_profile; }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    void backUpNow();
    void checkNow();
    void restore(const QString &backupPath);

signals:
    void backupFinished(bool ok, const QString &message);
    void checkFinished(const Storage::IntegrityReport &report);
    void restoreFinished(bool ok, const QString &message);
    /// The integrity check found damage; the library is repaired at the next start.
    void damageFound(const QString &message);
    void busyChanged(bool busy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runIdleWork();
    void setBusy(bool busy);
    void handleCheck(const Storage::IntegrityReport &report);

    Storage::Profile m_profile;
    QSettings &m_settings;
    Storage::LibraryUpkeep *m_upkeep = nullptr; // owned by m_thread
    std::unique_ptr<WorkerThread> m_thread;
    QTimer m_idleTimer;
    QDateTime m_lastInput;
    bool m_busy = false;
};

} // namespace Ui
