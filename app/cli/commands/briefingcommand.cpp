#include "cli/commands/briefingcommand.h"

#include "ai/briefing.h"
#include "cli/context.h"
#include "storage/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Cli {

namespace {

QJsonObject toJson(const Ai::Story &story)
{
    QJsonArray ids;
    for (const qint64 id : story.articleIds)
        ids.append(id);
    return {
        {QStringLiteral("headline"), story.headline},
        {QStringLiteral("articleIds"), ids},
        {QStringLiteral("sources"), QJsonArray::fromStringList(story.sourceTitles)},
        {QStringLiteral("latest"), story.latest.isValid()
                                       ? QJsonValue(story.latest.toUTC().toString(Qt::ISODate))
                                       : QJsonValue()},
        {QStringLiteral("summary"), QJsonArray::fromStringList(story.summary)},
    };
}

void printText(QTextStream &out, const QList<Ai::Story> &stories)
{
    const QLocale locale;
    for (qsizetype i = 0; i < stories.size(); ++i) {
        const Ai::Story &story = stories[i];
        if (i > 0)
            out << "\n";
        out << i + 1 << ". " << story.headline << "\n";
        out << "   "
            << BriefingCommand::tr("%n article(s) from %1, latest at %2", nullptr,
                                   int(story.articleIds.size()))
                   .arg(story.sourceTitles.join(QLatin1String(", ")),
                        locale.toString(story.latest.toLocalTime().time(), QLocale::ShortFormat))
            << "\n";
        for (const QString &sentence : story.summary)
            out << "   " << sentence << "\n";
    }
}

} // namespace

QString BriefingCommand::name() const
{
    return QStringLiteral("briefing");
}

QString BriefingCommand::summary() const
{
    return tr("Show today's news as stories, each with a short summary");
}

void BriefingCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    parser.addOption({QStringLiteral("max"), tr("Show at most <n> stories (default 10)."),
                      QStringLiteral("n"), QStringLiteral("10")});
}

int BriefingCommand::run(const QCommandLineParser &parser, Context &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        context.fail(tr("briefing takes no arguments"));
        return ExitCode::UsageError;
    }
    bool ok = false;
    const int max = parser.value(QStringLiteral("max")).toInt(&ok);
    if (!ok || max < 1 || max > 1000) {
        context.fail(tr("--max needs a number between 1 and 1000"));
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const QList<Ai::Story> stories =
        Ai::Briefing::build(library->database().connection(), QDateTime::currentDateTime(), max);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Ai::Story &story : stories)
            array.append(toJson(story));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (stories.isEmpty()) {
        context.out() << tr("No articles today.") << "\n";
    } else {
        printText(context.out(), stories);
    }
    context.out().flush();
    return ExitCode::Success;
}

} // namespace Cli
