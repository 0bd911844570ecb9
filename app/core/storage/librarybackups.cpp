#include "storage/librarybackups.h"

#include "base/logging.h"
#include "storage/integritycheck.h"
#include "storage/searchindexfile.h"
#include "storage/sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>

namespace Storage {

namespace {

const QLatin1String Prefix("tidings-");
const QLatin1String Suffix(".sqlite");
const QLatin1String TimeFormat("yyyyMMdd-HHmmss-zzz");

} // namespace

QString BackupInfo::name() const
{
    return QFileInfo(filePath).fileName();
}

bool copyDatabase(const QString &sourcePath, const QString &targetPath, QString *errorMessage)
{
    SqliteConnection source(sourcePath, SqliteConnection::Mode::ReadOnly);
    SqliteConnection target(targetPath, SqliteConnection::Mode::Create);
    if (!source.isOpen() || !target.isOpen()) {
        *errorMessage = source.isOpen() ? target.errorMessage() : source.errorMessage();
        return false;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup) {
        *errorMessage = target.errorMessage();
        return false;
    }
    int status = SQLITE_OK;
    // Small steps: a writer elsewhere waits at most one step for its lock.
    do {
        status = sqlite3_backup_step(backup, 256);
        if (status == SQLITE_BUSY || status == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (status != SQLITE_DONE) {
        *errorMessage = QString::fromUtf8(sqlite3_errstr(status));
        return false;
    }
    return true;
}

LibraryBackups::LibraryBackups(Profile profile) : m_profile(std::move(profile))
{}

QString LibraryBackups::directory() const
{
    return m_profile.filePath(QStringLiteral("backups"));
}

QList<BackupInfo> LibraryBackups::list() const
{
    QList<BackupInfo> backups;
    const QFileInfoList files =
        QDir(directory()).entryInfoList({QString(Prefix + QLatin1Char('*') + Suffix)}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QString stamp = file.completeBaseName().mid(Prefix.size());
        QDateTime created = QDateTime::fromString(stamp, TimeFormat);
        if (!created.isValid())
            continue;
        created.setTimeSpec(Qt::UTC);
        backups.append({file.absoluteFilePath(), created, file.size()});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.created > b.created; });
    return backups;
}

QString LibraryBackups::resolve(const QString &nameOrPath) const
{
    const QString inFolder = QDir(directory()).filePath(nameOrPath);
    if (!nameOrPath.contains(QLatin1Char('/')) && QFileInfo::exists(inFolder))
        return inFolder;
    return QFileInfo(nameOrPath).absoluteFilePath();
}

bool LibraryBackups::create()
{
    if (!QDir().mkpath(directory()))
        return fail(
            tr("Cannot create the backups folder %1.").arg(QDir::toNativeSeparators(directory())));
    QString name = Prefix + QDateTime::currentDateTimeUtc().toString(TimeFormat) + Suffix;
    const QString target = QDir(directory()).filePath(name);
    // Written under another name first: a backup cut short never counts as one.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    QString error;
    if (!copyDatabase(m_profile.databasePath(), partial, &error)) {
        QFile::remove(partial);
        return fail(tr("Cannot back up the library to %1: %2")
                        .arg(QDir::toNativeSeparators(target), error));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(tr("Cannot back up the library to %1.").arg(QDir::toNativeSeparators(target)));
    }
    const QList<BackupInfo> backups = list();
    for (qsizetype i = Kept; i < backups.size(); ++i)
        QFile::remove(backups.at(i).filePath);
    return true;
}

bool LibraryBackups::restore(const QString &backupPath)
{
    const QString nativeBackup = QDir::toNativeSeparators(backupPath);
    const IntegrityReport check = checkIntegrity(backupPath);
    if (check.verdict == IntegrityReport::Verdict::Missing)
        return fail(tr("There is no backup %1.").arg(nativeBackup));
    if (!check.intact())
        return fail(tr("The backup %1 is damaged (%2); the library was not changed.")
                        .arg(nativeBackup, check.problems.value(0)));
    QString error;
    const QString before = QDir(directory()).filePath(QStringLiteral("before-restore.sqlite"));
    QFile::remove(before);
    if (QFileInfo::exists(m_profile.databasePath()) &&
        !copyDatabase(m_profile.databasePath(), before, &error))
        return fail(tr("Cannot keep a copy of the library before restoring (%1); the library "
                       "was not changed.")
                        .arg(error));
    if (!copyDatabase(backupPath, m_profile.databasePath(), &error))
        return fail(tr("Cannot restore the backup %1: %2").arg(nativeBackup, error));
    // The search index holds the articles as they were; it is rebuilt from the restored ones.
    if (!SearchIndexFile::invalidate(m_profile.databasePath(), &error))
        qCWarning(lcStorage) << "the restored library keeps its old search index:" << error;
    return true;
}

bool LibraryBackups::fail(const QString &message)
{
    m_errorMessage = message;
    return false;
}

} // namespace Storage
