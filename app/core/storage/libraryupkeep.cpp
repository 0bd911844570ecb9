#include "storage/libraryupkeep.h"

#include "base/logging.h"
#include "storage/librarybackups.h"
#include "storage/searchindexfile.h"

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
    // A damaged search index is no damage to the library: the library disowns it, and it is
    // rebuilt at the next start.
    const QString index = SearchIndexFile::pathFor(m_profile.databasePath());
    if (checkIntegrity(index).verdict == IntegrityReport::Verdict::Damaged) {
        QString error;
        if (!SearchIndexFile::invalidate(m_profile.databasePath(), &error))
            qCWarning(lcStorage) << "cannot have the search index rebuilt:" << error;
    }
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
