#include "invocation.h"

#include <QCoreApplication>

namespace Cli {

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
        } else if (invocation.command.isEmpty() && !argument.startsWith(QLatin1Char('-'))) {
            invocation.command = argument;
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
