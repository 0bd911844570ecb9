#include "cli/commands/sourcescommand.h"

#include "cli/context.h"
#include "storage/library.h"
#include "storage/sourcerepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli {

namespace {

QJsonObject toJson(const Storage::Source &source)
{
    return {
        {QStringLiteral("id"), source.id},
        {QStringLiteral("title"), source.title},
        {QStringLiteral("url"), source.feedUrl.toString()},
        {QStringLiteral("site"), source.siteUrl.toString()},
        {QStringLiteral("folder_id"), source.folderId},
        {QStringLiteral("unread"), source.unreadCount},
        {QStringLiteral("total"), source.totalCount},
        {QStringLiteral("paused"), source.paused},
        {QStringLiteral("last_fetch"),
         source.lastFetch.isValid() ? QJsonValue(source.lastFetch.toUTC().toString(Qt::ISODate))
                                    : QJsonValue()},
        {QStringLiteral("last_error"),
         source.lastError.isEmpty() ? QJsonValue() : QJsonValue(source.lastError)},
    };
}

} // namespace

QString SourcesCommand::name() const
{
    return QStringLiteral("sources");
}

QString SourcesCommand::summary() const
{
    return tr("List the sources with their unread counts and last errors");
}

void SourcesCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
}

int SourcesCommand::run(const QCommandLineParser &parser, Context &context)
{
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const Storage::SourceRepository repository(library->database().connection());
    const QList<Storage::Source> sources = repository.all();
    if (sources.isEmpty() && !repository.errorMessage().isEmpty())
        return context.fail(repository.errorMessage());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Storage::Source &source : sources)
            array.append(toJson(source));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out().flush();
        return ExitCode::Success;
    }
    for (const Storage::Source &source : sources) {
        context.out() << QStringLiteral("%1  %2  %3  %4\n")
                             .arg(source.id, 5)
                             .arg(source.unreadCount, 6)
                             .arg(source.title.isEmpty() ? tr("(untitled)") : source.title,
                                  source.feedUrl.toDisplayString());
        if (!source.lastError.isEmpty())
            context.out() << QStringLiteral("       ") << tr("last error: %1").arg(source.lastError)
                          << "\n";
    }
    context.out().flush();
    return ExitCode::Success;
}

} // namespace Cli
