#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings summarize ID [--provider builtin|remote] [--key-points] [--fresh]`: a summary or
/// the key points of an article from the built-in summarizer or the language model server in
/// the profile's settings, streamed to standard output as it arrives. Refuses while AI
/// features are off, unless the built-in summarizer is asked for by name.
class SummarizeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SummarizeCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
