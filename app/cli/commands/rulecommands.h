#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Storage {
struct Rule;
}

namespace Cli {

/// `tidings rules [--json]`: the rules, their conditions and actions.
class RulesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::RulesCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

/// `tidings rule add --title-contains X ... --action mark-read ...`, `tidings rule remove ID`
/// and `tidings rule test ID`.
class RuleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::RuleCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;

private:
    [[nodiscard]] int add(const QCommandLineParser &parser, Context &context);
    [[nodiscard]] int remove(const QStringList &arguments, Context &context);
    [[nodiscard]] int test(const QStringList &arguments, const QCommandLineParser &parser,
                           Context &context);
    /// The rule the options describe; false (with a message) when they are not enough.
    [[nodiscard]] bool ruleFrom(const QCommandLineParser &parser, Storage::Rule *rule,
                                QString *error) const;
};

/// `tidings mute WORD --until DATE`, `tidings mute --list [--json]` and
/// `tidings mute --remove ID`.
class MuteCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::MuteCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

/// `tidings tag ID NAME [--remove]` and `tidings tag --list [--json]`.
class TagCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::TagCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
