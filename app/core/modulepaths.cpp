#include "modulepaths.h"

#include <QDir>

namespace ModulePaths {

QStringList candidates(const QString &executableDirectory, const QString &fileName)
{
    // TIDINGS_MODULE_DIR is the install's module folder relative to its executable folder.
    const QDir here(executableDirectory);
    return {here.filePath(fileName),
            QDir::cleanPath(
                here.filePath(QStringLiteral(TIDINGS_MODULE_DIR) + QLatin1Char('/') + fileName))};
}

} // namespace ModulePaths
