#include "cli/commands/opmlcommands.h"

#include "cli/context.h"
#include "storage/library.h"
#include "subscriptions/opml.h"
#include "subscriptions/opmlimporter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace Cli {

QString ImportOpmlCommand::name() const
{
    return QStringLiteral("import-opml");
}

QString ImportOpmlCommand::summary() const
{
    return tr("Subscribe to the feeds of an OPML file, keeping its folders");
}

void ImportOpmlCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The OPML file."));
}

int ImportOpmlCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() != 1) {
        context.err() << tr("tidings import-opml: give one file") << Qt::endl;
        return ExitCode::UsageError;
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const Subscriptions::OpmlReadResult read = Subscriptions::readOpml(file.readAll());
    if (!read.ok())
        return context.fail(
            tr("%1 is not a usable OPML file: %2").arg(file.fileName(), read.error));

    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    Subscriptions::OpmlImporter importer(library->database().connection());
    const Subscriptions::ImportReport report = importer.import(read.document);
    if (!report.ok())
        return context.fail(report.error);

    for (const QString &warning : read.warnings)
        context.err() << tr("warning: %1").arg(warning) << Qt::endl;
    for (const QString &failure : report.failures)
        context.err() << tr("failed: %1").arg(failure) << Qt::endl;
    context.out()
        << tr("Imported %1: %2 added, %3 skipped (already subscribed or listed twice), %4 failed")
               .arg(file.fileName())
               .arg(report.added)
               .arg(report.skipped)
               .arg(report.failed)
        << Qt::endl;
    const bool nothingUsable = report.added == 0 && report.skipped == 0 && report.failed > 0;
    return nothingUsable ? ExitCode::Failure : ExitCode::Success;
}

QString ExportOpmlCommand::name() const
{
    return QStringLiteral("export-opml");
}

QString ExportOpmlCommand::summary() const
{
    return tr("Write the subscriptions as an OPML file");
}

void ExportOpmlCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Where to write (default: standard output)."),
                                 QStringLiteral("[FILE]"));
}

int ExportOpmlCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() > 1) {
        context.err() << tr("tidings export-opml: give at most one file") << Qt::endl;
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const QByteArray opml = Subscriptions::writeOpml(Subscriptions::libraryAsOpml(
        library->database().connection(), tr("Tidings subscriptions")));
    if (parser.positionalArguments().isEmpty()) {
        context.out() << QString::fromUtf8(opml);
        context.out().flush();
        return ExitCode::Success;
    }
    // Written in full or not at all: an existing file is replaced only on success.
    QSaveFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit())
        return context.fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return ExitCode::Success;
}

} // namespace Cli
