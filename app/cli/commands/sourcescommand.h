#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings sources [--json]`: every subscription with its unread count and last error.
class SourcesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SourcesCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
