#include "base/applicationinfo.h"
#include "base/invocation.h"
#include "cli/builtincommands.h"
#include "cli/dispatcher.h"
#include "i18n/translations.h"
#include "storage/profile.h"
#include "windowlauncher.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <optional>
#include <variant>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const Cli::Invocation invocation = Cli::Invocation::parse(arguments);

    // The window needs a display; every command runs without one, and without loading the
    // window's libraries.
    std::optional<WindowLauncher::Failure> windowFailure;
    if (invocation.opensWindow()) {
        auto outcome = WindowLauncher::run(argc, argv, invocation);
        if (const int *exitCode = std::get_if<int>(&outcome))
            return *exitCode;
        windowFailure = std::get<WindowLauncher::Failure>(std::move(outcome));
    }

    QCoreApplication app(argc, argv);
    ApplicationInfo::apply();
    const Storage::Profile profile(Storage::Profile::resolveDirectory(invocation.profileDirectory));
    I18n::install(app, I18n::localeFor(I18n::configuredLanguage(*profile.openSettings())));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (windowFailure) {
        err << windowFailure->message() << Qt::endl;
        return 1;
    }
    Cli::Dispatcher dispatcher(out, err);
    Cli::addBuiltinCommands(dispatcher);
    return dispatcher.run(invocation);
}
