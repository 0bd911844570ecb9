#include "libraryfiller.h"
#include "openlibrary.h"
#include "storage/database.h"
#include "storage/integritycheck.h"
#include "storage/libraryrepair.h"
#include "storage/searchindexer.h"
#include "storage/searchindexfile.h"
#include "storage/sqliteconnection.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using Storage::LibraryRepair;
using TestSupport::openLibrary;

namespace {

constexpr int Sources = 4;
constexpr int PerSource = 300;
// Bytes overwritten at a time: a disk block, and a page of the search index (SQLite's default).
constexpr int BlockSize = 4096;

enum class Damage {
    None,
    RandomPages,
    Truncated,
    WrongHeader,
    WrongHeaderAndSize,
    LostWal,
    GarbageFile
};

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void overwriteBlocks(const QString &path, int count)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 blocks = file.size() / BlockSize;
    QRandomGenerator random(20); // the same blocks every run
    for (int i = 0; i < count; ++i) {
        const qint64 block = 1 + random.bounded(blocks - 1); // the header survives
        QByteArray noise(BlockSize, Qt::Uninitialized);
        for (char &byte : noise)
            byte = char(random.bounded(256));
        QVERIFY(file.seek(block * BlockSize));
        QCOMPARE(file.write(noise), qint64(BlockSize));
    }
}

// The articles stored on the first \a keptBytes of the library's file: what a truncation to
// that length leaves to recover.
qint64 articlesWithin(const QString &path, qint64 keptBytes)
{
    Storage::SqliteConnection library(path, Storage::SqliteConnection::Mode::ReadOnly);
    Storage::SqliteStatement cells(
        library, "SELECT sum(ncell) FROM dbstat WHERE name = 'articles' AND pagetype = 'leaf'"
                 " AND pageno * (SELECT page_size FROM pragma_page_size) <= ?");
    cells.bind(1, keptBytes);
    return cells.step() == SQLITE_ROW ? cells.integer(0) : -1;
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestLibraryRepair final : public QObject
{
    Q_OBJECT

private slots:
    void damagedLibraryHeals_data();
    void damagedLibraryHeals();
    void intactLibraryIsLeftAlone();
    void damagedSearchIndexIsRebuilt_data();
    void damagedSearchIndexIsRebuilt();

private:
    // A library of Sources × PerSource articles in \a profileDir, closed again.
    static bool makeLibrary(const QString &profileDir);
};

bool TestLibraryRepair::makeLibrary(const QString &profileDir)
{
    auto library = openLibrary(profileDir);
    return library &&
           TestSupport::fillLibrary(library->database().connection(), Sources, PerSource);
}

void TestLibraryRepair::damagedLibraryHeals_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<LibraryRepair::Outcome>("outcome");
    // The least share of the articles that must come back (a truncated file: every article on
    // the pages that are left).
    QTest::addColumn<double>("minimumShare");

    QTest::newRow("wrong header bytes: everything comes back")
        << Damage::WrongHeader << LibraryRepair::Outcome::Repaired << 1.0;
    QTest::newRow("header overwritten through its page count: everything comes back")
        << Damage::WrongHeaderAndSize << LibraryRepair::Outcome::Repaired << 1.0;
    QTest::newRow("random pages overwritten: the rest comes back")
        << Damage::RandomPages << LibraryRepair::Outcome::Repaired << 0.5;
    QTest::newRow("truncated file: what is left comes back")
        << Damage::Truncated << LibraryRepair::Outcome::Repaired << 0.0;
    QTest::newRow("lost WAL: the file is sound, the last transactions are gone")
        << Damage::LostWal << LibraryRepair::Outcome::Healthy << 1.0;
    QTest::newRow("not a database at all: left untouched")
        << Damage::GarbageFile << LibraryRepair::Outcome::Failed << 0.0;
}

void TestLibraryRepair::damagedLibraryHeals()
{
    QFETCH(Damage, damage);
    QFETCH(LibraryRepair::Outcome, outcome);
    QFETCH(double, minimumShare);

    QTemporaryDir profileDir;
    QVERIFY(profileDir.isValid());
    const Storage::Profile profile(profileDir.path());
    const QString path = profile.databasePath();
    qint64 expectedAtMost = Sources * PerSource;
    qint64 expectedAtLeast = -1;

    if (damage == Damage::LostWal) {
        // Half the articles are checkpointed into the file, the other half only in the WAL
        // when the file is copied away from under the open library.
        QTemporaryDir source;
        auto library = openLibrary(source.path());
        QVERIFY(library);
        const QSqlDatabase db = library->database().connection();
        QVERIFY(TestSupport::fillLibrary(db, Sources / 2, PerSource, QStringLiteral("a")));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        QVERIFY(TestSupport::fillLibrary(db, Sources / 2, PerSource, QStringLiteral("b")));
        QVERIFY(QFile::copy(library->profile().databasePath(), path));
        expectedAtMost = (Sources / 2) * PerSource;
    } else {
        QVERIFY(makeLibrary(profileDir.path()));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QFile file(path);
        switch (damage) {
        case Damage::RandomPages:
            overwriteBlocks(path, 12);
            break;
        case Damage::Truncated: {
            const qint64 kept = file.size() * 6 / 10;
            // The library's tables come before its articles in the file, so this is a
            // smaller share in a small library than it would be in a large one.
            expectedAtLeast = articlesWithin(path, kept);
            QVERIFY(expectedAtLeast > 0);
            QVERIFY(file.resize(kept));
            break;
        }
        case Damage::WrongHeader:
            QVERIFY(file.open(QIODevice::ReadWrite));
            QCOMPARE(file.write(QByteArray("NOT A DATABASE!!\x00\x03", 18)), qint64(18));
            break;
        case Damage::WrongHeaderAndSize:
            // The page size and the page count are both gone: the recovery must find the size
            // from the pages themselves.
            QVERIFY(file.open(QIODevice::ReadWrite));
            QCOMPARE(file.write(QByteArray(32, '\xEE')), qint64(32));
            break;
        case Damage::GarbageFile:
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QVERIFY(file.write(QByteArray(50000, 'x')) > 0);
            break;
        case Damage::None:
        case Damage::LostWal:
            break;
        }
    }
    if (expectedAtLeast < 0)
        expectedAtLeast = qint64(minimumShare * double(expectedAtMost));
    const QByteArray damagedBytes = fileContent(path);

    LibraryRepair repair(profile);
    QCOMPARE(repair.repairIfDamaged(true), outcome);
    if (outcome == LibraryRepair::Outcome::Failed) {
        // Nothing of a library in it: the file stays as it is, where it is, and opening says so.
        QCOMPARE(fileContent(path), damagedBytes);
        QVERIFY(
            QDir(profileDir.path()).entryList({QStringLiteral("damaged-*")}, QDir::Dirs).isEmpty());
        QVERIFY2(repair.message().contains(path), qPrintable(repair.message()));
        QString error;
        QVERIFY(!Storage::Library::open(profile, &error));
        return;
    }

    if (outcome == LibraryRepair::Outcome::Repaired) {
        // The damaged file was kept, byte for byte, and the person is told where.
        const QString kept =
            QDir(repair.damagedCopyDirectory()).filePath(QStringLiteral("tidings.sqlite"));
        QCOMPARE(fileContent(kept), damagedBytes);
        QVERIFY2(repair.message().contains(QDir::toNativeSeparators(repair.damagedCopyDirectory())),
                 qPrintable(repair.message()));
    }
    QVERIFY(Storage::checkIntegrity(path).intact());

    auto library = openLibrary(profileDir.path());
    QVERIFY(library);
    const QSqlDatabase db = library->database().connection();
    // Made anew or recovered into a new file, a library has large pages.
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA page_size")), qint64(Storage::LibraryPageSize));
    const qint64 articles = scalar(db, QStringLiteral("SELECT count(*) FROM articles"));
    qInfo() << "articles recovered:" << articles << "of" << expectedAtMost << "(at least"
            << expectedAtLeast << "expected)";
    QVERIFY(articles <= expectedAtMost);
    QVERIFY2(articles >= expectedAtLeast, qPrintable(QString::number(articles)));
    if (outcome == LibraryRepair::Outcome::Repaired)
        QCOMPARE(repair.report().rows(QStringLiteral("articles")), articles);
    // The search index is rebuilt from the articles that came back.
    QVERIFY(Storage::updateSearchIndex(library->database().filePath()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles_fts "
                                       "WHERE articles_fts MATCH 'harbour'")),
             articles);
    // No article points at a lost source, and the library takes new articles.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles a LEFT JOIN sources s "
                                       "ON s.id = a.source_id WHERE a.source_id IS NOT NULL "
                                       "AND s.id IS NULL")),
             qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
             qint64(0));
    QVERIFY(TestSupport::fillLibrary(db, 1, 10, QStringLiteral("new")));
}

void TestLibraryRepair::intactLibraryIsLeftAlone()
{
    QTemporaryDir profileDir;
    QVERIFY(makeLibrary(profileDir.path()));
    const Storage::Profile profile(profileDir.path());
    const QByteArray before = fileContent(profile.databasePath());

    LibraryRepair repair(profile);
    QCOMPARE(repair.repairIfDamaged(true), LibraryRepair::Outcome::Healthy);
    QCOMPARE(fileContent(profile.databasePath()), before);
    QVERIFY(repair.damagedCopyDirectory().isEmpty());
    QVERIFY(Storage::checkIntegrity(profile.databasePath()).intact());
}

QTEST_GUILESS_MAIN(TestLibraryRepair)
void TestLibraryRepair::damagedSearchIndexIsRebuilt_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<bool>("fullCheck");
    QTest::newRow("garbage file, found by reading the header") << Damage::GarbageFile << false;
    QTest::newRow("wrong header bytes") << Damage::WrongHeader << false;
    QTest::newRow("random pages, found by the full check") << Damage::RandomPages << true;
}

void TestLibraryRepair::damagedSearchIndexIsRebuilt()
{
    QFETCH(Damage, damage);
    QFETCH(bool, fullCheck);
    QTemporaryDir profileDir;
    QVERIFY(makeLibrary(profileDir.path()));
    const Storage::Profile profile(profileDir.path());
    QVERIFY(Storage::updateSearchIndex(profile.databasePath()));
    const QString index = Storage::SearchIndexFile::pathFor(profile.databasePath());
    const QByteArray library = fileContent(profile.databasePath());
    QFile file(index);
    switch (damage) {
    case Damage::GarbageFile:
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(BlockSize * 3, 'x'));
        break;
    case Damage::WrongHeader:
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write("Not a database!");
        break;
    default:
        overwriteBlocks(index, 40);
        break;
    }
    file.close();

    LibraryRepair repair(profile);
    QCOMPARE(repair.repairIfDamaged(fullCheck), LibraryRepair::Outcome::Healthy);
    // The library itself was not touched; the index went, to be made again.
    QCOMPARE(fileContent(profile.databasePath()), library);
    QVERIFY(!QFile::exists(index));
    auto opened = openLibrary(profileDir.path());
    QVERIFY(opened);
    QVERIFY(Storage::updateSearchIndex(profile.databasePath()));
    QCOMPARE(scalar(opened->database().connection(),
                    QStringLiteral("SELECT count(*) FROM articles_fts "
                                   "WHERE articles_fts MATCH 'harbour'")),
             qint64(Sources * PerSource));
}

#include "tst_libraryrepair.moc"
