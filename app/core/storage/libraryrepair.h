#pragma once

#include "storage/libraryrecovery.h"
#include "storage/profile.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Storage {

/// Heals a profile's damaged library: copies the file (and its -wal and -shm) aside into a
/// "damaged-<time>" folder of the profile, recovers what is readable into a new library
/// (LibraryRecovery) and puts that in the damaged file's place. No connection to the library
/// may be open in this process while it runs.
class LibraryRepair final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::LibraryRepair)

public:
    enum class Outcome { Healthy, Repaired, Failed };

    explicit LibraryRepair(Profile profile);

    /// Repairs the library when it cannot be read at all; with \a fullCheck, also when SQLite's
    /// integrity check finds damage anywhere (this reads the whole file).
    [[nodiscard]] Outcome repairIfDamaged(bool fullCheck);
    /// Repairs the library whatever its state.
    [[nodiscard]] Outcome repair();

    /// After Repaired: what was recovered and where the damaged copy is, in words for the
    /// person. After Failed: why, and that the library was left as it was.
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString damagedCopyDirectory() const { return m_damagedCopyDirectory; }
    [[nodiscard]] const RecoveryReport &report() const { return m_report; }

private:
    Outcome fail(const QString &message);
    /// Deletes the search index file when it cannot be read, or (\a fullCheck) fails the
    /// integrity check: it is rebuilt when the library opens.
    void dropDamagedSearchIndex(bool fullCheck);

    Profile m_profile;
    QString m_message;
    QString m_damagedCopyDirectory;
    RecoveryReport m_report;
};

/// True when \a filePath exists and SQLite cannot read its header and schema: the damage that
/// stops a library from opening at all. Reads a page or two, so it is cheap.
[[nodiscard]] bool isUnreadable(const QString &filePath);

} // namespace Storage

Q_DECLARE_METATYPE(Storage::LibraryRepair::Outcome)
