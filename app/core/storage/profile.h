#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QSettings;

namespace Storage {

/// The folder that holds everything Tidings keeps for one person: the database, the settings
/// file and caches. Tests and benchmarks point it at a throw-away folder.
class Profile final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::Profile)

public:
    static constexpr const char *EnvironmentVariable = "TIDINGS_PROFILE";

    /// The folder to use: \a commandLineDirectory when given, else $TIDINGS_PROFILE, else the
    /// platform's application data folder.
    [[nodiscard]] static QString resolveDirectory(const QString &commandLineDirectory = {});

    explicit Profile(const QString &directory);

    /// Creates the folder when missing and checks that it can be written to. On failure,
    /// \a errorMessage says which folder and what the person can do about it.
    [[nodiscard]] bool prepare(QString *errorMessage) const;

    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString settingsPath() const;
    [[nodiscard]] QString filePath(const QString &name) const;

    /// Settings live in an INI file inside the profile, never in the platform registry.
    [[nodiscard]] std::unique_ptr<QSettings> openSettings() const;

private:
    QString m_directory;
};

} // namespace Storage
