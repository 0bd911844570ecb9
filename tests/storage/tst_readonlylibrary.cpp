#include "libraryfiller.h"
#include "openlibrary.h"
#include "storage/database.h"

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

} // namespace

class TestReadOnlyLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readOnlyDatabaseReadsAndRefusesWrites();
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
    const QByteArray before = fileContent(path);
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
        QSqlQuery write(database.connection());
        QVERIFY(!write.exec(QStringLiteral("UPDATE articles SET read = 1")));
        QVERIFY2(write.lastError().text().contains(QLatin1String("readonly")),
                 qPrintable(write.lastError().text()));
    }
    QCOMPARE(fileContent(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
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
}

QTEST_GUILESS_MAIN(TestReadOnlyLibrary)
#include "tst_readonlylibrary.moc"
