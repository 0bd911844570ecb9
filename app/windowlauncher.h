#pragma once

#include "base/moduleloader.h"

#include <QString>

#include <variant>

namespace Cli {
struct Invocation;
}

namespace WindowLauncher {

/// Why the window module could not be loaded.
struct Failure
{
    ModuleLoader::Lookup lookup;

    /// One line for stderr, translated (call it once translations are installed).
    [[nodiscard]] QString message() const;
};

/// Loads the window module installed beside this executable and runs the window until it
/// closes: the application's exit code, or why the module could not be loaded.
std::variant<int, Failure> run(int &argc, char **argv, const Cli::Invocation &invocation);

} // namespace WindowLauncher
