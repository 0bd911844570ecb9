#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Storage {

/// What SQLite's integrity check says about a library file.
struct IntegrityReport
{
    enum class Verdict { Intact, Damaged, Missing };

    Verdict verdict = Verdict::Intact;
    /// SQLite's own words for each problem found (at most a few dozen), or the error that
    /// stopped the check.
    QStringList problems;

    [[nodiscard]] bool intact() const { return verdict == Verdict::Intact; }
};

/// Runs PRAGMA integrity_check on \a filePath through a connection of its own that cannot
/// write (query_only, or read-only in a folder that cannot be written to), so it changes
/// nothing. It reads the whole file:
/// on a large library it takes seconds, so the window runs it off the main thread.
[[nodiscard]] IntegrityReport checkIntegrity(const QString &filePath);

} // namespace Storage

Q_DECLARE_METATYPE(Storage::IntegrityReport)
