#include "libraryfiller.h"
#include "openlibrary.h"
#include "storage/librarybackups.h"
#include "storage/searchindexer.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using Storage::LibraryBackups;
using TestSupport::openLibrary;

namespace {

qint64 sourceCount(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sources")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestLibraryBackups final : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheNewestThreeAreKept();
    void restoreBringsBackABackupWhileTheLibraryIsOpen();
    void damagedBackupIsNotRestored();
    void resolveFindsNamesAndPaths();
};

void TestLibraryBackups::onlyTheNewestThreeAreKept()
{
    QTemporaryDir profileDir;
    auto library = openLibrary(profileDir.path());
    QVERIFY(library);
    LibraryBackups backups(library->profile());
    QVERIFY(backups.list().isEmpty());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(TestSupport::fillLibrary(library->database().connection(), 1, 3,
                                         QStringLiteral("b%1-").arg(i)));
        QVERIFY2(backups.create(), qPrintable(backups.errorMessage()));
        QThread::msleep(5); // backups are named by the millisecond
    }
    const QList<Storage::BackupInfo> kept = backups.list();
    QCOMPARE(kept.size(), qsizetype(LibraryBackups::Kept));
    QVERIFY(kept.at(0).created > kept.at(1).created);
    QVERIFY(kept.at(1).created > kept.at(2).created);
    // The newest backup holds all five sources, the oldest kept one three.
    for (int i = 0; i < kept.size(); ++i) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("backup-%1").arg(i));
        db.setDatabaseName(kept.at(i).filePath);
        QVERIFY(db.open());
        QCOMPARE(sourceCount(db), qint64(5 - i));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("backup-%1").arg(i));
    }
    QCOMPARE(QDir(backups.directory()).entryList(QDir::Files).size(),
             qsizetype(LibraryBackups::Kept));
}

void TestLibraryBackups::restoreBringsBackABackupWhileTheLibraryIsOpen()
{
    QTemporaryDir profileDir;
    auto library = openLibrary(profileDir.path());
    QVERIFY(library);
    const QSqlDatabase db = library->database().connection();
    QVERIFY(TestSupport::fillLibrary(db, 2, 20));
    LibraryBackups backups(library->profile());
    QVERIFY(backups.create());
    QVERIFY(TestSupport::fillLibrary(db, 3, 20, QStringLiteral("later")));
    QCOMPARE(sourceCount(db), qint64(5));

    QVERIFY2(backups.restore(backups.list().constFirst().filePath),
             qPrintable(backups.errorMessage()));
    // The open connection sees the restored library; the library as it was is kept.
    QCOMPARE(sourceCount(db), qint64(2));
    QVERIFY(
        QFile::exists(QDir(backups.directory()).filePath(QStringLiteral("before-restore.sqlite"))));
    // The search index, which held the later articles too, is no longer applied to...
    const QString path = library->database().filePath();
    Storage::SearchIndexer indexer(path);
    QVERIFY(indexer.open());
    QCOMPARE(indexer.applyPending(), 0);
    QVERIFY(indexer.isStale());
    library.reset();
    // ...and the library opens again as usual, with an index rebuilt from what was restored.
    library = openLibrary(profileDir.path());
    QVERIFY(library);
    QCOMPARE(sourceCount(library->database().connection()), qint64(2));
    QVERIFY(Storage::updateSearchIndex(path));
    QSqlQuery search(library->database().connection());
    QVERIFY(search.exec(
        QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'")));
    QVERIFY(search.next());
    QCOMPARE(search.value(0).toInt(), 40);
}

void TestLibraryBackups::damagedBackupIsNotRestored()
{
    QTemporaryDir profileDir;
    auto library = openLibrary(profileDir.path());
    QVERIFY(library);
    const QSqlDatabase db = library->database().connection();
    QVERIFY(TestSupport::fillLibrary(db, 2, 5));
    const QString bogus = profileDir.filePath(QStringLiteral("bogus.sqlite"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'z'));
    file.close();

    LibraryBackups backups(library->profile());
    QVERIFY(!backups.restore(bogus));
    QVERIFY(backups.errorMessage().contains(QLatin1String("damaged")));
    QVERIFY(!backups.restore(profileDir.filePath(QStringLiteral("missing.sqlite"))));
    QCOMPARE(sourceCount(db), qint64(2));
}

void TestLibraryBackups::resolveFindsNamesAndPaths()
{
    QTemporaryDir profileDir;
    const Storage::Profile profile(profileDir.path());
    LibraryBackups backups(profile);
    QVERIFY(QDir().mkpath(backups.directory()));
    const QString name = QStringLiteral("tidings-20260101-120000-000.sqlite");
    QFile file(QDir(backups.directory()).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(backups.resolve(name), QDir(backups.directory()).filePath(name));
    QCOMPARE(backups.resolve(QStringLiteral("/elsewhere/x.sqlite")),
             QStringLiteral("/elsewhere/x.sqlite"));
    QCOMPARE(backups.list().size(), 1);
    QCOMPARE(backups.list().constFirst().created,
             QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(TestLibraryBackups)
#include "tst_librarybackups.moc"
