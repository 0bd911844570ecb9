#include "cli/builtincommands.h"

#include "cli/commands/accountcommands.h"
#include "cli/commands/addcommand.h"
#include "cli/commands/articlescommand.h"
#include "cli/commands/articlestatecommand.h"
#include "cli/commands/briefingcommand.h"
#include "cli/commands/exportbookmarkscommand.h"
#include "cli/commands/extractcommand.h"
#include "cli/commands/infocommand.h"
#include "cli/commands/librarycommands.h"
#include "cli/commands/opmlcommands.h"
#include "cli/commands/parsecommand.h"
#include "cli/commands/refreshcommand.h"
#include "cli/commands/relatedcommand.h"
#include "cli/commands/rulecommands.h"
#include "cli/commands/sourcescommand.h"
#include "cli/commands/summarizecommand.h"
#include "cli/commands/summarizetextcommand.h"
#include "cli/commands/synccommand.h"
#include "cli/dispatcher.h"

namespace Cli {

void addBuiltinCommands(Dispatcher &dispatcher)
{
    dispatcher.add(std::make_unique<InfoCommand>());
    dispatcher.add(std::make_unique<ParseCommand>());
    dispatcher.add(std::make_unique<ExtractCommand>());
    dispatcher.add(std::make_unique<AddCommand>());
    dispatcher.add(std::make_unique<ImportOpmlCommand>());
    dispatcher.add(std::make_unique<ExportOpmlCommand>());
    dispatcher.add(std::make_unique<RefreshCommand>());
    dispatcher.add(std::make_unique<SourcesCommand>());
    dispatcher.add(std::make_unique<ArticlesCommand>(ArticlesCommand::Mode::List));
    dispatcher.add(std::make_unique<ArticlesCommand>(ArticlesCommand::Mode::Search));
    dispatcher.add(std::make_unique<RelatedCommand>());
    dispatcher.add(std::make_unique<ArticleStateCommand>(ArticleStateCommand::Flag::Read));
    dispatcher.add(std::make_unique<ArticleStateCommand>(ArticleStateCommand::Flag::Bookmark));
    dispatcher.add(std::make_unique<ExportBookmarksCommand>());
    dispatcher.add(std::make_unique<SummarizeCommand>());
    dispatcher.add(std::make_unique<BriefingCommand>());
    dispatcher.add(std::make_unique<SummarizeTextCommand>());
    dispatcher.add(std::make_unique<AccountCommand>());
    dispatcher.add(std::make_unique<AccountsCommand>());
    dispatcher.add(std::make_unique<SyncCommand>());
    dispatcher.add(std::make_unique<RulesCommand>());
    dispatcher.add(std::make_unique<RuleCommand>());
    dispatcher.add(std::make_unique<MuteCommand>());
    dispatcher.add(std::make_unique<TagCommand>());
    dispatcher.add(std::make_unique<CheckCommand>());
    dispatcher.add(std::make_unique<BackupCommand>());
    dispatcher.add(std::make_unique<RestoreCommand>());
}

} // namespace Cli
