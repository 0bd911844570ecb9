#include "storage/library.h"

#include "storage/migrationrunner.h"

#include <QFileInfo>
#include <QSettings>

namespace Storage {

Library::Library(const Profile &profile, Database::Access access)
    : m_profile(profile),
      m_database(std::make_unique<Database>(
          profile.databasePath(), QString::fromLatin1(MigrationRunner::DefaultDirectory), access)),
      m_settings(profile.openSettings())
{}

Library::~Library() = default;

std::unique_ptr<Library> Library::open(const Profile &profile, QString *errorMessage)
{
    if (!profile.prepare(errorMessage)) {
        // A folder that cannot be written to (a read-only mount, a backup drive): what is
        // there can still be read.
        if (!QFileInfo(profile.databasePath()).isReadable())
            return nullptr;
        std::unique_ptr<Library> library(new Library(profile, Database::Access::ReadOnly));
        if (!library->m_database->open()) {
            *errorMessage += QLatin1Char(' ') + library->m_database->errorMessage();
            return nullptr;
        }
        library->m_readOnlyReason = *errorMessage + QLatin1Char(' ') +
                                    tr("Tidings opened the library read-only: you can read it, "
                                       "but nothing can be changed or refreshed.");
        return library;
    }
    std::unique_ptr<Library> library(new Library(profile, Database::Access::ReadWrite));
    if (!library->m_database->open()) {
        *errorMessage = library->m_database->errorMessage();
        return nullptr;
    }
    return library;
}

} // namespace Storage
