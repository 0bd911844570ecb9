#include "searchindexcheck.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/migrationrunner.h"
#include "storage/searchindexfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using Storage::Database;
using Storage::MigrationRunner;
using Storage::SearchIndexFile;

namespace {

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), contents.size());
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// The tables of \a schema: "main", the library, or "search", its index file.
QStringList tableNames(const QSqlDatabase &db, const QString &schema = QStringLiteral("main"))
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM %1.sqlite_schema WHERE type IN ('table', 'view') "
                              "ORDER BY name")
                   .arg(schema));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// The application's migrations up to and including \a version, copied into \a directory.
bool copyMigrations(const QString &directory, int version)
{
    for (const MigrationRunner::Migration &migration : MigrationRunner({}).migrations()) {
        if (migration.version <= version &&
            !QFile::copy(migration.filePath,
                         QDir(directory).filePath(QFileInfo(migration.filePath).fileName())))
            return false;
    }
    return true;
}

QList<qint64> searchIds(const QSqlDatabase &db, const QString &text)
{
    Storage::ArticleFilter filter;
    filter.search = text;
    QList<qint64> ids = Storage::ArticleRepository(db).ids(filter);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Sets a database's schema version directly, the way a newer Tidings would have left it.
void stampVersion(const QString &path, int version)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stamp"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS future (x)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stamp"));
}

} // namespace

class TestMigrationRunner final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void migrationFilesAreFoundInOrder_data();
    void migrationFilesAreFoundInOrder();

    void freshDatabaseGetsTheWholeSchema();
    void upgradeAppliesOnlyNewMigrationsAndKeepsData();
    void indexInsideTheLibraryMovesToItsOwnFile();
    void reopeningAnUpToDateDatabaseChangesNothing();
    void failedMigrationIsRolledBack();
    void tooNewDatabaseIsRefusedUntouched();
    void corruptFileIsRefusedUntouched_data();
    void corruptFileIsRefusedUntouched();

private:
    QString databasePath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }
    QString migrationsPath() const { return m_dir->filePath(QStringLiteral("migrations")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrationRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(migrationsPath()));
}

void TestMigrationRunner::migrationFilesAreFoundInOrder_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QList<int>>("versions");

    QTest::newRow("sorted numerically, not by name")
        << QStringList{"10_ten.sql", "2_two.sql", "001_one.sql"} << QList<int>{1, 2, 10};
    QTest::newRow("files that are not migrations are ignored")
        << QStringList{"001_one.sql", "README.md", "notes.sql", "002_two.sql.bak", "x_003.sql"}
        << QList<int>{1};
    QTest::newRow("empty folder") << QStringList{} << QList<int>{};
}

void TestMigrationRunner::migrationFilesAreFoundInOrder()
{
    QFETCH(QStringList, files);
    QFETCH(QList<int>, versions);
    for (const QString &file : files)
        writeFile(QDir(migrationsPath()).filePath(file), "SELECT 1;");

    const MigrationRunner runner(QSqlDatabase(), migrationsPath());
    QList<int> found;
    for (const MigrationRunner::Migration &migration : runner.migrations())
        found.append(migration.version);
    QCOMPARE(found, versions);
    QCOMPARE(runner.latestVersion(), versions.isEmpty() ? 0 : versions.last());
}

void TestMigrationRunner::freshDatabaseGetsTheWholeSchema()
{
    Database database(databasePath());
    QVERIFY2(database.open(), qPrintable(database.errorMessage()));
    const QSqlDatabase db = database.connection();

    const MigrationRunner shipped(db);
    QVERIFY(shipped.latestVersion() >= 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), shipped.latestVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    const QStringList tables = tableNames(db);
    for (const char *table :
         {"folders", "sources", "articles", "enclosures", "search_queue", "search_index_state"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    // The search index lives in a file of its own, attached to every connection.
    QVERIFY(!tables.contains(QStringLiteral("articles_fts")));
    QVERIFY(QFile::exists(SearchIndexFile::pathFor(databasePath())));
    QVERIFY(tableNames(db, QStringLiteral("search")).contains(QStringLiteral("articles_fts")));
}

void TestMigrationRunner::upgradeAppliesOnlyNewMigrationsAndKeepsData()
{
    writeFile(QDir(migrationsPath()).filePath(QStringLiteral("001_notes.sql")),
              "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n"
              "INSERT INTO notes (body) VALUES ('seeded by 001');");
    {
        Database database(databasePath(), migrationsPath());
        QVERIFY2(database.open(), qPrintable(database.errorMessage()));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('written by user')")));
    }

    // Version 2 arrives with an update; a trigger shows that multi-statement scripts work.
    writeFile(QDir(migrationsPath()).filePath(QStringLiteral("002_tags.sql")),
              "ALTER TABLE notes ADD COLUMN tag TEXT NOT NULL DEFAULT 'none';\n"
              "CREATE TABLE log (note_id INTEGER);\n"
              "CREATE TRIGGER notes_log AFTER INSERT ON notes BEGIN\n"
              "    INSERT INTO log VALUES (new.id);\n"
              "END;");
    Database database(databasePath(), migrationsPath());
    QVERIFY2(database.open(), qPrintable(database.errorMessage()));
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    // 001 did not run again: its seed row exists once, and the user's row is still there.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(tag) FROM notes")).toString(),
             QStringLiteral("none,none"));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('after upgrade')")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM log")).toInt(), 1);
}

// A library of schema 6 had its search index inside, as the table articles_fts; the upgrade
// drops it, and the index file is built from the articles.
void TestMigrationRunner::indexInsideTheLibraryMovesToItsOwnFile()
{
    QVERIFY(copyMigrations(migrationsPath(), 6));
    {
        Database database(databasePath(), migrationsPath());
        QVERIFY2(database.open(), qPrintable(database.errorMessage()));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO sources (id, feed_url) VALUES"
                                          " (1, 'https://example.org/feed')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO articles (id, source_id, identity, title, author) VALUES"
                           " (1, 1, 'g:1', 'Lighthouse keepers', NULL),"
                           " (2, 1, 'g:2', 'Ferry news', 'Ida Quay')")));
        // As the writer of schema 6 indexed new articles.
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO articles_fts (rowid, title, author, text)"
            " SELECT id, title, author, tidings_article_text(summary, content) FROM articles")));
        QCOMPARE(searchIds(database.connection(), QStringLiteral("quay")), QList<qint64>{2});
    }
    QVERIFY(!QFile::exists(SearchIndexFile::pathFor(databasePath())));

    Database database(databasePath());
    QVERIFY2(database.open(), qPrintable(database.errorMessage()));
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
             MigrationRunner(db).latestVersion());
    QVERIFY(!tableNames(db).contains(QStringLiteral("articles_fts")));
    QVERIFY(QFile::exists(SearchIndexFile::pathFor(databasePath())));
    // Every article waits for the new index, which finds nothing until it has caught up.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_queue")).toInt(), 2);
    QVERIFY(searchIds(db, QStringLiteral("quay")).isEmpty());

    QVERIFY(TestSupport::catchUpSearchIndex(databasePath()));
    QCOMPARE(searchIds(db, QStringLiteral("lighthouse")), QList<qint64>{1});
    QCOMPARE(searchIds(db, QStringLiteral("quay")), QList<qint64>{2});
    QCOMPARE(TestSupport::searchIndexFaults(db), QString());
}

void TestMigrationRunner::reopeningAnUpToDateDatabaseChangesNothing()
{
    {
        Database database(databasePath());
        QVERIFY(database.open());
    }
    Database database(databasePath());
    QVERIFY2(database.open(), qPrintable(database.errorMessage()));
    MigrationRunner runner(database.connection());
    QCOMPARE(runner.run(), MigrationRunner::Status::UpToDate);
}

void TestMigrationRunner::failedMigrationIsRolledBack()
{
    writeFile(QDir(migrationsPath()).filePath(QStringLiteral("001_notes.sql")),
              "CREATE TABLE notes (id INTEGER PRIMARY KEY);");
    {
        Database database(databasePath(), migrationsPath());
        QVERIFY(database.open());
    }
    writeFile(QDir(migrationsPath()).filePath(QStringLiteral("002_broken.sql")),
              "CREATE TABLE half_done (x);\nTHIS IS NOT SQL;");

    Database database(databasePath(), migrationsPath());
    QVERIFY(!database.open());
    QCOMPARE(database.error(), Database::Error::MigrationFailed);
    QVERIFY(database.errorMessage().contains(databasePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(databasePath());
    QVERIFY(db.open());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QVERIFY(!tableNames(db).contains(QStringLiteral("half_done")));
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestMigrationRunner::tooNewDatabaseIsRefusedUntouched()
{
    stampVersion(databasePath(), 999);
    const QByteArray before = fileHash(databasePath());

    Database database(databasePath());
    QVERIFY(!database.open());
    QCOMPARE(database.error(), Database::Error::TooNew);
    QVERIFY(database.errorMessage().contains(databasePath()));
    QVERIFY(database.errorMessage().contains(QLatin1String("newer version")));
    QCOMPARE(fileHash(databasePath()), before);
    QVERIFY(!QFile::exists(databasePath() + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(SearchIndexFile::pathFor(databasePath())));
}

void TestMigrationRunner::corruptFileIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("contents");

    QTest::newRow("text file") << QByteArray("these are my notes, not a database\n");
    QTest::newRow("random bytes") << QByteArray(8192, '\x9c');
    QByteArray damagedHeader("SQLite format 3");
    damagedHeader.append('\0');
    damagedHeader.append(QByteArray(4080, '\xff'));
    QTest::newRow("damaged header") << damagedHeader;
}

void TestMigrationRunner::corruptFileIsRefusedUntouched()
{
    QFETCH(QByteArray, contents);
    writeFile(databasePath(), contents);

    Database database(databasePath());
    QVERIFY(!database.open());
    QCOMPARE(database.error(), Database::Error::Corrupt);
    QVERIFY(database.errorMessage().contains(databasePath()));

    QFile file(databasePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
    QVERIFY(!QFile::exists(SearchIndexFile::pathFor(databasePath())));
}

QTEST_GUILESS_MAIN(TestMigrationRunner)
#include "tst_migrationrunner.moc"
