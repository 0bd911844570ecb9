#pragma once

#include <QString>

class QCommandLineParser;

namespace Cli {

class Context;

/// One `tidings COMMAND`. The dispatcher parses the command's options with the parser the
/// command configured and handles --help; the command does the work and returns the exit code.
class Command
{
public:
    virtual ~Command() = default;

    [[nodiscard]] virtual QString name() const = 0;
    /// One line for the list of commands in the usage text.
    [[nodiscard]] virtual QString summary() const = 0;
    virtual void configure(QCommandLineParser &parser) const = 0;
    [[nodiscard]] virtual int run(const QCommandLineParser &parser, Context &context) = 0;
};

/// Exit codes shared by every command.
enum ExitCode : int { Success = 0, Failure = 1, UsageError = 2 };

} // namespace Cli
