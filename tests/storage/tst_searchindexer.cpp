// The search index in a file of its own: Storage::SearchIndexer applies what the library
// queued, and Storage::SearchIndexFile decides at opening whether the index file can be
// trusted. Whatever happened before, once the indexer caught up the index holds exactly what an
// index built afresh from the articles would.
#include "searchindexcheck.h"
#include "temporarylibrary.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/recentindextexts.h"
#include "storage/searchindexer.h"
#include "storage/searchindexfile.h"
#include "storage/sourcerepository.h"
#include "storage/sqliteconnection.h"
#include "storage/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using Storage::SearchIndexFile;
using TestSupport::catchUpSearchIndex;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC);

// What happens to the library and its index file before the indexer catches up a last time.
enum class Scenario {
    Insert,
    UpdateContent,
    Delete,
    EverythingBeforeIndexing,
    IdReusedBeforeIndexing,
    IdReusedAfterIndexing,
    TextsNotInMemory,
    TextsInMemoryOutdated,
    IndexFileDeleted,
    IndexFileGarbage,
    LibraryRestored,
    IndexFileRestored,
    IndexOfAnotherLibrary,
    IndexOfVersion1,
    IndexOfVersion2,
    IndexSetUpMeanwhile,
    StoppedMidway,
    TwoIndexersAtOnce,
};

// Every word the scenarios use, compared with a rebuilt index at the end.
const QStringList Words = {"harbour", "cranes",     "containers", "quay",     "ferry",
                           "ferries", "market",     "fish",       "tugboats", "barges",
                           "gulls",   "lighthouse", "bogus",      "pebble"};

Feeds::Item article(const QString &guid, const QString &title, const QString &content,
                    const QString &author = {})
{
    Feeds::Item item = TestSupport::makeItem(guid, {}, title, content);
    item.author = author;
    return item;
}

Feeds::Item cranes()
{
    return article("cranes", "Harbour cranes", "<p>The cranes lift containers.</p>", "Ada Quay");
}

Feeds::Item ferry()
{
    return article("ferry", "Ferry timetable", "<p>Ferries leave hourly.</p>");
}

QList<Feeds::Item> pebbles(int count)
{
    QList<Feeds::Item> items;
    for (int i = 0; i < count; ++i)
        items.append(article(QStringLiteral("pebble%1").arg(i), QStringLiteral("Pebble"),
                             QStringLiteral("<p>Smooth %1.</p>").arg(i)));
    return items;
}

Feeds::Item market()
{
    Feeds::Item item = article("market", "Market day", {});
    item.summary = QStringLiteral("<p>Fish and bread.</p>");
    return item;
}

// A library in a folder of its own, opened and closed as the application does, with one source.
class Library final
{
public:
    Library() : m_path(m_dir.filePath(QStringLiteral("library.sqlite"))) {}

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString indexPath() const { return SearchIndexFile::pathFor(m_path); }
    [[nodiscard]] QSqlDatabase connection() const { return m_database->connection(); }

    [[nodiscard]] bool open()
    {
        m_database = std::make_unique<Storage::Database>(m_path);
        if (!m_database->open()) {
            qWarning().noquote() << m_database->errorMessage();
            return false;
        }
        if (m_source == 0)
            m_source = Storage::SourceRepository(connection())
                           .add({QUrl(QStringLiteral("https://example.org/feed")), {}, {}, 0})
                           .id;
        return m_source > 0;
    }
    void close() { m_database.reset(); }

    [[nodiscard]] bool store(const QList<Feeds::Item> &items)
    {
        Storage::ArticleRepository articles(connection());
        return articles.store(m_source, TestSupport::makeFeed(items), Now).has_value();
    }
    // Deletes as a feed's article goes (retention, unsubscribing): the trigger queues it.
    [[nodiscard]] bool remove(const QString &guid)
    {
        QSqlQuery query(connection());
        query.prepare(QStringLiteral("DELETE FROM articles WHERE guid = ?"));
        query.addBindValue(guid);
        return query.exec() && query.numRowsAffected() == 1;
    }
    [[nodiscard]] qint64 scalar(const QString &sql) const
    {
        QSqlQuery query(connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    [[nodiscard]] qint64 idOf(const QString &guid) const
    {
        return scalar(QStringLiteral("SELECT id FROM articles WHERE guid = '%1'").arg(guid));
    }
    // "word: guid guid", the articles a search for \a word finds.
    [[nodiscard]] QString found(const QString &word) const
    {
        Storage::ArticleFilter filter;
        filter.search = word;
        QStringList guids;
        for (const qint64 id : Storage::ArticleRepository(connection()).ids(filter))
            guids.append(guidOf(id));
        std::sort(guids.begin(), guids.end());
        return (QStringList{word + QLatin1Char(':')} + guids).join(QLatin1Char(' '));
    }
    // The index was found untrustworthy: it is empty, and every article waits for it.
    [[nodiscard]] bool isBeingRebuilt() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM articles_fts")) == 0 &&
               scalar(QStringLiteral("SELECT count(*) FROM search_queue")) ==
                   scalar(QStringLiteral("SELECT count(*) FROM articles"));
    }

private:
    [[nodiscard]] QString guidOf(qint64 id) const
    {
        QSqlQuery query(connection());
        return query.exec(QStringLiteral("SELECT guid FROM articles WHERE id = %1").arg(id)) &&
                       query.next()
                   ? query.value(0).toString()
                   : QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage::Database> m_database;
    qint64 m_source = 0;
};

bool copyOver(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestSearchIndexer final : public QObject
{
    Q_OBJECT

private slots:
    void indexEndsAsARebuildWould_data();
    void indexEndsAsARebuildWould();
    void storingLeavesTheIndexLogFree();
    void longTextsMakeSmallerBatches();

private:
    void play(Scenario scenario, Library &library);

    bool m_playedThrough = false; ///< play() did not stop at a failure, expected or not
};

void TestSearchIndexer::indexEndsAsARebuildWould_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<QStringList>("found"); // "word: guid guid" after the last catching up

    const QStringList stored{"cranes: cranes", "quay: cranes", "ferries: ferry", "fish: market",
                             "harbour: cranes"};
    QTest::newRow("stored, then searched") << Scenario::Insert << stored;
    QTest::newRow("content updated: old words gone, new ones found")
        << Scenario::UpdateContent
        << QStringList{"cranes:", "containers:", "tugboats: cranes", "harbour: cranes",
                       "quay: cranes"};
    QTest::newRow("deleted") << Scenario::Delete
                             << QStringList{"ferries:", "ferry:", "cranes: cranes"};
    QTest::newRow("stored, updated twice and deleted before the indexer ran")
        << Scenario::EverythingBeforeIndexing
        << QStringList{"containers:", "tugboats:",    "barges: cranes",
                       "ferries:",    "gulls: gulls", "fish: market"};
    const QStringList reused{"fish:", "market:", "lighthouse: lighthouse", "cranes: cranes"};
    QTest::newRow("newest deleted, its id reused, before the indexer ran")
        << Scenario::IdReusedBeforeIndexing << reused;
    QTest::newRow("newest deleted, its id reused, after the indexer ran")
        << Scenario::IdReusedAfterIndexing << reused;
    QTest::newRow("texts not in memory: read from the library")
        << Scenario::TextsNotInMemory << stored;
    QTest::newRow("texts in memory of an older version: read from the library")
        << Scenario::TextsInMemoryOutdated << stored + QStringList{"bogus:"};
    QTest::newRow("index file deleted: rebuilt") << Scenario::IndexFileDeleted << stored;
    QTest::newRow("index file overwritten with garbage: rebuilt")
        << Scenario::IndexFileGarbage << stored;
    QTest::newRow("library restored from an older copy: index rebuilt")
        << Scenario::LibraryRestored
        << QStringList{"containers: cranes", "tugboats:", "ferries: ferry", "gulls:"};
    QTest::newRow("index file restored from an older copy: rebuilt")
        << Scenario::IndexFileRestored
        << QStringList{"containers:", "tugboats: cranes", "gulls: gulls", "ferries: ferry"};
    QTest::newRow("index file of another library: rebuilt")
        << Scenario::IndexOfAnotherLibrary
        << QStringList{"cranes:", "ferries:", "lighthouse: lighthouse", "gulls: gulls"};
    QTest::newRow("index file of version 1: table made anew, refilled")
        << Scenario::IndexOfVersion1 << stored;
    QTest::newRow("index file of version 2: table made anew, refilled")
        << Scenario::IndexOfVersion2 << stored;
    QTest::newRow("index set up by another process between the look and the lock: kept")
        << Scenario::IndexSetUpMeanwhile << stored;
    QTest::newRow("stopped midway, library written meanwhile, finished after reopening")
        << Scenario::StoppedMidway
        << QStringList{"containers:", "tugboats: cranes", "ferries: ferry", "gulls: gulls"};
    QTest::newRow("two indexers at once") << Scenario::TwoIndexersAtOnce << stored;
}

void TestSearchIndexer::indexEndsAsARebuildWould()
{
    QFETCH(Scenario, scenario);
    QFETCH(QStringList, found);

    Library library;
    QVERIFY(library.open());
    QVERIFY(library.store({cranes(), ferry(), market()}));
    m_playedThrough = false;
    play(scenario, library);
    if (!m_playedThrough)
        return;

    QVERIFY(catchUpSearchIndex(library.path()));
    QStringList actual;
    for (const QString &expected : std::as_const(found))
        actual.append(library.found(expected.section(QLatin1Char(':'), 0, 0)));
    QCOMPARE(actual, found);
    QCOMPARE(TestSupport::searchIndexFaults(library.connection(), Words), QString());
}

void TestSearchIndexer::play(Scenario scenario, Library &library)
{
    Feeds::Item changed = cranes();
    switch (scenario) {
    case Scenario::Insert:
        // Nothing is searchable before the indexer ran.
        QCOMPARE(library.found(QStringLiteral("cranes")), QStringLiteral("cranes:"));
        break;
    case Scenario::UpdateContent:
        QVERIFY(catchUpSearchIndex(library.path()));
        changed.title = QStringLiteral("Harbour tugboats");
        changed.content = QStringLiteral("<p>The tugboats wait.</p>");
        QVERIFY(library.store({changed}));
        break;
    case Scenario::Delete:
        QVERIFY(catchUpSearchIndex(library.path()));
        QVERIFY(library.remove(QStringLiteral("ferry")));
        break;
    case Scenario::EverythingBeforeIndexing:
        changed.content = QStringLiteral("<p>The tugboats wait.</p>");
        QVERIFY(library.store({changed}));
        changed.content = QStringLiteral("<p>The barges wait.</p>");
        QVERIFY(library.store({changed}));
        QVERIFY(library.store({article("gulls", "Gulls", "<p>Loud.</p>")}));
        QVERIFY(library.remove(QStringLiteral("ferry")));
        break;
    case Scenario::IdReusedAfterIndexing:
        QVERIFY(catchUpSearchIndex(library.path()));
        Q_FALLTHROUGH();
    case Scenario::IdReusedBeforeIndexing: {
        const qint64 newest = library.idOf(QStringLiteral("market"));
        QVERIFY(library.remove(QStringLiteral("market")));
        QVERIFY(library.store({article("lighthouse", "Lighthouse", "<p>Restored lens.</p>")}));
        QCOMPARE(library.idOf(QStringLiteral("lighthouse")), newest);
        break;
    }
    case Scenario::TextsNotInMemory:
    case Scenario::TextsInMemoryOutdated: {
        // As if the indexer ran in another process, or the texts had been dropped for room.
        Storage::RecentIndexTexts &texts = Storage::RecentIndexTexts::forLibrary(library.path());
        QSqlQuery query(library.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, content_hash FROM articles")));
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const qint64 hash = query.value(1).toLongLong();
            QVERIFY(texts.take(id, hash));
            if (scenario == Scenario::TextsInMemoryOutdated)
                texts.add(id, hash + 1, {"bogus", "bogus", "bogus"});
        }
        QCOMPARE(texts.size() == 0, scenario == Scenario::TextsNotInMemory);
        break;
    }
    case Scenario::IndexFileDeleted:
        QVERIFY(catchUpSearchIndex(library.path()));
        library.close();
        QVERIFY(QFile::remove(library.indexPath()));
        QVERIFY(library.open());
        QVERIFY(library.isBeingRebuilt());
        // A new file: large pages, and leaves to fill them.
        QCOMPARE(library.scalar(QStringLiteral("PRAGMA search.page_size")), 16384);
        QCOMPARE(library.scalar(QStringLiteral("SELECT v FROM search.articles_fts_config"
                                               " WHERE k = 'pgsz'")),
                 4000);
        break;
    case Scenario::IndexFileGarbage: {
        QVERIFY(catchUpSearchIndex(library.path()));
        library.close();
        QFile index(library.indexPath());
        QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(index.write(QByteArray("not an index at all\n").repeated(400)) > 0);
        index.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("search index unreadable"));
        QVERIFY(library.open());
        QVERIFY(library.isBeingRebuilt());
        break;
    }
    case Scenario::LibraryRestored: {
        QVERIFY(catchUpSearchIndex(library.path()));
        library.close();
        const QString backup = library.path() + QStringLiteral(".backup");
        QVERIFY(QFile::copy(library.path(), backup));
        QVERIFY(library.open());
        changed.content = QStringLiteral("<p>The tugboats wait.</p>");
        QVERIFY(library.store({changed}));
        QVERIFY(library.remove(QStringLiteral("ferry")));
        QVERIFY(library.store({article("gulls", "Gulls", "<p>Loud.</p>")}));
        QVERIFY(catchUpSearchIndex(library.path()));
        library.close();
        QVERIFY(copyOver(backup, library.path()));
        QVERIFY(library.open());
        QVERIFY(library.isBeingRebuilt());
        break;
    }
    case Scenario::IndexFileRestored: {
        QVERIFY(catchUpSearchIndex(library.path()));
        library.close();
        const QString backup = library.indexPath() + QStringLiteral(".backup");
        QVERIFY(QFile::copy(library.indexPath(), backup));
        QVERIFY(library.open());
        changed.content = QStringLiteral("<p>The tugboats wait.</p>");
        QVERIFY(library.store({changed}));
        QVERIFY(catchUpSearchIndex(library.path()));
        // Storing prunes the queue of what the index took in: the copy can no longer catch up.
        QVERIFY(library.store({article("gulls", "Gulls", "<p>Loud.</p>")}));
        library.close();
        QVERIFY(copyOver(backup, library.indexPath()));
        QVERIFY(library.open());
        QVERIFY(library.isBeingRebuilt());
        break;
    }
    case Scenario::IndexOfAnotherLibrary: {
        // Another library, as long and as far indexed, whose file is then put in this one's
        // place: this library's index must not serve it.
        QVERIFY(catchUpSearchIndex(library.path()));
        library.close();
        Library other;
        QVERIFY(other.open());
        QVERIFY(other.store({article("lighthouse", "Lighthouse", "<p>Restored lens.</p>"),
                             article("gulls", "Gulls", "<p>Loud.</p>"),
                             article("pebble", "Pebble", "<p>Smooth.</p>")}));
        QVERIFY(catchUpSearchIndex(other.path()));
        other.close();
        QVERIFY(copyOver(other.path(), library.path()));
        QVERIFY(library.open());
        // Both applied as many changes as the other queued; only the generation, drawn at
        // random for each index built, tells the two histories apart.
        QVERIFY(library.isBeingRebuilt());
        break;
    }
    case Scenario::IndexOfVersion1:
    case Scenario::IndexOfVersion2: {
        QVERIFY(catchUpSearchIndex(library.path()));
        library.close();
        {
            // As those versions left it: tokenized by unicode61 itself, and version 1 merging
            // at FTS5's default, which has no row of its own.
            Storage::SqliteConnection index(library.indexPath(),
                                            Storage::SqliteConnection::Mode::ReadWrite);
            const bool version1 = scenario == Scenario::IndexOfVersion1;
            QVERIFY(index.execute(
                "DROP TABLE articles_fts;"
                "CREATE VIRTUAL TABLE articles_fts USING fts5(title, author, text,"
                " content = '', tokenize = 'unicode61 remove_diacritics 2');"
                "INSERT INTO articles_fts (rowid, title, author, text)"
                " VALUES (1, 'Cranes', NULL, 'Cranes are back.');" +
                QByteArray(version1 ? "PRAGMA user_version = 1;" : "PRAGMA user_version = 2;")));
        }
        QVERIFY(library.open());
        QCOMPARE(library.scalar(QStringLiteral("PRAGMA search.user_version")),
                 SearchIndexFile::SchemaVersion);
        QVERIFY(library.isBeingRebuilt());
        QCOMPARE(library.scalar(QStringLiteral("SELECT v FROM search.articles_fts_config"
                                               " WHERE k = 'automerge'")),
                 8);
        // The file keeps its pages, and so FTS5's own leaf size, which fits any.
        QCOMPARE(library.scalar(QStringLiteral("SELECT count(*) FROM search.articles_fts_config"
                                               " WHERE k = 'pgsz'")),
                 0);
        QSqlQuery definition(library.connection());
        QVERIFY(definition.exec(
            QStringLiteral("SELECT sql FROM search.sqlite_schema WHERE name = 'articles_fts'")));
        QVERIFY(definition.next());
        QVERIFY2(definition.value(0).toString().contains(QStringLiteral("tokenize = 'tidings'")),
                 qPrintable(definition.value(0).toString()));
        break;
    }
    case Scenario::IndexSetUpMeanwhile: {
        // The window and a command opening a new profile at once: this one reads version 0,
        // the other commits the schema before this one has the lock. Here the tables are
        // there already and only the version is committed late, which this one sees alike.
        QVERIFY(catchUpSearchIndex(library.path()));
        library.close();
        Storage::SqliteConnection other(library.indexPath(),
                                        Storage::SqliteConnection::Mode::ReadWrite);
        QVERIFY(other.execute("PRAGMA user_version = 0"));
        QVERIFY(other.execute("BEGIN IMMEDIATE; PRAGMA user_version = " +
                              QByteArray::number(SearchIndexFile::SchemaVersion)));
        std::thread commitLater([&other] {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            other.execute("COMMIT");
        });
        const bool opened = library.open();
        commitLater.join();
        QVERIFY(opened);
        QVERIFY(!library.isBeingRebuilt());
        QCOMPARE(library.scalar(QStringLiteral("SELECT count(*) FROM articles_fts")), 3);
        break;
    }
    case Scenario::StoppedMidway: {
        QVERIFY(library.store(pebbles(30)));
        {
            Storage::SearchIndexer indexer(library.path());
            QVERIFY2(indexer.open(), qPrintable(indexer.errorMessage()));
            QCOMPARE(indexer.applyPending(5), 5);
            QCOMPARE(indexer.applyPending(5), 5);
            QCOMPARE(indexer.pending(), 23);
        } // stopped
        // The library goes on: storing prunes what the index took in.
        changed.content = QStringLiteral("<p>The tugboats wait.</p>");
        QVERIFY(library.store({changed, article("gulls", "Gulls", "<p>Loud.</p>")}));
        QCOMPARE(library.scalar(QStringLiteral("SELECT count(*) FROM search_queue")), 23 + 3);
        library.close();
        QVERIFY(library.open());
        // Trusted, not rebuilt: it goes on where it stopped.
        QCOMPARE(library.scalar(QStringLiteral("SELECT count(*) FROM articles_fts")), 10);
        Storage::SearchIndexer indexer(library.path());
        QVERIFY(indexer.open());
        QCOMPARE(indexer.pending(), 23 + 3);
        QVERIFY(indexer.applyPending(7) == 7);
        break;
    }
    case Scenario::TwoIndexersAtOnce: {
        // As a command's indexer beside the window's: each reads a batch while the other may
        // be writing one, and must then neither apply a change twice (the insert would fail)
        // nor skip one (the rebuilt index would differ).
        QVERIFY(library.store(pebbles(60)));
        std::atomic<bool> failed = false;
        const auto catchUp = [path = library.path(), &failed] {
            Storage::SearchIndexer indexer(path);
            if (!indexer.open()) {
                failed = true;
                return;
            }
            for (int applied = 1; applied > 0;) {
                applied = indexer.applyPending(3);
                failed = failed || applied < 0;
            }
        };
        std::thread other(catchUp);
        catchUp();
        other.join();
        QVERIFY(!failed);
        QCOMPARE(library.scalar(QStringLiteral("SELECT count(*) FROM articles_fts")), 63);
        break;
    }
    }
    m_playedThrough = true;
}

void TestSearchIndexer::storingLeavesTheIndexLogFree()
{
    // A refresh stores in long transactions while the indexer writes the index beside it, and
    // the index's log can only start over while no one reads the index. A writer that looked
    // at the index inside its transaction held it until the end: over a large refresh, the log
    // grew by everything indexed meanwhile.
    Library library;
    QVERIFY(library.open());
    QVERIFY(library.store({cranes(), ferry()}));
    QVERIFY(catchUpSearchIndex(library.path()));
    const QString indexLog = library.indexPath() + QStringLiteral("-wal");
    QVERIFY(QFileInfo(indexLog).size() > 0);

    Storage::ArticleRepository articles(library.connection());
    articles.pruneSearchQueue();
    Storage::Transaction transaction(library.connection());
    QVERIFY(transaction.isActive());
    const qint64 source = library.scalar(QStringLiteral("SELECT min(id) FROM sources"));
    QVERIFY(articles.storeInto(transaction, {source, TestSupport::makeFeed({market()}), {}}, Now));

    Storage::SqliteConnection index(library.indexPath(),
                                    Storage::SqliteConnection::Mode::ReadWrite);
    Storage::SqliteStatement checkpoint(index, "PRAGMA wal_checkpoint(TRUNCATE)");
    QCOMPARE(checkpoint.step(), SQLITE_ROW);
    QCOMPARE(checkpoint.integer(0), 0); // not kept busy by a reader
    checkpoint.reset();
    QCOMPARE(QFileInfo(indexLog).size(), 0);
    QVERIFY(transaction.commit());
}

void TestSearchIndexer::longTextsMakeSmallerBatches()
{
    Library library;
    QVERIFY(library.open());
    QVERIFY(library.store(pebbles(4)));
    Storage::SearchIndexer indexer(library.path());
    QVERIFY(indexer.open());
    QCOMPARE(indexer.applyPending(10, 1), 1); // past the bound at the first, which still goes in
    QCOMPARE(indexer.applyPending(10, 1024 * 1024), 3);
    QCOMPARE(indexer.pending(), 0);
    QCOMPARE(TestSupport::searchIndexFaults(library.connection(), Words), QString());
}

QTEST_GUILESS_MAIN(TestSearchIndexer)
#include "tst_searchindexer.moc"
