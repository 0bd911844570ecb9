#pragma once

#include "storage/database.h"
#include "storage/profile.h"

#include <QString>

#include <memory>

class QSettings;

namespace Storage {

/// A person's open library: the profile folder, its database and its settings, opened together
/// by the window and by every command that needs them.
class Library final
{
public:
    /// Prepares the profile folder and opens the database. On failure returns nullptr and sets
    /// \a errorMessage to a sentence naming the folder or file and what to do.
    [[nodiscard]] static std::unique_ptr<Library> open(const Profile &profile,
                                                       QString *errorMessage);
    ~Library();
    Q_DISABLE_COPY_MOVE(Library)

    [[nodiscard]] const Profile &profile() const { return m_profile; }
    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] QSettings &settings() { return *m_settings; }

private:
    explicit Library(const Profile &profile);

    Profile m_profile;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Storage
