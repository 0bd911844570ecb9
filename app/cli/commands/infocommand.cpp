#include "infocommand.h"

#include "buildinfo.h"
#include "context.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

namespace Cli {

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

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
    const QSqlDatabase db = library->database().connection();
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
         QString::number(count(db, QStringLiteral("PRAGMA user_version"))));
    line(QT_TRANSLATE_NOOP("Cli::InfoCommand", "Sources"),
         QString::number(count(db, QStringLiteral("SELECT count(*) FROM sources"))));
    line(QT_TRANSLATE_NOOP("Cli::InfoCommand", "Articles"),
         QString::number(count(db, QStringLiteral("SELECT count(*) FROM articles"))));
    context.out().flush();
    return ExitCode::Success;
}

} // namespace Cli
