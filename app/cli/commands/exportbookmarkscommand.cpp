#include "cli/commands/exportbookmarkscommand.h"

#include "cli/context.h"
#include "reading/bookmarkexport.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QSaveFile>

#include <optional>

namespace Cli {

namespace {

const QString FormatOption = QStringLiteral("format");

std::optional<Reading::BookmarkFormat> formatFromName(const QString &name)
{
    if (name == QLatin1String("html"))
        return Reading::BookmarkFormat::Html;
    if (name == QLatin1String("json"))
        return Reading::BookmarkFormat::Json;
    return std::nullopt;
}

} // namespace

QString ExportBookmarksCommand::name() const
{
    return QStringLiteral("export-bookmarks");
}

QString ExportBookmarksCommand::summary() const
{
    return tr("Write the bookmarked articles as a web page or JSON");
}

void ExportBookmarksCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({FormatOption,
                      tr("html: a web page of links (the default); json: an array of objects "
                         "with title, link, source and date."),
                      QStringLiteral("FORMAT"), QStringLiteral("html")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("Where to write (default: standard output)."),
                                 QStringLiteral("[FILE]"));
}

int ExportBookmarksCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (parser.positionalArguments().size() > 1) {
        context.err() << tr("tidings export-bookmarks: give at most one file") << Qt::endl;
        return ExitCode::UsageError;
    }
    const std::optional<Reading::BookmarkFormat> format =
        formatFromName(parser.value(FormatOption));
    if (!format) {
        context.err() << tr("tidings export-bookmarks: --format is html or json") << Qt::endl;
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const QByteArray bytes = Reading::writeBookmarks(
        Reading::bookmarkedArticles(library->database().connection()), *format, tr("Bookmarks"));
    if (parser.positionalArguments().isEmpty()) {
        context.out() << QString::fromUtf8(bytes);
        context.out().flush();
        return ExitCode::Success;
    }
    // Written in full or not at all: an existing file is replaced only on success.
    QSaveFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return ExitCode::Success;
}

} // namespace Cli
