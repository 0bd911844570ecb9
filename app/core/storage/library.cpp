#include "storage/library.h"

#include <QSettings>

namespace Storage {

Library::Library(const Profile &profile)
    : m_profile(profile), m_database(std::make_unique<Database>(profile.databasePath())),
      m_settings(profile.openSettings())
{}

Library::~Library() = default;

std::unique_ptr<Library> Library::open(const Profile &profile, QString *errorMessage)
{
    if (!profile.prepare(errorMessage))
        return nullptr;
    std::unique_ptr<Library> library(new Library(profile));
    if (!library->m_database->open()) {
        *errorMessage = library->m_database->errorMessage();
        return nullptr;
    }
    return library;
}

} // namespace Storage
