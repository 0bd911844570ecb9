#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings check [--repair]`: SQLite's integrity check of the library; exit 0 when intact,
/// 1 when damaged. With --repair a damaged library is healed (exit 0 once it is).
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::CheckCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

/// `tidings backup`: adds a backup of the library to the rolling three.
class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::BackupCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

/// `tidings restore [BACKUP]`: lists the backups, or restores the library from one.
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::RestoreCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
