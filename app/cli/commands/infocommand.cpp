#include "cli/commands/infocommand.h"

#include "base/buildinfo.h"
#include "cli/context.h"
#include "storage/library.h"
#include "storage/librarystatistics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Cli {

QString InfoCommand::name() const
{
    return QStringLiteral("info");
}

QString InfoCommand::summary() const
{
    return QCoreApplication::translate("Cli::InfoCommand",
                                       "Show the version, the profile folder and the library");
}

void InfoCommand::configure(QCommandLineParser &) const
{}

int InfoCommand::run(const QCommandLineParser &, Context &context)
{
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const Storage::LibraryStatistics statistics(library->database().connection());
    const Storage::Profile &profile = context.profile();
    const auto line = [&](const char *label, const QString &value) {
        context.out() << QCoreApplication::translate("Cli::InfoCommand", label) << ": " << value
                      << "\n";
    };
    line(QT_TRANSLATE_NOOP("Cli::InfoCommand", "Version"), QStringLiteral(TIDINGS_VERSION));
    line(QT_TRANSLATE_NOOP("Cli::InfoCommand", "Profile"),
         QDir::toNativeSeparators(profile.directory()));
    line(QT_TRANSLATE_NOOP("Cli::InfoCommand", "Database"),
         QDir::toNativeSeparators(profile.databasePath()));
    line(QT_TRANSLATE_NOOP("Cli::InfoCommand", "Settings"),
         QDir::toNativeSeparators(profile.settingsPath()));
    line(QT_TRANSLATE_NOOP("Cli::InfoCommand", "Schema"),
         QString::number(statistics.schemaVersion()));
    line(QT_TRANSLATE_NOOP("Cli::InfoCommand", "Sources"),
         QString::number(statistics.sourceCount()));
    line(QT_TRANSLATE_NOOP("Cli::InfoCommand", "Articles"),
         QString::number(statistics.articleCount()));
    context.out().flush();
    return ExitCode::Success;
}

} // namespace Cli
