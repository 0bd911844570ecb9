#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings parse [--base-url URL] FILE|-`: parses one feed document and prints it as JSON.
/// Exit 0 for a feed (even one recovered with warnings), 1 with a one-line reason otherwise.
class ParseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ParseCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
