#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings related ARTICLE_ID [--limit N] [--json]`: the articles of the library most related
/// to one article, best first (Reading::RelatedArticles).
class RelatedCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::RelatedCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
