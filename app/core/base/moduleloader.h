#pragma once

#include <QString>
#include <QStringList>

/// Finds one of Tidings' own loadable modules (the window, the reading view) and a function it
/// exports. A module is looked for beside the executable (the build tree, and Windows installs),
/// then in the private library folder of a Unix install.
namespace ModuleLoader {

struct Lookup
{
    QString fileName;
    QStringList lookedIn; ///< The paths tried, in order.
    QString loaderError;  ///< The system's reason when the module was found but did not load.
    QFunctionPointer function = nullptr; ///< Null when the module or the symbol was not found.

    /// Why function is null, translated (call it once translations are installed).
    [[nodiscard]] QString failure() const;
};

/// Resolves \a symbol in the module \a fileName, looked for from \a executableDirectory. A
/// module that loads stays loaded until the process ends.
[[nodiscard]] Lookup resolve(const QString &executableDirectory, const QString &fileName,
                             const char *symbol);

} // namespace ModuleLoader
