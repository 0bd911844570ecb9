// The window module's entry point (see windowentry.h).
#include "ui/guiapplication.h"
#include "windowentry.h"

#include <QtGlobal>

#include <string_view>

extern "C" Q_DECL_EXPORT int tidings_run_window(int &argc, char **argv,
                                                const Cli::Invocation &invocation)
{
    return Ui::runGuiApplication(argc, argv, invocation);
}

// The exported name and the type the launcher casts to must not drift apart.
static_assert(std::string_view(WindowEntry::symbolName) == "tidings_run_window");
[[maybe_unused]] static constexpr WindowEntry::Function checkedSignature = &tidings_run_window;
