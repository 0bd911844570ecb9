#include "libraryfiller.h"
#include "openlibrary.h"
#include "processrun.h"
#include "storage/librarybackups.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::ProcessRun;

namespace {

ProcessRun tidings(const QString &profile, QStringList arguments)
{
    arguments << QStringLiteral("--profile") << profile;
    return TestSupport::runProcess(QStringLiteral(TIDINGS_BINARY), arguments);
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

} // namespace

class TestCliHealth final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void checkSaysIntact();
    void checkFindsDamageAndRepairs();
    void unreadableLibraryHealsWhenACommandOpensIt();
    void backupThenRestoreByName();
    void restoreListsAndRefuses();
    void newerLibraryIsRefusedUnchanged();

private:
    std::unique_ptr<QTemporaryDir> m_profileDir;
    QString m_profile;
    QString m_database;
};

void TestCliHealth::init()
{
    m_profileDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profileDir->isValid());
    m_profile = m_profileDir->path();
    m_database = Storage::Profile(m_profile).databasePath();
    auto library = TestSupport::openLibrary(m_profile);
    QVERIFY(library);
    QVERIFY(TestSupport::fillLibrary(library->database().connection(), 3, 40));
}

void TestCliHealth::checkSaysIntact()
{
    const ProcessRun run = tidings(m_profile, {QStringLiteral("check")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("intact")), qPrintable(run.out));
}

void TestCliHealth::checkFindsDamageAndRepairs()
{
    // Pages in the middle of the file: the articles' table and indexes.
    QByteArray noise(4096 * 3, '\xA5');
    overwrite(m_database, 4096 * 6, noise);
    const QByteArray damaged = fileContent(m_database);

    ProcessRun run = tidings(m_profile, {QStringLiteral("check")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QLatin1String("damaged")), qPrintable(run.out));
    QVERIFY(run.err.contains(QLatin1String("--repair")));
    QCOMPARE(fileContent(m_database), damaged); // a check changes nothing

    run = tidings(m_profile, {QStringLiteral("check"), QStringLiteral("--repair")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("repaired")), qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QDir::toNativeSeparators(m_profile) + QStringLiteral("/damaged-")));

    run = tidings(m_profile, {QStringLiteral("check")});
    QCOMPARE(run.exitCode, 0);
    run = tidings(m_profile, {QStringLiteral("sources")});
    QCOMPARE(run.exitCode, 0);
}

void TestCliHealth::unreadableLibraryHealsWhenACommandOpensIt()
{
    overwrite(m_database, 0, QByteArrayLiteral("garbage garbage!"));
    const ProcessRun run = tidings(m_profile, {QStringLiteral("sources")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QLatin1String("damaged-")), qPrintable(run.err));
    QCOMPARE(run.out.count(QLatin1String("example.org")), qsizetype(3));
}

void TestCliHealth::backupThenRestoreByName()
{
    ProcessRun run = tidings(m_profile, {QStringLiteral("backup")});
    QCOMPARE(run.exitCode, 0);
    {
        auto library = TestSupport::openLibrary(m_profile);
        QVERIFY(library);
        QVERIFY(TestSupport::fillLibrary(library->database().connection(), 2, 5,
                                         QStringLiteral("later")));
    }
    QCOMPARE(tidings(m_profile, {QStringLiteral("sources")}).out.count(QLatin1Char('\n')),
             qsizetype(5));

    run = tidings(m_profile, {QStringLiteral("restore")});
    QCOMPARE(run.exitCode, 0);
    const QString name = run.out.section(QLatin1Char(' '), 0, 0);
    QVERIFY2(name.startsWith(QLatin1String("tidings-")), qPrintable(run.out));

    run = tidings(m_profile, {QStringLiteral("restore"), name});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("before-restore.sqlite")));
    QCOMPARE(tidings(m_profile, {QStringLiteral("sources")}).out.count(QLatin1Char('\n')),
             qsizetype(3));
}

void TestCliHealth::restoreListsAndRefuses()
{
    ProcessRun run = tidings(m_profile, {QStringLiteral("restore")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("no backups")));
    run = tidings(m_profile, {QStringLiteral("restore"), QStringLiteral("nosuch.sqlite")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QLatin1String("no backup")));
    run = tidings(m_profile, {QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(run.exitCode, 2);
}

void TestCliHealth::newerLibraryIsRefusedUnchanged()
{
    {
        auto library = TestSupport::openLibrary(m_profile);
        QVERIFY(library);
        QVERIFY(QSqlQuery(library->database().connection())
                    .exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray before = fileContent(m_database);
    for (const char *command : {"info", "sources", "check"}) {
        const ProcessRun run = tidings(m_profile, {QLatin1String(command)});
        if (qstrcmp(command, "check") == 0) {
            QCOMPARE(run.exitCode, 0); // the file itself is sound
            continue;
        }
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("newer version of Tidings")), qPrintable(run.err));
    }
    QCOMPARE(fileContent(m_database), before);
    QVERIFY(!QFile::exists(m_database + QStringLiteral("-wal")));
}

QTEST_GUILESS_MAIN(TestCliHealth)
#include "tst_clihealth.moc"
