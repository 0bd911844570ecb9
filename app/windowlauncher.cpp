#include "windowlauncher.h"

#include "windowentry.h"

#include <QCoreApplication>
#include <QFileInfo>

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
    return QCoreApplication::translate("WindowLauncher", "tidings: cannot open the window: %1")
        .arg(lookup.failure());
}

std::variant<int, Failure> run(int &argc, char **argv, const Cli::Invocation &invocation)
{
    Failure failure{ModuleLoader::resolve(executableDirectory(argc > 0 ? argv[0] : ""),
                                          QStringLiteral(TIDINGS_WINDOW_MODULE_FILE),
                                          WindowEntry::symbolName)};
    if (const auto entry = reinterpret_cast<WindowEntry::Function>(failure.lookup.function))
        return entry(argc, argv, invocation); // the module stays loaded until exit
    return failure;
}

} // namespace WindowLauncher
