#pragma once

#include "storage/integritycheck.h"
#include "storage/libraryrepair.h"
#include "storage/profile.h"

#include <QObject>
#include <QString>

namespace Storage {

/// The library's long upkeep, for a WorkerThread of its own: checking, repairing, backing up
/// and restoring, each of which may read the whole file. Every slot answers with one signal.
class LibraryUpkeep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryUpkeep)

public:
    explicit LibraryUpkeep(Profile profile);

public slots:
    /// Only while no connection to the library is open (before the window opens it).
    void repairIfDamaged(bool fullCheck);
    void check();
    void backUp();
    void restore(const QString &backupPath);

signals:
    void repairFinished(Storage::LibraryRepair::Outcome outcome, const QString &message);
    void checkFinished(const Storage::IntegrityReport &report);
    /// \a message says where the backup is, or why there is none.
    void backupFinished(bool ok, const QString &message);
    void restoreFinished(bool ok, const QString &message);

private:
    Profile m_profile;
};

} // namespace Storage
