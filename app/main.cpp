#include "applicationinfo.h"
#include "builtincommands.h"
#include "dispatcher.h"
#include "guiapplication.h"
#include "invocation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const Cli::Invocation invocation = Cli::Invocation::parse(arguments);

    // The window needs a display; every command runs without one.
    if (invocation.opensWindow())
        return Ui::runGuiApplication(argc, argv, invocation);

    QCoreApplication app(argc, argv);
    ApplicationInfo::apply();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::Dispatcher dispatcher(out, err);
    Cli::addBuiltinCommands(dispatcher);
    return dispatcher.run(invocation);
}
