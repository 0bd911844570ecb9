#include "base/moduleloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace ModuleLoader {

namespace {

QStringList candidates(const QString &executableDirectory, const QString &fileName)
{
    // TIDINGS_MODULE_DIR is the install's module folder relative to its executable folder.
    const QDir here(executableDirectory);
    return {here.filePath(fileName),
            QDir::cleanPath(
                here.filePath(QStringLiteral(TIDINGS_MODULE_DIR) + QLatin1Char('/') + fileName))};
}

} // namespace

QString Lookup::failure() const
{
    if (!loaderError.isEmpty())
        return loaderError;
    return QCoreApplication::translate("ModuleLoader", "%1 is missing; looked in %2")
        .arg(fileName, lookedIn.join(QLatin1String(", ")));
}

Lookup resolve(const QString &executableDirectory, const QString &fileName, const char *symbol)
{
    Lookup lookup;
    lookup.fileName = fileName;
    lookup.lookedIn = candidates(executableDirectory, fileName);
    for (const QString &path : std::as_const(lookup.lookedIn)) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        lookup.function = module.resolve(symbol);
        if (!lookup.function)
            lookup.loaderError = module.errorString();
        break;
    }
    return lookup;
}

} // namespace ModuleLoader
