#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings import-opml FILE`: subscribes to every feed of an OPML file, keeping its folders.
class ImportOpmlCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ImportOpmlCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

/// `tidings export-opml [FILE]`: writes the subscriptions as OPML 2.0 (standard output by default).
class ExportOpmlCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ExportOpmlCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
