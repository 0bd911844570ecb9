#include "builtincommands.h"

#include "commands/infocommand.h"
#include "commands/parsecommand.h"
#include "dispatcher.h"

namespace Cli {

void addBuiltinCommands(Dispatcher &dispatcher)
{
    dispatcher.add(std::make_unique<InfoCommand>());
    dispatcher.add(std::make_unique<ParseCommand>());
}

} // namespace Cli
