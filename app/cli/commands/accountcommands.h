#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings account add TYPE URL --user NAME` (TYPE: ttrss, greader, freshrss, miniflux,
/// inoreader, theoldreader, bazqux; the password on standard input, kept in the keyring) and
/// `tidings account remove ID`.
class AccountCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::AccountCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;

private:
    [[nodiscard]] int add(const QStringList &arguments, const QCommandLineParser &parser,
                          Context &context);
    [[nodiscard]] int remove(const QStringList &arguments, Context &context);
};

/// `tidings accounts [--json]`: the accounts, their last sync and the changes waiting.
class AccountsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::AccountsCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
