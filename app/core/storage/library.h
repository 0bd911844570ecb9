#pragma once

#include "storage/database.h"
#include "storage/profile.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSettings;

namespace Storage {

/// A person's open library: the profile folder, its database and its settings, opened together
/// by the window and by every command that needs them.
class Library final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::Library)

public:
    /// Prepares the profile folder and opens the database. On failure returns nullptr and sets
    /// \a errorMessage to a sentence naming the folder or file and what to do. A library in a
    /// folder that cannot be written to is opened read-only (see readOnlyReason()).
    [[nodiscard]] static std::unique_ptr<Library> open(const Profile &profile,
                                                       QString *errorMessage);
    ~Library();
    Q_DISABLE_COPY_MOVE(Library)

    [[nodiscard]] const Profile &profile() const { return m_profile; }
    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] QSettings &settings() { return *m_settings; }
    /// Opened read-only because the profile folder cannot be written to.
    [[nodiscard]] bool isReadOnly() const { return m_database->isReadOnly(); }
    /// Why the library is read-only and what that means, for the person; empty when it is not.
    [[nodiscard]] QString readOnlyReason() const { return m_readOnlyReason; }

private:
    Library(const Profile &profile, Database::Access access);

    Profile m_profile;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QSettings> m_settings;
    QString m_readOnlyReason;
};

} // namespace Storage
