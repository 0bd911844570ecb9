// The window's start-up: after a session that did not end cleanly the library is checked, and
// a damaged one repaired before the window opens it; after a clean exit it is not checked.
#include "libraryfiller.h"
#include "openlibrary.h"
#include "storage/integritycheck.h"
#include "storage/sessionmarker.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int StartTimeoutMs = 60000;

// Overwrites pages in the middle of the file, where the articles are: the file still opens,
// only a full integrity check finds the damage.
void damageMiddlePages(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(4096 * 8));
    QVERIFY(file.write(QByteArray(4096 * 2, '\x5A')) > 0);
}

QStringList damagedCopies(const QString &profile)
{
    return QDir(profile).entryList({QStringLiteral("damaged-*")}, QDir::Dirs);
}

} // namespace

class TestStartupRepair final : public QObject
{
    Q_OBJECT

private slots:
    void startupRepair_data();
    void startupRepair();
};

void TestStartupRepair::startupRepair_data()
{
    QTest::addColumn<bool>("lastExitClean");
    QTest::addColumn<bool>("repaired");
    QTest::newRow("after a crash: checked and repaired") << false << true;
    QTest::newRow("after a clean exit: not checked") << true << false;
}

void TestStartupRepair::startupRepair()
{
    QFETCH(bool, lastExitClean);
    QFETCH(bool, repaired);
    QTemporaryDir profile;
    {
        auto library = TestSupport::openLibrary(profile.path());
        QVERIFY(library);
        QVERIFY(TestSupport::fillLibrary(library->database().connection(), 3, 100));
    }
    const QString database = Storage::Profile(profile.path()).databasePath();
    damageMiddlePages(database);
    if (!lastExitClean)
        Storage::SessionMarker(Storage::Profile(profile.path())).begin(); // and then it died

    QProcess tidings;
    tidings.start(QStringLiteral(TIDINGS_BINARY), {QStringLiteral("--profile"), profile.path(),
                                                   QStringLiteral("--quit-after-first-paint")});
    QVERIFY2(tidings.waitForFinished(StartTimeoutMs), "the window did not quit after painting");
    QCOMPARE(tidings.exitCode(), 0);

    QCOMPARE(damagedCopies(profile.path()).size(), qsizetype(repaired ? 1 : 0));
    QCOMPARE(Storage::checkIntegrity(database).intact(), repaired);
    // This session ended cleanly: the next start checks nothing.
    QVERIFY(!Storage::SessionMarker(Storage::Profile(profile.path())).checkNeeded());
}

QTEST_GUILESS_MAIN(TestStartupRepair)
#include "tst_startuprepair.moc"
