#include "cli/context.h"

#include "cli/command.h"
#include "storage/library.h"
#include "storage/libraryrepair.h"

#include <cstdio>

namespace Cli {

Context::Context(Storage::Profile profile, QTextStream &out, QTextStream &err)
    : m_profile(std::move(profile)), m_out(out), m_err(err)
{}

std::unique_ptr<Storage::Library> Context::openLibrary()
{
    // A library that cannot be read at all is healed first; the person is told what came back.
    Storage::LibraryRepair repair(m_profile);
    switch (repair.repairIfDamaged(false)) {
    case Storage::LibraryRepair::Outcome::Healthy:
        break;
    case Storage::LibraryRepair::Outcome::Repaired:
        m_err << "tidings: " << repair.message() << Qt::endl;
        break;
    case Storage::LibraryRepair::Outcome::Failed:
        fail(repair.message());
        return nullptr;
    }
    QString error;
    auto library = Storage::Library::open(m_profile, &error);
    if (!library)
        fail(error);
    else if (library->isReadOnly())
        m_err << "tidings: " << library->readOnlyReason() << Qt::endl;
    return library;
}

bool Context::openInput(QFile &file, const QString &path)
{
    if (path == QLatin1String("-"))
        return file.open(stdin, QIODevice::ReadOnly);
    file.setFileName(path);
    return file.open(QIODevice::ReadOnly);
}

int Context::fail(const QString &message)
{
    m_err << "tidings: " << message << Qt::endl;
    return ExitCode::Failure;
}

} // namespace Cli
