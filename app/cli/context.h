#pragma once

#include "storage/profile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <memory>

namespace Storage {
class Library;
class SearchIndexService;
} // namespace Storage

namespace Cli {

/// What a command works with: the profile, and standard output and error.
class Context final
{
    Q_DECLARE_TR_FUNCTIONS(Cli::Context)

public:
    Context(Storage::Profile profile, QTextStream &out, QTextStream &err);
    /// Waits until the search index holds what the command stored.
    ~Context();
    Q_DISABLE_COPY_MOVE(Context)

    [[nodiscard]] const Storage::Profile &profile() const { return m_profile; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Prepares the profile and opens the library. On failure prints a one-line reason on
    /// standard error and returns nullptr. The search index is brought up to date first, so
    /// that searches find everything, and is kept up to date on a thread of its own while
    /// the command runs.
    [[nodiscard]] std::unique_ptr<Storage::Library> openLibrary();

    /// Opens \a path for reading into \a file, or standard input when \a path is "-". False
    /// when it cannot be read: \a file's errorString() says why.
    [[nodiscard]] static bool openInput(QFile &file, const QString &path);

    /// Prints "tidings: <message>" on standard error; returns ExitCode::Failure for chaining.
    int fail(const QString &message);

private:
    void updateSearchIndex();

    Storage::Profile m_profile;
    std::unique_ptr<Storage::SearchIndexService> m_searchIndex;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Cli
