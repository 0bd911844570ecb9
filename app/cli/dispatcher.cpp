#include "cli/dispatcher.h"

#include "base/buildinfo.h"
#include "base/invocation.h"
#include "base/logging.h"
#include "cli/context.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Cli {

Dispatcher::Dispatcher(QTextStream &out, QTextStream &err) : m_out(out), m_err(err)
{}

void Dispatcher::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *Dispatcher::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString Dispatcher::usage() const
{
    QString text = tr("Usage: tidings [--profile DIR] [--verbose] [COMMAND [OPTIONS]]\n"
                      "       tidings [--profile DIR] [FILE | URL]...\n"
                      "\n"
                      "Tidings is a news reader. Without a command it opens its window. Given\n"
                      "feed files or links, it offers to subscribe to them; given OPML files, to\n"
                      "import them.\n"
                      "\n"
                      "Commands:\n");
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands)
        text +=
            QStringLiteral("  %1  %2\n").arg(command->name(), int(-width)).arg(command->summary());
    text +=
        tr("\n"
           "Global options (before or after the command):\n"
           "  --profile DIR  Keep all data in DIR instead of the default data folder\n"
           "                 (the TIDINGS_PROFILE environment variable does the same)\n"
           "  --verbose      Print debug messages of the tidings.* logging categories\n"
           "  -h, --help     Show this help; 'tidings COMMAND --help' shows a command's options\n"
           "  --version      Show the version\n");
    return text;
}

int Dispatcher::run(const Invocation &invocation)
{
    Logging::setVerbose(invocation.verbose);
    if (!invocation.error.isEmpty()) {
        m_err << "tidings: " << invocation.error << "\n\n" << usage() << Qt::flush;
        return ExitCode::UsageError;
    }
    if (invocation.version) {
        m_out << "tidings " << TIDINGS_VERSION << Qt::endl;
        return ExitCode::Success;
    }
    if (invocation.command.isEmpty()) {
        (invocation.help ? m_out : m_err) << usage() << Qt::flush;
        return invocation.help ? ExitCode::Success : ExitCode::UsageError;
    }
    Command *command = find(invocation.command);
    if (!command) {
        m_err << tr("tidings: unknown command '%1'").arg(invocation.command) << "\n\n"
              << usage() << Qt::flush;
        return ExitCode::UsageError;
    }
    return runCommand(*command, invocation);
}

int Dispatcher::runCommand(Command &command, const Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    parser.addOption(helpOption);
    command.configure(parser);

    const QString program = QStringLiteral("tidings ") + command.name();
    if (!parser.parse(QStringList{program} + invocation.commandArguments)) {
        m_err << program << ": " << parser.errorText() << "\n"
              << tr("Try '%1 --help'.").arg(program) << Qt::endl;
        return ExitCode::UsageError;
    }
    if (parser.isSet(helpOption)) {
        // QCommandLineParser names the executable only; name the command as well.
        // The executable is looked up by its path, not by the words around it, which Qt's
        // own translations change ("Aufruf: … [Optionen]").
        QString help = parser.helpText();
        const QString executable = QCoreApplication::arguments().value(0);
        const qsizetype at = help.left(help.indexOf(QLatin1Char('\n'))).indexOf(executable);
        if (!executable.isEmpty() && at >= 0)
            help.replace(at, executable.size(), program);
        m_out << help << Qt::flush;
        return ExitCode::Success;
    }

    Context context(
        Storage::Profile(Storage::Profile::resolveDirectory(invocation.profileDirectory)), m_out,
        m_err);
    return command.run(parser, context);
}

} // namespace Cli
