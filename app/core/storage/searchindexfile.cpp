#include "storage/searchindexfile.h"

#include "base/logging.h"
#include "storage/database.h"
#include "storage/searchtokenizer.h"
#include "storage/sqliteconnection.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <optional>
#include <string_view>

#include <sqlite3.h>

namespace Storage {

namespace {

// Contentless: the index alone; the texts stay (compressed) in the library. The tokenizer is
// unicode61 that also takes tokens found ahead (SearchTokenizer).
#define TIDINGS_ARTICLES_FTS                                                                       \
    "articles_fts USING fts5(title, author, text, content = '', tokenize = 'tidings')"
static_assert(std::string_view(SearchTokenizer::Name) == "tidings");

// FTS5 merges the segments of a level into one of the next once `automerge` of them are there.
// 8 rather than its default 4 moves each term through fewer merges: a tenth less index CPU for
// 100,000 new articles (tests/bench/ingest-vs-floor.sh), with search times the same.
// Pending terms are flushed to a new segment at each commit or when they exceed hashsize: a
// large batch then makes a few big segments instead of many small ones to merge.
#define TIDINGS_ARTICLES_FTS_TABLE                                                                 \
    "CREATE VIRTUAL TABLE " TIDINGS_ARTICLES_FTS ";"                                               \
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);"                        \
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 8388608);"

// A new file has 16 KB pages (NewIndexPageSize) and leaves of 4,000 bytes rather than FTS5's
// 1,000: a quarter as many rows in articles_fts_data to write, merge and look up, four to a
// page. In six interleaved pairs of 100,000 new articles the index thread needed 12-33 % less
// CPU and was complete 0.6-2.3 s sooner, with the same search times (ingest-benchmark). A file
// made before keeps its 4 KB pages and FTS5's leaves, where larger leaves would overflow them.
constexpr int NewIndexPageSize = 16 * 1024;
const char *const IndexSchema = TIDINGS_ARTICLES_FTS_TABLE
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('pgsz', 4000);"
    // generation: as the library's search_index_state; applied_through: the last queue entry
    // whose change the index holds.
    "CREATE TABLE index_state (generation INTEGER NOT NULL, applied_through INTEGER NOT NULL);"
    "INSERT INTO index_state VALUES (-1, 0);";

// Versions 1 and 2 tokenized with unicode61 itself: the same tokens, but a table of another
// definition. It is made anew, and the generation that matches no library's has prepare()
// queue every article for it.
const char *const RebuildWithOurTokenizer =
    "DROP TABLE articles_fts;" TIDINGS_ARTICLES_FTS_TABLE "UPDATE index_state SET generation = -1;";

// The same table, empty, for a read-only library that has no index file: in the connection's
// temporary database, the one place it can write.
const char *const EmptyIndexInMemory = "CREATE VIRTUAL TABLE temp." TIDINGS_ARTICLES_FTS;

#undef TIDINGS_ARTICLES_FTS
#undef TIDINGS_ARTICLES_FTS_TABLE

struct QueueState
{
    qint64 generation = 0;
    qint64 prunedThrough = 0;
    qint64 lastEntry = 0; ///< The last sequence number the queue ever gave out.
};

struct IndexState
{
    qint64 generation = -1;
    qint64 appliedThrough = 0;
};

bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

std::optional<QueueState> readQueueState(const QSqlDatabase &library, QString *errorMessage)
{
    QSqlQuery query(library);
    if (!query.exec(QStringLiteral(
            "SELECT generation, pruned_through, coalesce((SELECT seq FROM main.sqlite_sequence"
            " WHERE name = 'search_queue'), 0) FROM main.search_index_state")) ||
        !query.next()) {
        fail(errorMessage, query.lastError().text());
        return std::nullopt;
    }
    return QueueState{query.value(0).toLongLong(), query.value(1).toLongLong(),
                      query.value(2).toLongLong()};
}

std::optional<qint64> schemaVersion(SqliteConnection &index)
{
    SqliteStatement version(index, "PRAGMA user_version");
    if (version.step() != SQLITE_ROW)
        return std::nullopt;
    return version.integer(0);
}

// Makes \a changes to an index of version \a from and marks it as of
// SearchIndexFile::SchemaVersion, all or nothing. Another process opening the library may have
// done so since \a from was read (the window and a command on a new profile): then nothing is
// changed, where its tables would have made ours fail and the file look damaged.
bool bringUpToDate(SqliteConnection &index, qint64 from, const char *changes)
{
    if (!index.execute("BEGIN IMMEDIATE"))
        return false;
    const std::optional<qint64> current = schemaVersion(index);
    const bool done = current == SearchIndexFile::SchemaVersion ||
                      (current == from && index.execute(changes) &&
                       index.execute("PRAGMA user_version = " +
                                     QByteArray::number(SearchIndexFile::SchemaVersion)));
    if (done && index.execute("COMMIT"))
        return true;
    index.execute("ROLLBACK");
    return false;
}

// Opens the index file, creating its schema when it is new. nullopt when the file cannot be
// read as an index of ours.
std::optional<IndexState> readIndex(SqliteConnection &index)
{
    const std::optional<qint64> schema = schemaVersion(index);
    if (!schema)
        return std::nullopt;
    const char *const changes = *schema == 0                   ? IndexSchema
                                : *schema == 1 || *schema == 2 ? RebuildWithOurTokenizer
                                                               : nullptr;
    // The page size before anything is written, and the log mode outside the transaction: it
    // cannot change inside one.
    if (*schema == 0 &&
        !(index.execute("PRAGMA page_size = " + QByteArray::number(NewIndexPageSize)) &&
          index.execute("PRAGMA journal_mode = WAL")))
        return std::nullopt;
    if (changes ? !bringUpToDate(index, *schema, changes)
                : *schema != SearchIndexFile::SchemaVersion)
        return std::nullopt;
    SqliteStatement state(index, "SELECT generation, applied_through FROM index_state");
    if (state.step() != SQLITE_ROW)
        return std::nullopt;
    return IndexState{state.integer(0), state.integer(1)};
}

// Queues every article of the library again, for an empty index of generation \a generation.
// Returns the last entry before them, which the index is to say it applied.
std::optional<qint64> queueEveryArticle(const QSqlDatabase &library, qint64 generation,
                                        QString *errorMessage)
{
    Transaction transaction(library);
    QSqlQuery query(library);
    const auto run = [&](const QString &sql) {
        return query.exec(sql) || fail(errorMessage, query.lastError().text());
    };
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage()), std::nullopt;
    if (!run(QStringLiteral("DELETE FROM main.search_queue")))
        return std::nullopt;
    const std::optional<QueueState> before = readQueueState(library, errorMessage);
    if (!before || !run(QStringLiteral("INSERT INTO main.search_queue (article_id)"
                                       " SELECT id FROM main.articles ORDER BY id")))
        return std::nullopt;
    query.prepare(
        QStringLiteral("UPDATE main.search_index_state SET generation = ?, pruned_through = ?"));
    query.addBindValue(generation);
    query.addBindValue(before->lastEntry);
    if (!query.exec() || !transaction.commit()) {
        fail(errorMessage,
             query.lastError().isValid() ? query.lastError().text() : transaction.errorMessage());
        return std::nullopt;
    }
    return before->lastEntry;
}

bool resetIndex(SqliteConnection &index, qint64 generation, qint64 appliedThrough)
{
    SqliteStatement state(index, "UPDATE index_state SET generation = ?, applied_through = ?");
    state.bind(1, generation);
    state.bind(2, appliedThrough);
    return index.execute("BEGIN IMMEDIATE") &&
           index.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')") &&
           state.step() == SQLITE_DONE && index.execute("COMMIT");
}

// Random rather than counted: a library restored from a backup must not happen to reach the
// generation of the index it left behind.
qint64 newGeneration()
{
    return qint64(QRandomGenerator::global()->generate64() >> 1);
}

} // namespace

QString SearchIndexFile::pathFor(const QString &libraryPath)
{
    const QFileInfo library(libraryPath);
    const QString suffix = library.suffix();
    return library.dir().filePath(library.completeBaseName() + QStringLiteral("-search") +
                                  (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
}

bool SearchIndexFile::prepare(const QSqlDatabase &library, const QString &libraryPath,
                              QString *errorMessage)
{
    const QString path = pathFor(libraryPath);
    // The library's state before the index's and its last entry after: another process's
    // indexer and writer may move both on meanwhile, only ever forward, and an index that is
    // in step must not look out of step for it.
    const std::optional<QueueState> queue = readQueueState(library, errorMessage);
    if (!queue)
        return false;
    auto index = std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::Create);
    std::optional<IndexState> indexState = index->isOpen() ? readIndex(*index) : std::nullopt;
    if (!indexState) {
        // Damaged, or not an index of ours: the index is derived, so it is made anew.
        qCWarning(lcStorage) << "search index unreadable, rebuilding:" << index->errorMessage();
        index.reset();
        remove(libraryPath);
        index = std::make_unique<SqliteConnection>(path, SqliteConnection::Mode::Create);
        indexState = index->isOpen() ? readIndex(*index) : std::nullopt;
        if (!indexState) {
            return fail(errorMessage,
                        tr("Cannot create the search index %1: %2")
                            .arg(QDir::toNativeSeparators(path), index->errorMessage()));
        }
    }
    const std::optional<QueueState> queueAfter = readQueueState(library, errorMessage);
    if (!queueAfter)
        return false;
    // An index that applied less than the library pruned lost its latest transactions; one
    // that applied more belongs to a later history (the library was restored from a backup).
    if (indexState->generation == queue->generation &&
        indexState->appliedThrough >= queue->prunedThrough &&
        indexState->appliedThrough <= queueAfter->lastEntry)
        return true;

    const qint64 generation = newGeneration();
    const std::optional<qint64> appliedThrough =
        queueEveryArticle(library, generation, errorMessage);
    if (!appliedThrough)
        return false;
    if (!resetIndex(*index, generation, *appliedThrough)) {
        return fail(errorMessage, tr("Cannot create the search index %1: %2")
                                      .arg(QDir::toNativeSeparators(path), index->errorMessage()));
    }
    qCDebug(lcStorage) << "search index" << path << "to be rebuilt, generation" << generation;
    return true;
}

bool SearchIndexFile::attach(const QSqlDatabase &library, const QString &libraryPath,
                             bool readOnlyLibrary, QString *errorMessage)
{
    const QString path = pathFor(libraryPath);
    const bool exists = QFileInfo::exists(path);
    QSqlQuery query(library);
    if (readOnlyLibrary && !exists) {
        return query.exec(QString::fromLatin1(EmptyIndexInMemory)) ||
               fail(errorMessage, query.lastError().text());
    }
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS search"));
    // Attached for reading only, though not with mode=ro: a read-only connection to a WAL
    // file keeps its writer's checkpoints from emptying the log. (Storage::Transaction sees
    // to it that the library's write transactions do not lock the index.)
    query.addBindValue(readOnlyLibrary ? readOnlyUri(path) : QFileInfo(path).absoluteFilePath());
    if (!query.exec())
        return fail(errorMessage, query.lastError().text());
    return true;
}

bool SearchIndexFile::pruneQueue(const QSqlDatabase &library, QString *errorMessage)
{
    // The applied entry is read once, so both statements agree on it.
    QSqlQuery applied(library);
    if (!applied.exec(QStringLiteral(
            "SELECT i.applied_through FROM search.index_state i, main.search_index_state q"
            " WHERE i.generation = q.generation AND i.applied_through > q.pruned_through"))) {
        return fail(errorMessage, applied.lastError().text());
    }
    if (!applied.next())
        return true; // nothing new applied, or the index is being rebuilt
    const qint64 through = applied.value(0).toLongLong();
    applied.finish();
    Transaction transaction(library);
    if (!transaction.isActive())
        return fail(errorMessage, transaction.errorMessage());
    QSqlQuery prune(library);
    prune.prepare(QStringLiteral("DELETE FROM main.search_queue WHERE seq <= ?"));
    prune.addBindValue(through);
    QSqlQuery remember(library);
    remember.prepare(QStringLiteral("UPDATE main.search_index_state SET pruned_through = ?"));
    remember.addBindValue(through);
    if (!prune.exec())
        return fail(errorMessage, prune.lastError().text());
    if (!remember.exec())
        return fail(errorMessage, remember.lastError().text());
    return transaction.commit() || fail(errorMessage, transaction.errorMessage());
}

void SearchIndexFile::remove(const QString &libraryPath)
{
    const QString path = pathFor(libraryPath);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

bool SearchIndexFile::invalidate(const QString &libraryPath, QString *errorMessage)
{
    SqliteConnection library(libraryPath, SqliteConnection::Mode::ReadWrite);
    SqliteStatement disown(library, "UPDATE search_index_state SET generation = ?");
    if (!disown.isValid()) {
        // A library from before the index had its own file gets a new queue when migrated.
        SqliteStatement table(library, "SELECT 1 FROM sqlite_schema"
                                       " WHERE name = 'search_index_state'");
        return (library.isOpen() && table.step() == SQLITE_DONE) ||
               fail(errorMessage, library.errorMessage());
    }
    disown.bind(1, newGeneration());
    return disown.step() == SQLITE_DONE || fail(errorMessage, library.errorMessage());
}

} // namespace Storage
