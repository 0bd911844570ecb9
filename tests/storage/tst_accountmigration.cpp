// A library made at schema 3 (before accounts) migrates to 4 with everything intact: folders,
// sources, articles, their states, the search index and the triggers.
#include "searchindexcheck.h"
#include "storage/articlerepository.h"
#include "storage/articletext.h"
#include "storage/database.h"
#include "storage/folderrepository.h"
#include "storage/migrationrunner.h"
#include "storage/sourcerepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Storage::ArticleFilter;
using Storage::ArticleRepository;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// The migrations up to and including \a version, copied from the application's resources.
bool copyMigrations(const QString &directory, int version)
{
    if (!QDir().mkpath(directory))
        return false;
    const Storage::MigrationRunner runner({});
    for (const Storage::MigrationRunner::Migration &migration : runner.migrations()) {
        if (migration.version > version)
            continue;
        const QString target = QDir(directory).filePath(QFileInfo(migration.filePath).fileName());
        if (!QFile::copy(migration.filePath, target))
            return false;
    }
    return true;
}

struct OldLibrary
{
    qint64 folder = 0;
    qint64 inFolder = 0;
    qint64 topLevel = 0;
    qint64 readArticle = 0;
    qint64 bookmarkedArticle = 0;
    qint64 plainArticle = 0;
};

// A schema 3 library: a folder, two sources, articles read, bookmarked and neither. Written
// with the statements of that schema, since today's repositories expect today's.
OldLibrary makeOldLibrary(const QString &path, const QString &migrations)
{
    OldLibrary old;
    Storage::Database database(path, migrations);
    if (!database.open())
        return old;
    const QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (!query.exec("INSERT INTO folders (id, title) VALUES (7, 'News')") ||
        !query.exec("INSERT INTO sources (id, folder_id, feed_url, title) VALUES"
                    " (3, 7, 'https://example.org/a.xml', 'A'),"
                    " (4, NULL, 'https://example.org/b.xml', 'B')"))
        return old;
    const struct
    {
        qint64 id;
        qint64 source;
        const char *title;
        const char *content;
        int read;
        int bookmarked;
    } rows[] = {{11, 3, "Aardvark migration", "<p>pangolin text</p>", 1, 0},
                {12, 3, "Second", "<p>quokka text</p>", 0, 1},
                {13, 4, "Third", "<p>wombat</p>", 0, 0}};
    for (const auto &row : rows) {
        QSqlQuery insert(db);
        insert.prepare("INSERT INTO articles (id, source_id, identity, title, content, read,"
                       " bookmarked, bookmarked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insert.addBindValue(row.id);
        insert.addBindValue(row.source);
        insert.addBindValue(QStringLiteral("g:%1").arg(row.id));
        insert.addBindValue(QString::fromUtf8(row.title));
        insert.addBindValue(Storage::ArticleText::compress(QString::fromUtf8(row.content)));
        insert.addBindValue(row.read);
        insert.addBindValue(row.bookmarked);
        insert.addBindValue(row.bookmarked ? QVariant(Now.toSecsSinceEpoch()) : QVariant());
        QSqlQuery index(db);
        index.prepare("INSERT INTO articles_fts (rowid, title, author, text) VALUES (?, ?, '', ?)");
        index.addBindValue(row.id);
        index.addBindValue(QString::fromUtf8(row.title));
        index.addBindValue(Storage::ArticleText::plainText({}, QString::fromUtf8(row.content)));
        if (!insert.exec() || !index.exec())
            return old;
    }
    return {7, 3, 4, 11, 12, 13};
}

QList<qint64> search(const QSqlDatabase &db, const QString &text)
{
    ArticleFilter filter;
    filter.search = text;
    return ArticleRepository(db).ids(filter);
}

} // namespace

class TestAccountMigration final : public QObject
{
    Q_OBJECT

private slots:
    void migratesEverythingIntact_data();
    void migratesEverythingIntact();
    void runnerTurnsForeignKeysOffForARebuild();
};

void TestAccountMigration::migratesEverythingIntact_data()
{
    QTest::addColumn<QString>("check");
    QTest::newRow("schema and local account") << "schema";
    QTest::newRow("sources keep folders and account") << "sources";
    QTest::newRow("states kept") << "states";
    QTest::newRow("search still finds") << "search";
    QTest::newRow("unsubscribe trigger keeps bookmarks") << "trigger";
    QTest::newRow("same feed in another account") << "unique";
    QTest::newRow("database intact") << "integrity";
}

void TestAccountMigration::migratesEverythingIntact()
{
    QFETCH(QString, check);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("library.db"));
    const QString schema3 = dir.filePath(QStringLiteral("schema3"));
    QVERIFY(copyMigrations(schema3, 3));
    const OldLibrary old = makeOldLibrary(path, schema3);
    QVERIFY(old.plainArticle > 0);

    Storage::Database database(path);
    QVERIFY2(database.open(), qPrintable(database.errorMessage()));
    const QSqlDatabase db = database.connection();
    QCOMPARE(scalar(db, "SELECT count(*) FROM articles").toInt(), 3);

    if (check == QLatin1String("schema")) {
        QVERIFY(scalar(db, "PRAGMA user_version").toInt() >= 4); // later migrations follow
        QCOMPARE(scalar(db, "SELECT type FROM accounts WHERE id = 1").toString(), "local");
        QCOMPARE(scalar(db, "SELECT count(*) FROM accounts").toInt(), 1);
        QVERIFY(!QSqlQuery(db).exec("DELETE FROM accounts WHERE id = 1"));
    } else if (check == QLatin1String("sources")) {
        Storage::SourceRepository sources(db);
        QCOMPARE(sources.find(old.inFolder)->folderId, old.folder);
        QCOMPARE(sources.find(old.topLevel)->folderId, 0);
        QCOMPARE(sources.find(old.inFolder)->title, "A");
        QCOMPARE(sources.fetchedSources().size(), 2);
        QCOMPARE(scalar(db, "SELECT count(*) FROM sources WHERE account_id = 1").toInt(), 2);
        QCOMPARE(scalar(db, "SELECT count(*) FROM folders WHERE account_id = 1").toInt(), 1);
    } else if (check == QLatin1String("states")) {
        ArticleRepository articles(db);
        QVERIFY(articles.article(old.readArticle)->row.read);
        QVERIFY(!articles.article(old.readArticle)->row.bookmarked);
        QVERIFY(articles.article(old.bookmarkedArticle)->row.bookmarked);
        QCOMPARE(articles.article(old.bookmarkedArticle)->bookmarkedAt, Now);
        QCOMPARE(articles.article(old.plainArticle)->row.sourceId, old.topLevel);
        QCOMPARE(articles.article(old.plainArticle)->content, "<p>wombat</p>");
    } else if (check == QLatin1String("search")) {
        // The index has a file of its own now (migration 7), built anew from the articles.
        QVERIFY(TestSupport::catchUpSearchIndex(path));
        QCOMPARE(search(db, "pangolin"), QList<qint64>{old.readArticle});
        QCOMPARE(search(db, "wombat"), QList<qint64>{old.plainArticle});
        // The update trigger of the index still works on the migrated table.
        QVERIFY(
            QSqlQuery(db).exec(QStringLiteral("UPDATE articles SET title = 'Numbat' WHERE id = %1")
                                   .arg(old.plainArticle)));
        QVERIFY(TestSupport::catchUpSearchIndex(path));
        QCOMPARE(search(db, "numbat"), QList<qint64>{old.plainArticle});
        QCOMPARE(TestSupport::searchIndexFaults(db), QString());
    } else if (check == QLatin1String("trigger")) {
        QVERIFY(Storage::SourceRepository(db).remove(old.inFolder));
        QCOMPARE(scalar(db, "SELECT count(*) FROM articles").toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT source_title FROM articles WHERE id = %1")
                                .arg(old.bookmarkedArticle))
                     .toString(),
                 "A");
        QVERIFY(TestSupport::catchUpSearchIndex(path));
        QVERIFY(search(db, "pangolin").isEmpty());
        QCOMPARE(search(db, "quokka"), QList<qint64>{old.bookmarkedArticle});
    } else if (check == QLatin1String("unique")) {
        QVERIFY(QSqlQuery(db).exec("INSERT INTO accounts (id, type) VALUES (2, 'ttrss')"));
        Storage::SourceRepository sources(db);
        const auto again = sources.add({QUrl("https://example.org/a.xml"), {}, {}, 0, 2});
        QVERIFY2(again.id > 0, qPrintable(sources.errorMessage()));
        QVERIFY(!again.alreadyExists);
        QVERIFY(sources.add({QUrl("https://example.org/a.xml"), {}, {}, 0}).alreadyExists);
        QCOMPARE(sources.fetchedSources().size(), 2);
    } else {
        QCOMPARE(scalar(db, "PRAGMA integrity_check").toString(), "ok");
        QSqlQuery check(db);
        QVERIFY(check.exec("PRAGMA foreign_key_check"));
        QVERIFY(!check.next());
        QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                            " AND tbl_name = 'sources'")
                     .toInt(),
                 1);
    }
}

void TestAccountMigration::runnerTurnsForeignKeysOffForARebuild()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("library.db"));
    const QString schema3 = dir.filePath(QStringLiteral("schema3"));
    QVERIFY(copyMigrations(schema3, 3));
    QVERIFY(makeOldLibrary(path, schema3).plainArticle > 0);

    // A connection with foreign keys on: dropping the old sources would clear every article's
    // source, and the triggers would delete them.
    {
        QString error;
        QSqlDatabase db = Storage::openConnection(path, QStringLiteral("fk-on"), &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        QCOMPARE(scalar(db, "PRAGMA foreign_keys").toInt(), 1);
        Storage::MigrationRunner runner(db);
        QCOMPARE(runner.run(), Storage::MigrationRunner::Status::Migrated);
        QCOMPARE(scalar(db, "PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM articles WHERE source_id IS NOT NULL").toInt(),
                 3);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fk-on"));
}

QTEST_GUILESS_MAIN(TestAccountMigration)
#include "tst_accountmigration.moc"
