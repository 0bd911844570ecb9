#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings refresh [--source ID]... [--jobs N]`: fetches sources, progress on stderr, a summary
/// at the end. Exits 1 when any source failed.
class RefreshCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::RefreshCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
