#pragma once

namespace Cli {
struct Invocation;
}

/// The window lives in a library of its own (Qt GUI and widgets) that `tidings` loads
/// only when it opens the window, so that commands start without those libraries in memory.
namespace WindowEntry {

/// The one symbol the module exports: runs the application until its window closes.
using Function = int (*)(int &argc, char **argv, const Cli::Invocation &invocation);
inline constexpr char symbolName[] = "tidings_run_window";

} // namespace WindowEntry
