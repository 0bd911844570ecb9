#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings summarize-text FILE [--key-points]`: the built-in summary of a plain-text file.
class SummarizeTextCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SummarizeTextCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
