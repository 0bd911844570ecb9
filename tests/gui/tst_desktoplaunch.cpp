#include "singleinstance.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// Runs the tidings executable the way a desktop does: a start that quits after its first
/// frame (the packaging smoke test and start-up benchmarks), and a second launch that hands a
/// feed link to the running window and exits.
class TestDesktopLaunch final : public QObject
{
    Q_OBJECT

private slots:
    void quitAfterFirstPaintExitsCleanly();
    void secondLaunchHandsOverAndExits();
};

namespace {

constexpr int StartTimeoutMs = 60000;

bool waitUntilListening(const QString &serverName, QProcess &primary)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < StartTimeoutMs && primary.state() == QProcess::Running) {
        QLocalSocket probe;
        probe.connectToServer(serverName);
        if (probe.waitForConnected(200))
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

void TestDesktopLaunch::quitAfterFirstPaintExitsCleanly()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QProcess tidings;
    tidings.start(QStringLiteral(TIDINGS_BINARY), {QStringLiteral("--profile"), profile.path(),
                                                   QStringLiteral("--quit-after-first-paint")});
    QVERIFY2(tidings.waitForFinished(StartTimeoutMs), "the window did not quit after painting");
    QCOMPARE(tidings.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tidings.exitCode(), 0);
    QVERIFY(QFile::exists(profile.filePath(QStringLiteral("tidings.sqlite"))));
}

void TestDesktopLaunch::secondLaunchHandsOverAndExits()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QProcess primary;
    primary.start(QStringLiteral(TIDINGS_BINARY), {QStringLiteral("--profile"), profile.path()});
    QVERIFY(primary.waitForStarted());
    const QString serverName = Ui::SingleInstance::serverNameFor(profile.path());
    QVERIFY2(waitUntilListening(serverName, primary), "the first Tidings never listened");

    // A second window would keep running; handing over ends the process at once.
    QProcess second;
    second.start(QStringLiteral(TIDINGS_BINARY), {QStringLiteral("--profile"), profile.path(),
                                                  QStringLiteral("feed:https://example.org/rss")});
    QVERIFY2(second.waitForFinished(15000), "the second launch did not hand over and exit");
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(primary.state(), QProcess::Running);

    primary.kill();
    primary.waitForFinished();
}

QTEST_GUILESS_MAIN(TestDesktopLaunch)
#include "tst_desktoplaunch.moc"
