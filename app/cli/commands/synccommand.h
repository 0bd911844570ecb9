#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings sync [--account ID]`: sends the changes waiting and brings every remote account
/// (or one) up to date with its server; progress on standard error.
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SyncCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
