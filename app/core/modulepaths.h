#pragma once

#include <QString>
#include <QStringList>

/// Where Tidings' own loadable modules (the window, the reading view) are looked for.
namespace ModulePaths {

/// The paths to try for the module \a fileName, in order: beside the executable in
/// \a executableDirectory (the build tree, and Windows installs), then the private library
/// folder of a Unix install.
[[nodiscard]] QStringList candidates(const QString &executableDirectory, const QString &fileName);

} // namespace ModulePaths
