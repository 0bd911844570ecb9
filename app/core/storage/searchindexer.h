#pragma once

#include "storage/recentindextexts.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Storage {

class SqliteConnection;

/// Writes the library's search index (SearchIndexFile): applies, in order, the changes the
/// library queued (see 007_search_index_file.sql), many per transaction. Has a connection of
/// its own, to the index file with the library attached, so it writes while the library's
/// writer writes, each on a core. The library is only read, in a short snapshot before each
/// write that locks nothing of it. Use it on the thread that opened it. The index must have
/// been prepared (SearchIndexFile::prepare(), which Database::open() runs).
class SearchIndexer final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SearchIndexer)

public:
    explicit SearchIndexer(const QString &libraryPath);
    ~SearchIndexer();
    Q_DISABLE_COPY_MOVE(SearchIndexer)

    /// False with errorMessage() when the index or the library cannot be opened.
    [[nodiscard]] bool open();
    /// Applies up to \a maxEntries waiting changes in one transaction, fewer once their texts
    /// reach \a maxBytes (at least one). Returns how many it applied (0: the index is up to
    /// date), or -1 with errorMessage().
    [[nodiscard]] int applyPending(int maxEntries = DefaultBatch,
                                   qint64 maxBytes = DefaultBatchBytes);
    /// Applies every waiting change. False with errorMessage() on failure.
    [[nodiscard]] bool catchUp();
    /// Changes waiting, or -1 on failure.
    [[nodiscard]] qint64 pending();
    /// Writes the logs of the index and of the library into their files and empties them; for
    /// when the index is caught up.
    void checkpoint();
    /// The index belongs to another history of the library (it was replaced while this ran,
    /// see SearchIndexFile::invalidate()): nothing is applied until the index is rebuilt.
    [[nodiscard]] bool isStale() const { return m_stale; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /// Changes per transaction: enough for FTS5 to write few, large segments.
    static constexpr int DefaultBatch = 10000;
    /// Text per transaction at most: a batch's texts are held in memory until it is written,
    /// and articles read back from the library may be long.
    static constexpr qint64 DefaultBatchBytes = 64 * 1024 * 1024;

private:
    struct Statements;
    /// What one queue entry does to the index, with the values it adds or takes out.
    struct Change
    {
        qint64 articleId = 0;
        enum Kind { Add, Remove } kind = Add;
        IndexValues values;
    };
    /// Changes read from the library, to be written if the index is still where they start.
    struct Batch
    {
        qint64 generation = 0;
        qint64 appliedThrough = 0;
        qint64 last = 0;     ///< the last entry read
        int changesRead = 0; ///< entries read, including those that change nothing
        std::vector<Change> changes;
        qint64 bytes = 0; ///< of the values in \a changes

        void add(Change change)
        {
            bytes += change.values.title.size() + change.values.author.size() +
                     change.values.text.size();
            changes.push_back(std::move(change));
        }
    };

    bool fail(const QString &message);
    /// Fails with the connection's error and rolls back the transaction it interrupted.
    void failTransaction();
    std::optional<Batch> readPending(int maxEntries, qint64 maxBytes);
    bool readEntry(Statements &statements, Batch *batch);
    /// False, writing nothing, when another indexer has moved the index on since \a batch
    /// was read.
    std::optional<bool> write(const Batch &batch);

    QString m_libraryPath;
    std::unique_ptr<SqliteConnection> m_connection;
    std::unique_ptr<Statements> m_statements;
    QString m_errorMessage;
    bool m_stale = false;
};

/// Brings the search index of the library at \a libraryPath up to date on the calling thread:
/// for the command line and tests, where no indexing thread runs. False with \a errorMessage
/// (which may be null) on failure.
bool updateSearchIndex(const QString &libraryPath, QString *errorMessage = nullptr);

} // namespace Storage
