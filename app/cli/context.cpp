#include "cli/context.h"

#include "cli/command.h"
#include "storage/library.h"

#include <cstdio>

namespace Cli {

Context::Context(Storage::Profile profile, QTextStream &out, QTextStream &err)
    : m_profile(std::move(profile)), m_out(out), m_err(err)
{}

std::unique_ptr<Storage::Library> Context::openLibrary()
{
    QString error;
    auto library = Storage::Library::open(m_profile, &error);
    if (!library)
        fail(error);
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
