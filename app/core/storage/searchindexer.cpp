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
          applied(connection, "UPDATE index_state SET applied_through = ?"),
          lastEntry(connection, "SELECT coalesce((SELECT seq FROM library.sqlite_sequence"
                                " WHERE name = 'search_queue'), 0)")
    {}

    [[nodiscard]] bool isValid() const
    {
        for (const SqliteStatement *statement :
             {&state, &entries, &removal, &article, &insert, &remove, &applied, &lastEntry}) {
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

int SearchIndexer::applyPending(int maxEntries)
{
    if (!m_statements)
        return -1;
    Statements &s = *m_statements;
    const auto rollBack = [this] {
        fail(m_connection->errorMessage());
        m_connection->execute("ROLLBACK");
        return -1;
    };
    // The index's write lock first (another indexer, such as a command's beside the window's,
    // may hold it: this waits), then one snapshot of the library, which is only read: BEGIN
    // IMMEDIATE would lock the library too.
    if (!m_connection->execute("BEGIN"))
        return fail(m_connection->errorMessage()), -1;
    if (!m_connection->execute(
            "UPDATE main.index_state SET applied_through = applied_through WHERE 0"))
        return rollBack();
    if (s.state.step() != SQLITE_ROW)
        return rollBack();
    const qint64 appliedThrough = s.state.integer(1);
    const bool sameGeneration = s.state.integer(0) == s.state.integer(2);
    s.state.reset();
    m_stale = !sameGeneration;
    if (m_stale) {
        m_connection->execute("ROLLBACK");
        return 0;
    }

    s.entries.bind(1, appliedThrough);
    s.entries.bind(2, qint64(maxEntries));
    int applied = 0;
    qint64 last = appliedThrough;
    int status = SQLITE_ROW;
    while ((status = s.entries.step()) == SQLITE_ROW) {
        if (!applyEntry(s)) {
            s.entries.reset();
            return rollBack();
        }
        last = s.entries.integer(0);
        ++applied;
    }
    s.entries.reset();
    if (status != SQLITE_DONE)
        return rollBack();
    if (applied == 0) {
        m_connection->execute("ROLLBACK");
        return 0;
    }
    s.applied.bind(1, last);
    const bool noted = s.applied.step() == SQLITE_DONE;
    s.applied.reset();
    if (!noted || !m_connection->execute("COMMIT"))
        return rollBack();
    return applied;
}

bool SearchIndexer::applyEntry(Statements &s)
{
    const qint64 articleId = s.entries.integer(1);
    if (s.entries.integer(2) == 0)
        return addArticle(s, articleId);
    s.remove.bind(1, articleId);
    s.remove.bindColumnOf(2, s.entries, 3);
    s.remove.bindColumnOf(3, s.entries, 4);
    s.remove.bindColumnOf(4, s.entries, 5);
    const bool removed = s.remove.step() == SQLITE_DONE;
    s.remove.reset();
    return removed;
}

bool SearchIndexer::addArticle(Statements &s, qint64 articleId)
{
    // The values the article had at this entry: those the next entry that takes it out
    // names, else the ones it has now (none once it is gone).
    if (!s.entries.isNull(6)) {
        RecentIndexTexts::forLibrary(m_libraryPath).forget(articleId);
        s.removal.bind(1, s.entries.integer(6));
        bool inserted = false;
        if (s.removal.step() == SQLITE_ROW) {
            s.insert.bind(1, articleId);
            for (int column = 0; column < 3; ++column)
                s.insert.bindColumnOf(column + 2, s.removal, column);
            inserted = s.insert.step() == SQLITE_DONE;
            s.insert.reset();
        }
        s.removal.reset();
        return inserted;
    }
    if (s.entries.integer(7) == 0)
        return true; // deleted, by a change not yet committed when queued
    const qint64 contentHash = s.entries.integer(8);
    bool inserted = false;
    s.insert.bind(1, articleId);
    if (std::optional<IndexValues> values =
            RecentIndexTexts::forLibrary(m_libraryPath).take(articleId, contentHash)) {
        s.insert.bindUtf8(2, values->title);
        s.insert.bindUtf8(3, values->author);
        s.insert.bindUtf8(4, values->text);
        inserted = s.insert.step() == SQLITE_DONE;
    } else {
        s.article.bind(1, articleId);
        if (s.article.step() == SQLITE_ROW) {
            for (int column = 0; column < 3; ++column)
                s.insert.bindColumnOf(column + 2, s.article, column);
            inserted = s.insert.step() == SQLITE_DONE;
        }
        s.article.reset();
    }
    s.insert.reset();
    return inserted;
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
