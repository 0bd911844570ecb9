#pragma once

#include "storage/profile.h"

#include <QFile>
#include <QTextStream>

#include <memory>

namespace Storage {
class Library;
}

namespace Cli {

/// What a command works with: the profile, and standard output and error.
class Context final
{
public:
    Context(Storage::Profile profile, QTextStream &out, QTextStream &err);

    [[nodiscard]] const Storage::Profile &profile() const { return m_profile; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Prepares the profile and opens the library. On failure prints a one-line reason on
    /// standard error and returns nullptr.
    [[nodiscard]] std::unique_ptr<Storage::Library> openLibrary();

    /// Opens \a path for reading into \a file, or standard input when \a path is "-". False
    /// when it cannot be read: \a file's errorString() says why.
    [[nodiscard]] static bool openInput(QFile &file, const QString &path);

    /// Prints "tidings: <message>" on standard error; returns ExitCode::Failure for chaining.
    int fail(const QString &message);

private:
    Storage::Profile m_profile;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Cli
