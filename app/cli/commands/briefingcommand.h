#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings briefing [--json] [--max N]`: today's news grouped into stories, with summaries.
class BriefingCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::BriefingCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
