#pragma once

#include <QString>
#include <QStringList>

namespace Cli {

/// What was asked for on the command line, with the global options (accepted before or after
/// the command) taken out and the command's own arguments left for the command to parse.
struct Invocation
{
    QString profileDirectory;
    bool verbose = false;
    bool help = false;
    bool version = false;
    QString command;
    QStringList commandArguments;
    QString error; ///< Set when a global option is malformed.

    /// \a arguments as from QCoreApplication::arguments(), the program name first.
    [[nodiscard]] static Invocation parse(const QStringList &arguments);

    /// True when nothing but global options were given: the person wants the window.
    [[nodiscard]] bool opensWindow() const;
};

} // namespace Cli
