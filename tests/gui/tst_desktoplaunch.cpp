#include "storage/profile.h"
#include "ui/singleinstance.h"
#include "ui/windowsettingskeys.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

/// Runs the tidings executable the way a desktop does: a start that quits after its first
/// frame (the packaging smoke test and start-up benchmarks), a second launch that hands a
/// feed link to the running window and exits, and the split between the command line and the
/// window module it loads only for the window.
class TestDesktopLaunch final : public QObject
{
    Q_OBJECT

private slots:
    void quitAfterFirstPaintExitsCleanly();
    void secondLaunchHandsOverAndExits();
    void commandsRunWithoutTheWindowLibraries();
    void windowStartsWithoutWebEngine();
    void readingViewLoadsWithTheFirstArticle();
    void missingWindowModuleIsExplained();
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

/// The standard error of \a process until it holds \a line, it ends, or time runs out.
QByteArray readErrorsUntil(QProcess &process, const QByteArray &line)
{
    QByteArray log;
    QElapsedTimer clock;
    clock.start();
    while (!log.contains(line) && clock.elapsed() < StartTimeoutMs &&
           process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        log += process.readAllStandardError();
    }
    return log;
}

/// What \a process has mapped into memory now (/proc/PID/maps); empty when it cannot be read.
QByteArray mappingsOf(const QProcess &process)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(process.processId()));
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
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

void TestDesktopLaunch::commandsRunWithoutTheWindowLibraries()
{
#ifndef Q_OS_LINUX
    QSKIP("reads the process's mappings from /proc");
#else
    // `parse -` waits for standard input: by then every library it links is mapped.
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QProcess parse;
    parse.start(QStringLiteral(TIDINGS_BINARY), {QStringLiteral("--profile"), profile.path(),
                                                 QStringLiteral("parse"), QStringLiteral("-")});
    QVERIFY(parse.waitForStarted());
    // The dynamic loader maps every linked library before any of them runs: once Qt Core is
    // there, the rest are too.
    QByteArray mapped;
    QTRY_VERIFY_WITH_TIMEOUT((mapped = mappingsOf(parse)).contains("libQt6Core"), StartTimeoutMs);
    for (const char *library :
         {"libQt6Gui", "libQt6Widgets", "libQt6WebEngineCore", "tidings-window"})
        QVERIFY2(!mapped.contains(library), library);

    parse.write("<rss version=\"2.0\"><channel><title>Piped</title></channel></rss>");
    parse.closeWriteChannel();
    QVERIFY(parse.waitForFinished(StartTimeoutMs));
    QCOMPARE(parse.exitCode(), 0);
    QVERIFY(parse.readAllStandardOutput().contains("\"title\":\"Piped\""));
#endif
}

void TestDesktopLaunch::windowStartsWithoutWebEngine()
{
#ifndef Q_OS_LINUX
    QSKIP("reads the process's mappings from /proc");
#else
    // The reading view's module, and WebEngine with it, loads with the first article.
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tidings.ui.debug=true"));
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(TIDINGS_BINARY),
                 {QStringLiteral("--profile"), profile.path(), QStringLiteral("--verbose")});
    QVERIFY(window.waitForStarted());
    const QByteArray log = readErrorsUntil(window, "main window painted");
    QVERIFY2(log.contains("main window painted"), log.constData());
    const QByteArray mapped = mappingsOf(window);
    window.kill();
    window.waitForFinished();
    QVERIFY(mapped.contains("libQt6Widgets"));
    QVERIFY(mapped.contains("tidings-window"));
    QVERIFY(!mapped.contains("libQt6WebEngineCore"));
    QVERIFY(!mapped.contains("tidings-webview"));
#endif
}

void TestDesktopLaunch::readingViewLoadsWithTheFirstArticle()
{
#ifndef Q_OS_LINUX
    QSKIP("reads the process's mappings from /proc");
#else
    // A library with one source, whose first article the window reopens at start.
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QProcess add;
    add.start(QStringLiteral(TIDINGS_BINARY),
              {QStringLiteral("--profile"), profile.path(), QStringLiteral("add"),
               QStringLiteral(TIDINGS_TEST_DATA_DIR "/feeds/rss/rss20-author-plain-name.xml")});
    QVERIFY(add.waitForFinished(StartTimeoutMs));
    QCOMPARE(add.exitCode(), 0);
    Storage::Profile(profile.path())
        .openSettings()
        ->setValue(QLatin1String(SettingsKeys::MainWindowLastArticle), 1);

    QProcess window;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tidings.*.debug=true"));
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(TIDINGS_BINARY),
                 {QStringLiteral("--profile"), profile.path(), QStringLiteral("--verbose")});
    QVERIFY(window.waitForStarted());
    const QByteArray log = readErrorsUntil(window, "article view created");
    const QByteArray mapped = mappingsOf(window);
    window.kill();
    window.waitForFinished();
    QVERIFY2(log.contains("reading view module loaded"), log.constData());
    QVERIFY2(log.contains("article view created"), log.constData());
    QVERIFY(mapped.contains("tidings-webview"));
    QVERIFY(mapped.contains("libQt6WebEngineCore"));
#endif
}

void TestDesktopLaunch::missingWindowModuleIsExplained()
{
    // A copy of the executable without the module beside it, as after a broken install.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString copy = folder.filePath(QFileInfo(QStringLiteral(TIDINGS_BINARY)).fileName());
    QVERIFY(QFile::copy(QStringLiteral(TIDINGS_BINARY), copy));
    QProcess tidings;
    tidings.start(copy, {QStringLiteral("--profile"), folder.filePath(QStringLiteral("profile"))});
    QVERIFY(tidings.waitForFinished(StartTimeoutMs));
    QCOMPARE(tidings.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tidings.exitCode(), 1);
    const QByteArray error = tidings.readAllStandardError();
    QVERIFY2(error.contains("cannot open the window") && error.contains("tidings-window"),
             error.constData());
}

QTEST_GUILESS_MAIN(TestDesktopLaunch)
#include "tst_desktoplaunch.moc"
