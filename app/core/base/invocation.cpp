#include "base/invocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace Cli {

namespace {

// What `tidings ARGUMENT` may open instead of running a command; empty when it is none.
QString openTarget(const QString &argument)
{
    static const QStringList schemes{QStringLiteral("feed"), QStringLiteral("feeds"),
                                     QStringLiteral("http"), QStringLiteral("https"),
                                     QStringLiteral("file")};
    const qsizetype colon = argument.indexOf(QLatin1Char(':'));
    if (colon > 1 && schemes.contains(argument.left(colon).toLower()))
        return argument;
    const bool looksLikePath =
        argument.contains(QLatin1Char('.')) || argument.contains(QLatin1Char('/'));
    const QFileInfo file(argument);
    if (looksLikePath && file.isFile())
        return file.absoluteFilePath();
    return {};
}

} // namespace

Invocation Invocation::parse(const QStringList &arguments)
{
    Invocation invocation;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded) {
            invocation.commandArguments.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            if (!invocation.command.isEmpty())
                invocation.commandArguments.append(argument);
        } else if (argument == QLatin1String("--profile")) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                invocation.error = QCoreApplication::translate(
                    "Cli::Invocation", "--profile needs a folder, as in --profile DIR");
                break;
            }
            invocation.profileDirectory = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--profile="))) {
            invocation.profileDirectory = argument.mid(int(qstrlen("--profile=")));
        } else if (argument == QLatin1String("--verbose")) {
            invocation.verbose = true;
        } else if (invocation.command.isEmpty() &&
                   (argument == QLatin1String("--help") || argument == QLatin1String("-h"))) {
            invocation.help = true;
        } else if (invocation.command.isEmpty() && argument == QLatin1String("--version")) {
            invocation.version = true;
        } else if (invocation.command.isEmpty() &&
                   argument == QLatin1String("--quit-after-first-paint")) {
            invocation.quitAfterFirstPaint = true;
        } else if (invocation.command.isEmpty() && !argument.startsWith(QLatin1Char('-'))) {
            const QString target = openTarget(argument);
            if (!target.isEmpty())
                invocation.openTargets.append(target);
            else if (invocation.openTargets.isEmpty())
                invocation.command = argument;
            else {
                invocation.error = QCoreApplication::translate(
                                       "Cli::Invocation", "'%1' is neither a file nor a feed link")
                                       .arg(argument);
                break;
            }
        } else if (invocation.command.isEmpty()) {
            invocation.error =
                QCoreApplication::translate("Cli::Invocation", "unknown option '%1'").arg(argument);
            break;
        } else {
            invocation.commandArguments.append(argument);
        }
    }
    return invocation;
}

bool Invocation::opensWindow() const
{
    return command.isEmpty() && !help && !version && error.isEmpty();
}

} // namespace Cli
