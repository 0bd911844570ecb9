#pragma once

namespace Cli {

class Dispatcher;

/// Adds every `tidings COMMAND` the application offers.
void addBuiltinCommands(Dispatcher &dispatcher);

} // namespace Cli
