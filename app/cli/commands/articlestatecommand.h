#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings read ID [--unread]` and `tidings bookmark ID [--remove]`: set one flag of one article.
class ArticleStateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ArticleStateCommand)

public:
    enum class Flag { Read, Bookmark };
    explicit ArticleStateCommand(Flag flag) : m_flag(flag) {}

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;

private:
    [[nodiscard]] QString undoOption() const;

    Flag m_flag;
};

} // namespace Cli
