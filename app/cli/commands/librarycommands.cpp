#include "cli/commands/librarycommands.h"

#include "cli/context.h"
#include "storage/integritycheck.h"
#include "storage/library.h"
#include "storage/librarybackups.h"
#include "storage/libraryrepair.h"
#include "storage/searchindexfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

namespace Cli {

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return tr("Check the library for damage (exit 1 when damaged)");
}

void CheckCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("repair"),
                      tr("Repair a damaged library: keep a copy of it and recover what can be "
                         "read.")});
}

int CheckCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QString path = context.profile().databasePath();
    const QString nativePath = QDir::toNativeSeparators(path);
    // The search index is derived data: a damaged one is not the library's damage, it is made
    // again (nothing has the library open here, so the file can go).
    const QString index = Storage::SearchIndexFile::pathFor(path);
    if (Storage::checkIntegrity(index).verdict == Storage::IntegrityReport::Verdict::Damaged) {
        Storage::SearchIndexFile::remove(path);
        context.out() << tr("The search index %1 was damaged; it is rebuilt the next time the "
                            "library is opened.")
                             .arg(QDir::toNativeSeparators(index))
                      << Qt::endl;
    }
    const Storage::IntegrityReport report = Storage::checkIntegrity(path);
    switch (report.verdict) {
    case Storage::IntegrityReport::Verdict::Missing:
        context.out() << tr("There is no library at %1 yet.").arg(nativePath) << Qt::endl;
        return ExitCode::Success;
    case Storage::IntegrityReport::Verdict::Intact:
        context.out() << tr("The library %1 is intact.").arg(nativePath) << Qt::endl;
        return ExitCode::Success;
    case Storage::IntegrityReport::Verdict::Damaged:
        break;
    }
    context.out() << tr("The library %1 is damaged:").arg(nativePath) << "\n";
    for (const QString &problem : report.problems)
        context.out() << "  " << problem << "\n";
    context.out().flush();
    if (!parser.isSet(QStringLiteral("repair"))) {
        context.err() << tr("tidings: run `tidings check --repair` to keep a copy of the damaged "
                            "file and recover what can be read.")
                      << Qt::endl;
        return ExitCode::Failure;
    }
    Storage::LibraryRepair repair(context.profile());
    const Storage::LibraryRepair::Outcome outcome = repair.repair();
    if (outcome == Storage::LibraryRepair::Outcome::Failed)
        return context.fail(repair.message());
    context.out() << repair.message() << Qt::endl;
    return ExitCode::Success;
}

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::summary() const
{
    return tr("Back up the library (the newest three backups are kept)");
}

void BackupCommand::configure(QCommandLineParser &) const
{}

int BackupCommand::run(const QCommandLineParser &, Context &context)
{
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    Storage::LibraryBackups backups(context.profile());
    if (!backups.create())
        return context.fail(backups.errorMessage());
    context.out() << tr("Backed up the library to %1.")
                         .arg(QDir::toNativeSeparators(backups.list().constFirst().filePath))
                  << Qt::endl;
    return ExitCode::Success;
}

QString RestoreCommand::name() const
{
    return QStringLiteral("restore");
}

QString RestoreCommand::summary() const
{
    return tr("List the backups, or restore the library from one");
}

void RestoreCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BACKUP"),
                                 tr("A backup's name as listed, or the path of a backup file; "
                                    "without it, the backups are listed."),
                                 QStringLiteral("[BACKUP]"));
}

int RestoreCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() > 1) {
        context.err() << tr("tidings restore: give at most one backup") << Qt::endl;
        return ExitCode::UsageError;
    }
    Storage::LibraryBackups backups(context.profile());
    if (arguments.isEmpty()) {
        const QList<Storage::BackupInfo> list = backups.list();
        if (list.isEmpty()) {
            context.out() << tr("There are no backups in %1 yet.")
                                 .arg(QDir::toNativeSeparators(backups.directory()))
                          << Qt::endl;
            return ExitCode::Success;
        }
        const QLocale locale;
        for (const Storage::BackupInfo &backup : list) {
            context.out() << backup.name() << "  "
                          << locale.toString(backup.created.toLocalTime(), QLocale::ShortFormat)
                          << "  " << locale.formattedDataSize(backup.size) << "\n";
        }
        context.out().flush();
        return ExitCode::Success;
    }
    const QString backupPath = backups.resolve(arguments.constFirst());
    if (!backups.restore(backupPath))
        return context.fail(backups.errorMessage());
    context.out()
        << tr("Restored the library from %1. The library as it was is kept in %2.")
               .arg(
                   QDir::toNativeSeparators(backupPath),
                   QDir::toNativeSeparators(
                       QDir(backups.directory()).filePath(QStringLiteral("before-restore.sqlite"))))
        << Qt::endl;
    return ExitCode::Success;
}

} // namespace Cli
