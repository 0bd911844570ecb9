#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings add URL [--folder NAME]`: subscribes to a feed, or to the feed a website offers,
/// then fetches it once.
class AddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::AddCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
