#include "libraryfiller.h"
#include "openlibrary.h"
#include "searchindexcheck.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/searchindexfile.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 articleCount(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM articles")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

// Articles a search for \a text finds, or -1 when it fails.
qint64 searchCount(const QSqlDatabase &db, const QString &text)
{
    Storage::ArticleFilter filter;
    filter.search = text;
    Storage::ArticleRepository articles(db);
    const QList<qint64> ids = articles.ids(filter);
    return articles.errorMessage().isEmpty() ? ids.size() : -1;
}

} // namespace

class TestReadOnlyLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readOnlyDatabaseReadsAndRefusesWrites();
    void withoutAnIndexFileSearchesFindNothing();
    void readOnlyFolderOpensTheLibraryReadOnly();

private:
    std::unique_ptr<QTemporaryDir> m_profile;
};

void TestReadOnlyLibrary::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    auto library = TestSupport::openLibrary(m_profile->path());
    QVERIFY(library);
    QVERIFY(TestSupport::fillLibrary(library->database().connection(), 2, 10));
    // Built while the library could be written to: a read-only library cannot build it.
    QVERIFY(TestSupport::catchUpSearchIndex(library->database().filePath()));
}

void TestReadOnlyLibrary::cleanup()
{
    QFile::setPermissions(m_profile->path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_profile.reset();
}

// The way a library in a folder that cannot be written to is opened; this works as root too.
void TestReadOnlyLibrary::readOnlyDatabaseReadsAndRefusesWrites()
{
    const QString path = Storage::Profile(m_profile->path()).databasePath();
    const QString indexPath = Storage::SearchIndexFile::pathFor(path);
    const QByteArray before = fileContent(path);
    const QByteArray indexBefore = fileContent(indexPath);
    QVERIFY(!indexBefore.isEmpty());
    {
        Storage::Database database(path, QStringLiteral(":/sql/migrations"),
                                   Storage::Database::Access::ReadOnly);
        QVERIFY2(database.open(), qPrintable(database.errorMessage()));
        QVERIFY(database.isReadOnly());
        QCOMPARE(articleCount(database.connection()), qint64(20));
        QSqlQuery search(database.connection());
        QVERIFY(search.exec(QStringLiteral(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'")));
        QVERIFY(search.next());
        QCOMPARE(search.value(0).toInt(), 20);
        QCOMPARE(searchCount(database.connection(), QStringLiteral("ferries")), qint64(20));
        QSqlQuery write(database.connection());
        QVERIFY(!write.exec(QStringLiteral("UPDATE articles SET read = 1")));
        QVERIFY2(write.lastError().text().contains(QLatin1String("readonly")),
                 qPrintable(write.lastError().text()));
    }
    QCOMPARE(fileContent(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(fileContent(indexPath), indexBefore);
}

// A read-only library cannot build its index: an empty one stands in, and lists still work.
void TestReadOnlyLibrary::withoutAnIndexFileSearchesFindNothing()
{
    const QString path = Storage::Profile(m_profile->path()).databasePath();
    Storage::SearchIndexFile::remove(path);
    const QByteArray before = fileContent(path);
    {
        Storage::Database database(path, QStringLiteral(":/sql/migrations"),
                                   Storage::Database::Access::ReadOnly);
        QVERIFY2(database.open(), qPrintable(database.errorMessage()));
        const QSqlDatabase db = database.connection();
        QCOMPARE(searchCount(db, QStringLiteral("harbour")), qint64(0));
        Storage::ArticleRepository articles(db);
        QCOMPARE(articles.list({}).size(), 20);
        Storage::ArticleFilter bookmarked;
        bookmarked.bookmarkedOnly = true;
        QCOMPARE(articles.count(bookmarked), 2);
        QVERIFY(articles.article(articles.ids({}).first()));
    }
    QCOMPARE(fileContent(path), before);
    QVERIFY(!QFile::exists(Storage::SearchIndexFile::pathFor(path)));
}

void TestReadOnlyLibrary::readOnlyFolderOpensTheLibraryReadOnly()
{
    if (geteuid() == 0)
        QSKIP("running as root, which ignores permission bits: the folder stays writable. "
              "readOnlyDatabaseReadsAndRefusesWrites covers the read-only opening itself.");
    QVERIFY(QFile::setPermissions(m_profile->path(), QFile::ReadOwner | QFile::ExeOwner));
    QString error;
    auto library = Storage::Library::open(Storage::Profile(m_profile->path()), &error);
    QVERIFY2(library, qPrintable(error));
    QVERIFY(library->isReadOnly());
    QVERIFY2(library->readOnlyReason().contains(QLatin1String("not writable")),
             qPrintable(library->readOnlyReason()));
    QCOMPARE(articleCount(library->database().connection()), qint64(20));
    QCOMPARE(searchCount(library->database().connection(), QStringLiteral("harbour")), qint64(20));
}

QTEST_GUILESS_MAIN(TestReadOnlyLibrary)
#include "tst_readonlylibrary.moc"
