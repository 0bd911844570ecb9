#pragma once

#include "storage/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Storage {

/// One backup of the library in the profile's backups folder.
struct BackupInfo
{
    QString filePath;
    QDateTime created;
    qint64 size = 0;

    /// The file name, which `tidings restore` accepts.
    [[nodiscard]] QString name() const;
};

/// The rolling backups of a profile's library: copies made with SQLite's online backup, which
/// sees a consistent library while others read and write it. The newest Kept are kept.
class LibraryBackups final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::LibraryBackups)

public:
    static constexpr int Kept = 3;

    explicit LibraryBackups(Profile profile);

    [[nodiscard]] QString directory() const;
    /// The backups, newest first.
    [[nodiscard]] QList<BackupInfo> list() const;
    /// The backup a person named: a file name from list(), or a path.
    [[nodiscard]] QString resolve(const QString &nameOrPath) const;

    /// Backs up the library, then removes all but the newest Kept backups.
    [[nodiscard]] bool create();
    /// Replaces the library's content with \a backupPath's, after checking the backup and
    /// copying the library as it is to before-restore.sqlite in the backups folder. Safe while
    /// others have the library open: they see the restored content with their next read.
    [[nodiscard]] bool restore(const QString &backupPath);

    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool fail(const QString &message);

    Profile m_profile;
    QString m_errorMessage;
};

/// Copies the database \a sourcePath into \a targetPath with SQLite's online backup. False,
/// with the reason in \a errorMessage, on failure.
[[nodiscard]] bool copyDatabase(const QString &sourcePath, const QString &targetPath,
                                QString *errorMessage);

} // namespace Storage
