#include "storage/libraryupkeep.h"

#include "storage/librarybackups.h"

#include <QDir>

namespace Storage {

LibraryUpkeep::LibraryUpkeep(Profile profile) : m_profile(std::move(profile))
{
    qRegisterMetaType<Storage::IntegrityReport>();
    qRegisterMetaType<Storage::LibraryRepair::Outcome>();
}

void LibraryUpkeep::repairIfDamaged(bool fullCheck)
{
    LibraryRepair repair(m_profile);
    const LibraryRepair::Outcome outcome = repair.repairIfDamaged(fullCheck);
    emit repairFinished(outcome, repair.message());
}

void LibraryUpkeep::check()
{
    emit checkFinished(checkIntegrity(m_profile.databasePath()));
}

void LibraryUpkeep::backUp()
{
    LibraryBackups backups(m_profile);
    if (!backups.create()) {
        emit backupFinished(false, backups.errorMessage());
        return;
    }
    emit backupFinished(true, QDir::toNativeSeparators(backups.list().constFirst().filePath));
}

void LibraryUpkeep::restore(const QString &backupPath)
{
    LibraryBackups backups(m_profile);
    const bool ok = backups.restore(backupPath);
    emit restoreFinished(ok, ok ? QString() : backups.errorMessage());
}

} // namespace Storage
