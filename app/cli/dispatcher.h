#pragma once

#include "cli/command.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <vector>

namespace Cli {

struct Invocation;

/// Runs `tidings COMMAND [options]`: finds the command, parses its options, handles --help,
/// --version and usage errors, and hands the command a Context.
class Dispatcher final
{
    Q_DECLARE_TR_FUNCTIONS(Cli::Dispatcher)

public:
    Dispatcher(QTextStream &out, QTextStream &err);

    void add(std::unique_ptr<Command> command);
    [[nodiscard]] int run(const Invocation &invocation);
    [[nodiscard]] QString usage() const;

private:
    [[nodiscard]] Command *find(const QString &name) const;
    int runCommand(Command &command, const Invocation &invocation);

    QTextStream &m_out;
    QTextStream &m_err;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Cli
