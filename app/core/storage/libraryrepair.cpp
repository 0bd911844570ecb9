#include "storage/libraryrepair.h"

#include "base/logging.h"
#include "storage/integritycheck.h"
#include "storage/searchindexfile.h"
#include "storage/sqliteconnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <sqlite3.h>

#include <cstdio>

namespace Storage {

namespace {

const QString Suffixes[] = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

// Replaces \a target with \a source in one step, so that no moment is left without a library.
bool replaceFile(const QString &source, const QString &target)
{
    return std::rename(QFile::encodeName(source).constData(),
                       QFile::encodeName(target).constData()) == 0;
}

} // namespace

bool isUnreadable(const QString &filePath)
{
    if (!QFileInfo::exists(filePath))
        return false;
    SqliteConnection connection(filePath, SqliteConnection::Mode::ReadOnly);
    if (!connection.isOpen())
        return false; // cannot be opened at all (permissions): not damage
    SqliteStatement schema(connection, "SELECT count(*) FROM sqlite_schema");
    if (schema.step() == SQLITE_ROW)
        return false;
    const int code = connection.errorCode() & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

LibraryRepair::LibraryRepair(Profile profile) : m_profile(std::move(profile))
{}

LibraryRepair::Outcome LibraryRepair::repairIfDamaged(bool fullCheck)
{
    const QString path = m_profile.databasePath();
    dropDamagedSearchIndex(fullCheck);
    if (isUnreadable(path))
        return repair();
    if (!fullCheck)
        return Outcome::Healthy;
    const IntegrityReport check = checkIntegrity(path);
    if (check.verdict != IntegrityReport::Verdict::Damaged)
        return Outcome::Healthy;
    qCInfo(lcStorage) << "the library is damaged:" << check.problems.mid(0, 5);
    return repair();
}

LibraryRepair::Outcome LibraryRepair::repair()
{
    const QString path = m_profile.databasePath();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_damagedCopyDirectory = m_profile.filePath(QStringLiteral("damaged-") + stamp);
    const QString nativeCopy = QDir::toNativeSeparators(m_damagedCopyDirectory);
    if (!QDir().mkpath(m_damagedCopyDirectory))
        return fail(
            tr("Cannot create the folder %1 for a copy of the damaged library.").arg(nativeCopy));
    for (const QString &suffix : Suffixes) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) &&
            !QFile::copy(file, QDir(m_damagedCopyDirectory).filePath(QFileInfo(file).fileName()))) {
            return fail(
                tr("Cannot copy the damaged library to %1 (is the disk full?).").arg(nativeCopy));
        }
    }

    const QString recovered = path + QStringLiteral(".recovered");
    QFile::remove(recovered);
    LibraryRecovery recovery;
    if (!recovery.recover(path, recovered)) {
        QFile::remove(recovered);
        return fail(recovery.errorMessage());
    }
    m_report = recovery.report();
    if (!m_report.libraryFound) {
        // Nothing to go on with: the file stays where it is, as it is, for the person to judge.
        QFile::remove(recovered);
        QDir(m_damagedCopyDirectory).removeRecursively();
        m_damagedCopyDirectory.clear();
        m_message = tr("The database %1 is damaged or is not a Tidings database, and nothing "
                       "in it could be recovered. Tidings has left it untouched. Move it aside "
                       "or restore a backup (tidings restore), then start Tidings again.")
                        .arg(QDir::toNativeSeparators(path));
        return Outcome::Failed;
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    // The index served the damaged file; it is built anew from what was recovered.
    SearchIndexFile::remove(path);
    if (!replaceFile(recovered, path))
        return fail(tr("Cannot put the recovered library in place of %1.")
                        .arg(QDir::toNativeSeparators(path)));

    const QLocale locale;
    m_message = tr("Your library was damaged, and Tidings has repaired it. It recovered %1 "
                   "sources, %2 articles and %3 bookmarks.")
                    .arg(locale.toString(m_report.rows(QStringLiteral("sources"))),
                         locale.toString(m_report.rows(QStringLiteral("articles"))),
                         locale.toString(m_report.bookmarks));
    if (m_report.unreadableParts > 0 || m_report.orphansDropped > 0)
        m_message += QLatin1Char(' ') + tr("Some parts of the file could not be read; what they "
                                           "held is lost.");
    m_message += QLatin1Char(' ') + tr("A copy of the damaged file is in %1.").arg(nativeCopy);
    qCInfo(lcStorage).noquote() << m_message;
    return Outcome::Repaired;
}

void LibraryRepair::dropDamagedSearchIndex(bool fullCheck)
{
    // Derived data: a damaged index is not repaired but made again (SearchIndexFile::prepare).
    const QString index = SearchIndexFile::pathFor(m_profile.databasePath());
    if (!QFileInfo::exists(index))
        return;
    if (!isUnreadable(index) &&
        (!fullCheck || checkIntegrity(index).verdict != IntegrityReport::Verdict::Damaged))
        return;
    qCInfo(lcStorage) << "the search index is damaged; it will be rebuilt";
    SearchIndexFile::remove(m_profile.databasePath());
}

LibraryRepair::Outcome LibraryRepair::fail(const QString &message)
{
    m_message = tr("Your library is damaged, and Tidings could not repair it: %1 The library "
                   "was left as it was.")
                    .arg(message);
    return Outcome::Failed;
}

} // namespace Storage
