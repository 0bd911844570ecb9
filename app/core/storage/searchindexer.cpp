#include "storage/searchindexer.h"

#include "base/logging.h"
#include "storage/articletext.h"
#include "storage/database.h"
#include "storage/recentindextexts.h"
#include "storage/searchindexfile.h"
#include "storage/sqliteconnection.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace Storage {

namespace {

bool attachLibrary(const SqliteConnection &connection, const QString &path)
{
    SqliteStatement attach(connection, "ATTACH DATABASE ? AS library");
    attach.bind(1, path);
    return attach.step() == SQLITE_DONE;
}

// The three indexed values of a row whose title, author and text start at \a firstColumn.
IndexValues valuesOf(const SqliteStatement &row, int firstColumn)
{
    return {row.utf8(firstColumn), row.utf8(firstColumn + 1), row.utf8(firstColumn + 2)};
}

} // namespace

struct SearchIndexer::Statements
{
    explicit Statements(const SqliteConnection &connection)
        : state(connection, "SELECT i.generation, i.applied_through, q.generation"
                            " FROM index_state i, library.search_index_state q"),
          // One step per entry tells all that applying it needs but the texts: for an entry
          // that adds an article, also the entry that next takes it out, if any, and the
          // article's content hash (NULL once it is gone).
          entries(connection,
                  "SELECT q.seq, q.article_id, q.removes, q.title, q.author, q.text,"
                  " CASE WHEN q.removes = 0 THEN (SELECT r.seq FROM library.search_queue r"
                  "   WHERE r.article_id = q.article_id AND r.seq > q.seq AND r.removes = 1"
                  "   ORDER BY r.seq LIMIT 1) END,"
                  " a.id IS NOT NULL, a.content_hash"
                  " FROM library.search_queue q"
                  " LEFT JOIN library.articles a ON q.removes = 0 AND a.id = q.article_id"
                  " WHERE q.seq > ? ORDER BY q.seq LIMIT ?"),
          removal(connection, "SELECT title, author, text FROM library.search_queue WHERE seq = ?"),
          article(connection, "SELECT title, author, tidings_article_text(summary, content)"
                              " FROM library.articles WHERE id = ?"),
          insert(connection,
                 "INSERT INTO articles_fts (rowid, title, author, text) VALUES (?, ?, ?, ?)"),
          remove(connection, "INSERT INTO articles_fts (articles_fts, rowid, title, author, text)"
                             " VALUES ('delete', ?, ?, ?, ?)"),
          indexState(connection, "SELECT generation, applied_through FROM main.index_state"),
          applied(connection, "UPDATE index_state SET applied_through = ?"),
          lastEntry(connection, "SELECT coalesce((SELECT seq FROM library.sqlite_sequence"
                                " WHERE name = 'search_queue'), 0)")
    {}

    [[nodiscard]] bool isValid() const
    {
        for (const SqliteStatement *statement : {&state, &entries, &removal, &article, &insert,
                                                 &remove, &indexState, &applied, &lastEntry}) {
            if (!statement->isValid())
                return false;
        }
        return true;
    }

    SqliteStatement state;
    SqliteStatement entries;
    SqliteStatement removal;
    SqliteStatement article;
    SqliteStatement insert;
    SqliteStatement remove;
    SqliteStatement indexState;
    SqliteStatement applied;
    SqliteStatement lastEntry;
};

SearchIndexer::SearchIndexer(const QString &libraryPath)
    : m_libraryPath(QFileInfo(libraryPath).absoluteFilePath())
{}

SearchIndexer::~SearchIndexer()
{
    m_statements.reset(); // finalized before their connection closes
}

bool SearchIndexer::open()
{
    const QString indexPath = SearchIndexFile::pathFor(m_libraryPath);
    if (!QFileInfo::exists(indexPath))
        return fail(
            tr("The search index %1 does not exist.").arg(QDir::toNativeSeparators(indexPath)));
    m_connection = std::make_unique<SqliteConnection>(indexPath, SqliteConnection::Mode::ReadWrite);
    QString error;
    if (!m_connection->isOpen() ||
        !ArticleText::registerFunctions(m_connection->handle(), &error) ||
        !m_connection->execute("PRAGMA synchronous = NORMAL") ||
        !m_connection->execute("PRAGMA journal_size_limit = " +
                               QByteArray::number(JournalSizeLimit)) ||
        !attachLibrary(*m_connection, m_libraryPath)) {
        return fail(tr("Cannot open the search index %1: %2")
                        .arg(QDir::toNativeSeparators(indexPath),
                             error.isEmpty() ? m_connection->errorMessage() : error));
    }
    m_statements = std::make_unique<Statements>(*m_connection);
    if (!m_statements->isValid())
        return fail(tr("Cannot open the search index %1: %2")
                        .arg(QDir::toNativeSeparators(indexPath), m_connection->errorMessage()));
    return true;
}

int SearchIndexer::applyPending(int maxEntries, qint64 maxBytes)
{
    if (!m_statements)
        return -1;
    // The library is read in a snapshot that ends before the index is written. Held while
    // FTS5 works, for the second or so a large batch takes, it kept the library's writer from
    // ever emptying its log: the log grew by all that a long refresh stored.
    for (;;) {
        const std::optional<Batch> batch = readPending(maxEntries, maxBytes);
        if (!batch)
            return -1;
        if (m_stale || batch->changesRead == 0)
            return 0;
        const std::optional<bool> written = write(*batch);
        if (!written)
            return -1;
        if (*written)
            return batch->changesRead;
        // Another indexer applied changes in between: read on from where it got to.
    }
}

std::optional<SearchIndexer::Batch> SearchIndexer::readPending(int maxEntries, qint64 maxBytes)
{
    Statements &s = *m_statements;
    // One snapshot of both files, only read, so that the state and the entries agree.
    if (!m_connection->execute("BEGIN"))
        return fail(m_connection->errorMessage()), std::nullopt;
    if (s.state.step() != SQLITE_ROW)
        return failTransaction(), std::nullopt;
    Batch batch;
    batch.generation = s.state.integer(0);
    batch.appliedThrough = s.state.integer(1);
    batch.last = batch.appliedThrough;
    m_stale = batch.generation != s.state.integer(2);
    s.state.reset();
    if (!m_stale) {
        s.entries.bind(1, batch.appliedThrough);
        s.entries.bind(2, qint64(maxEntries));
        int status = SQLITE_ROW;
        while (batch.bytes < maxBytes && (status = s.entries.step()) == SQLITE_ROW) {
            if (!readEntry(s, &batch)) {
                s.entries.reset();
                return failTransaction(), std::nullopt;
            }
            batch.last = s.entries.integer(0);
            ++batch.changesRead;
        }
        s.entries.reset();
        if (status != SQLITE_ROW && status != SQLITE_DONE)
            return failTransaction(), std::nullopt;
    }
    m_connection->execute("ROLLBACK"); // nothing was written
    return batch;
}

bool SearchIndexer::readEntry(Statements &s, Batch *batch)
{
    const qint64 articleId = s.entries.integer(1);
    if (s.entries.integer(2) != 0) {
        batch->add({articleId, Change::Remove, valuesOf(s.entries, 3)});
        return true;
    }
    // The values the article had at this entry: those the next entry that takes it out
    // names, else the ones it has now (none once it is gone).
    if (!s.entries.isNull(6)) {
        RecentIndexTexts::forLibrary(m_libraryPath).forget(articleId);
        s.removal.bind(1, s.entries.integer(6));
        const bool found = s.removal.step() == SQLITE_ROW;
        if (found)
            batch->add({articleId, Change::Add, valuesOf(s.removal, 0)});
        s.removal.reset();
        return found;
    }
    if (s.entries.integer(7) == 0)
        return true; // deleted, by a change not yet committed when queued
    const qint64 contentHash = s.entries.integer(8);
    if (std::optional<IndexValues> values =
            RecentIndexTexts::forLibrary(m_libraryPath).take(articleId, contentHash)) {
        batch->add({articleId, Change::Add, std::move(*values)});
        return true;
    }
    s.article.bind(1, articleId);
    const bool found = s.article.step() == SQLITE_ROW;
    if (found)
        batch->add({articleId, Change::Add, valuesOf(s.article, 0)});
    s.article.reset();
    return found;
}

std::optional<bool> SearchIndexer::write(const Batch &batch)
{
    Statements &s = *m_statements;
    // The index's write lock (another indexer, such as a command's beside the window's, may
    // hold it: this waits) without touching the library.
    if (!m_connection->execute("BEGIN"))
        return fail(m_connection->errorMessage()), std::nullopt;
    if (!m_connection->execute(
            "UPDATE main.index_state SET applied_through = applied_through WHERE 0"))
        return failTransaction(), std::nullopt;
    if (s.indexState.step() != SQLITE_ROW)
        return failTransaction(), std::nullopt;
    const bool unchanged = s.indexState.integer(0) == batch.generation &&
                           s.indexState.integer(1) == batch.appliedThrough;
    s.indexState.reset();
    if (!unchanged) {
        m_connection->execute("ROLLBACK");
        return false;
    }
    for (const Change &change : batch.changes) {
        SqliteStatement &statement = change.kind == Change::Remove ? s.remove : s.insert;
        statement.bind(1, change.articleId);
        statement.bindUtf8(2, change.values.title);
        statement.bindUtf8(3, change.values.author);
        statement.bindUtf8(4, change.values.text);
        const bool done = statement.step() == SQLITE_DONE;
        statement.reset();
        if (!done)
            return failTransaction(), std::nullopt;
    }
    s.applied.bind(1, batch.last);
    const bool noted = s.applied.step() == SQLITE_DONE;
    s.applied.reset();
    if (!noted || !m_connection->execute("COMMIT"))
        return failTransaction(), std::nullopt;
    return true;
}

bool SearchIndexer::catchUp()
{
    int applied = 0;
    while ((applied = applyPending()) > 0) {
    }
    return applied == 0;
}

qint64 SearchIndexer::pending()
{
    if (!m_statements)
        return -1;
    Statements &s = *m_statements;
    if (s.state.step() != SQLITE_ROW) {
        s.state.reset();
        return -1;
    }
    const qint64 appliedThrough = s.state.integer(1);
    s.state.reset();
    if (s.lastEntry.step() != SQLITE_ROW) {
        s.lastEntry.reset();
        return -1;
    }
    const qint64 lastEntry = s.lastEntry.integer(0);
    s.lastEntry.reset();
    return qMax<qint64>(0, lastEntry - appliedThrough);
}

void SearchIndexer::checkpoint()
{
    if (!m_connection)
        return;
    sqlite3 *const handle = m_connection->handle();
    const auto truncateLog = [handle](const char *schema) {
        if (const int status = sqlite3_wal_checkpoint_v2(handle, schema, SQLITE_CHECKPOINT_TRUNCATE,
                                                         nullptr, nullptr);
            status != SQLITE_OK)
            qCDebug(lcStorage) << "checkpoint of" << schema << "not done now:" << status;
    };
    truncateLog("main");
    // The library's log too: the refresh that just ended could not empty it while this
    // indexer was reading an older snapshot of the library. Without waiting, though: a writer
    // busy with its next batch would hold this thread, and the index, for seconds (the
    // writer empties the log itself when its refresh ends).
    sqlite3_busy_timeout(handle, 0);
    truncateLog("library");
    sqlite3_busy_timeout(handle, BusyTimeoutMs);
}

bool SearchIndexer::fail(const QString &message)
{
    m_errorMessage = message;
    qCDebug(lcStorage).noquote() << "search index:" << message;
    return false;
}

void SearchIndexer::failTransaction()
{
    fail(m_connection->errorMessage());
    m_connection->execute("ROLLBACK");
}

bool updateSearchIndex(const QString &libraryPath, QString *errorMessage)
{
    SearchIndexer indexer(libraryPath);
    if (indexer.open() && indexer.catchUp() && !indexer.isStale())
        return true;
    if (!errorMessage)
        return false;
    *errorMessage = indexer.isStale()
                        ? SearchIndexer::tr("The search index belongs to another state of the "
                                            "library; it is rebuilt when the library is next "
                                            "opened.")
                        : indexer.errorMessage();
    return false;
}

} // namespace Storage
