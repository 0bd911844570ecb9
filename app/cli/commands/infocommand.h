#pragma once

#include "cli/command.h"

namespace Cli {

/// `tidings info`: the version, where the data lives and what the library holds.
class InfoCommand final : public Command
{
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
