#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings articles [--source ID] [--unread] [--bookmarked] [--search QUERY] [--limit N] [--json]`
/// and, with the query as its argument, `tidings search QUERY`: the same list, newest first.
class ArticlesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ArticlesCommand)

public:
    enum class Mode { List, Search };
    explicit ArticlesCommand(Mode mode) : m_mode(mode) {}

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;

private:
    Mode m_mode;
};

} // namespace Cli
