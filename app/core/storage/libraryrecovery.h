#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Storage {

/// What a recovery got out of a damaged library file.
struct RecoveryReport
{
    /// Rows copied into the new library, by table.
    QHash<QString, qint64> rowsByTable;
    /// Places where the damaged file could not be read (a run of rows, a table, the schema):
    /// zero means everything that SQLite could still find was copied.
    int unreadableParts = 0;
    /// Rows that pointed at lost rows, dropped (an enclosure of a lost article) or cut loose
    /// (an article of a lost source).
    qint64 orphansDropped = 0;
    /// Bookmarked articles among those recovered.
    qint64 bookmarks = 0;
    /// False when no library's tables could be found at all: not a Tidings library, or one
    /// damaged beyond recovery. The new file is then empty.
    bool libraryFound = false;

    [[nodiscard]] qint64 rows(const QString &table) const { return rowsByTable.value(table); }
};

/// Copies everything readable of a damaged library into a new file, table by table and row by
/// row, stepping over the pages SQLite cannot read, then rebuilds the search index. The new
/// file has the damaged one's schema and version, so opening it migrates it as usual. The
/// damaged file is read from a working copy and never changed.
class LibraryRecovery final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::LibraryRecovery)

public:
    /// Recovers \a damagedPath (with its -wal, if any) into \a newPath, which must not exist.
    /// False, with errorMessage(), only when the new file could not be written.
    [[nodiscard]] bool recover(const QString &damagedPath, const QString &newPath);

    [[nodiscard]] const RecoveryReport &report() const { return m_report; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    RecoveryReport m_report;
    QString m_errorMessage;
};

} // namespace Storage
