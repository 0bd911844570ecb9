#include "storage/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace Storage {

QString Profile::resolveDirectory(const QString &commandLineDirectory)
{
    if (!commandLineDirectory.isEmpty())
        return QDir(commandLineDirectory).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable(EnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Profile::Profile(const QString &directory) : m_directory(QDir::cleanPath(directory))
{}

bool Profile::prepare(QString *errorMessage) const
{
    const QFileInfo info(m_directory);
    if (info.exists() && !info.isDir()) {
        *errorMessage = tr("The profile folder %1 is a file. Choose another folder with "
                           "--profile or move the file away.")
                            .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *errorMessage = tr("Cannot create the profile folder %1. Check that its parent folder "
                           "exists and that you may write to it, or choose another folder with "
                           "--profile.")
                            .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    // Permission bits do not tell the whole story (read-only mounts, ACLs, root): try a write.
    QTemporaryFile probe(filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open()) {
        *errorMessage = tr("The profile folder %1 is not writable. Give yourself write "
                           "permission on it or choose another folder with --profile.")
                            .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    return true;
}

QString Profile::databasePath() const
{
    return filePath(QStringLiteral("tidings.sqlite"));
}

QString Profile::settingsPath() const
{
    return filePath(QStringLiteral("settings.ini"));
}

QString Profile::filePath(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}

std::unique_ptr<QSettings> Profile::openSettings() const
{
    return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

} // namespace Storage
