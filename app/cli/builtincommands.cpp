#include "builtincommands.h"

#include "commands/addcommand.h"
#include "commands/articlescommand.h"
#include "commands/articlestatecommand.h"
#include "commands/briefingcommand.h"
#include "commands/exportbookmarkscommand.h"
#include "commands/extractcommand.h"
#include "commands/infocommand.h"
#include "commands/opmlcommands.h"
#include "commands/parsecommand.h"
#include "commands/refreshcommand.h"
#include "commands/relatedcommand.h"
#include "commands/sourcescommand.h"
#include "commands/summarizecommand.h"
#include "commands/summarizetextcommand.h"
#include "dispatcher.h"

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
}

} // namespace Cli
