#pragma once

#include "command.h"

namespace Cli {

/// `tidings summarize-text FILE [--key-points]`: the built-in summary of a plain-text file.
class SummarizeTextCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
