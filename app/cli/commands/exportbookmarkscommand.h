#pragma once

#include "cli/command.h"

#include <QCoreApplication>

namespace Cli {

/// `tidings export-bookmarks [--format html|json] [FILE]`: writes the bookmarked articles as the
/// window's File → Export Bookmarks does (standard output by default).
class ExportBookmarksCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ExportBookmarksCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    [[nodiscard]] int run(const QCommandLineParser &parser, Context &context) override;
};

} // namespace Cli
