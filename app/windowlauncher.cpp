#include "windowlauncher.h"

#include "modulepaths.h"
#include "windowentry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace WindowLauncher {

namespace {

// Before QApplication exists there is no applicationDirPath(): ask the system where this
// executable is, falling back to argv[0] for systems without such a call.
QString executableDirectory(const char *argv0)
{
#if defined(Q_OS_LINUX)
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (!self.isEmpty())
        return QFileInfo(self).absolutePath();
#elif defined(Q_OS_WIN)
    wchar_t buffer[MAX_PATH];
    const DWORD length = GetModuleFileNameW(nullptr, buffer, MAX_PATH);
    if (length > 0 && length < MAX_PATH)
        return QFileInfo(QString::fromWCharArray(buffer, int(length))).absolutePath();
#endif
    return QFileInfo(QFile::decodeName(argv0)).absolutePath();
}

} // namespace

QString Failure::message() const
{
    const QString reason =
        loaderError.isEmpty()
            ? QCoreApplication::translate("WindowLauncher", "%1 is missing; looked in %2")
                  .arg(QStringLiteral(TIDINGS_WINDOW_MODULE_FILE),
                       lookedIn.join(QLatin1String(", ")))
            : loaderError;
    return QCoreApplication::translate("WindowLauncher", "tidings: cannot open the window: %1")
        .arg(reason);
}

std::variant<int, Failure> run(int &argc, char **argv, const Cli::Invocation &invocation)
{
    Failure failure;
    failure.lookedIn = ModulePaths::candidates(executableDirectory(argc > 0 ? argv[0] : ""),
                                               QStringLiteral(TIDINGS_WINDOW_MODULE_FILE));
    for (const QString &path : std::as_const(failure.lookedIn)) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        const auto entry =
            reinterpret_cast<WindowEntry::Function>(module.resolve(WindowEntry::symbolName));
        if (entry)
            return entry(argc, argv, invocation); // the module stays loaded until exit
        failure.loaderError = module.errorString();
        break;
    }
    return failure;
}

} // namespace WindowLauncher
