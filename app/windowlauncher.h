#pragma once

namespace Cli {
struct Invocation;
}

namespace WindowLauncher {

/// Loads the window module installed beside this executable and runs the window. Returns the
/// application's exit code, or 1 (with the reason on stderr) when the module cannot be loaded.
int run(int &argc, char **argv, const Cli::Invocation &invocation);

} // namespace WindowLauncher
