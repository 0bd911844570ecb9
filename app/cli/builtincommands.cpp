#include "builtincommands.h"

#include "commands/infocommand.h"
#include "dispatcher.h"

namespace Cli {

void addBuiltinCommands(Dispatcher &dispatcher)
{
    dispatcher.add(std::make_unique<InfoCommand>());
}

} // namespace Cli
