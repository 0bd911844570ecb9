#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings extract FILE|URL [--html]`: the main content of a web page, as "Load full
/// article" shows it: plain text by default, sanitized HTML with --html.
class ExtractCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ExtractCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
