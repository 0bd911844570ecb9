#pragma once

#include <QIcon>
#include <QString>

#include <memory>

class QWidget;

namespace Cli {
struct Invocation;
}
namespace Storage {
class Library;
}

namespace Ui {

/// Creates the QApplication, opens the library and shows the main window until it is closed.
int runGuiApplication(int &argc, char **argv, const Cli::Invocation &invocation);

/// Tidings' own icon in every size it ships, compiled into the binary.
[[nodiscard]] QIcon applicationIcon();

/// Opens the library in \a profileDirectory (empty: the default). When that fails, explains why
/// in a dialog and returns nullptr; the files concerned are left as they are.
[[nodiscard]] std::unique_ptr<Storage::Library>
openLibraryOrExplain(const QString &profileDirectory, QWidget *dialogParent = nullptr);

} // namespace Ui
