#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runTidings(const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TIDINGS_BINARY), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void version();
    void helpListsCommandsAndGlobalOptions_data();
    void helpListsCommandsAndGlobalOptions();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void profileIsAcceptedBeforeOrAfterTheCommand_data();
    void profileIsAcceptedBeforeOrAfterTheCommand();
    void profileFromTheEnvironment();
    void corruptDatabaseIsReportedOnOneLineAndKept();
    void unusableProfileIsReportedOnOneLine();
    void verboseEnablesDebugCategories();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::version()
{
    const Run run = runTidings({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("tidings ")), qPrintable(run.out));
    QVERIFY(run.out.trimmed().count(QLatin1Char('.')) >= 2);
}

void TestCli::helpListsCommandsAndGlobalOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList{"--help"};
    QTest::newRow("-h") << QStringList{"-h"};
}

void TestCli::helpListsCommandsAndGlobalOptions()
{
    QFETCH(QStringList, arguments);
    const Run run = runTidings(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QLatin1String("Usage: tidings")));
    for (const char *expected : {"info", "--profile", "--verbose", "--version"})
        QVERIFY2(run.out.contains(QLatin1String(expected)), expected);
    QVERIFY(run.err.isEmpty());
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedOnStderr");

    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
    QTest::newRow("unknown global option") << QStringList{"--frobnicate"} << "unknown option";
    QTest::newRow("--profile without a folder") << QStringList{"info", "--profile"} << "--profile";
    QTest::newRow("unknown option of a command") << QStringList{"info", "--bogus"} << "bogus";
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedOnStderr);
    const Run run = runTidings(arguments << QStringLiteral("--profile=") + m_dir->path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expectedOnStderr), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::profileIsAcceptedBeforeOrAfterTheCommand_data()
{
    QTest::addColumn<bool>("before");
    QTest::addColumn<bool>("withEquals");
    QTest::newRow("--profile DIR info") << true << false;
    QTest::newRow("info --profile DIR") << false << false;
    QTest::newRow("info --profile=DIR") << false << true;
}

void TestCli::profileIsAcceptedBeforeOrAfterTheCommand()
{
    QFETCH(bool, before);
    QFETCH(bool, withEquals);
    const QString profile = m_dir->filePath(QStringLiteral("profile"));
    const QStringList profileOption = withEquals
                                          ? QStringList{QStringLiteral("--profile=") + profile}
                                          : QStringList{QStringLiteral("--profile"), profile};
    const QStringList arguments = before ? profileOption + QStringList{QStringLiteral("info")}
                                         : QStringList{QStringLiteral("info")} + profileOption;
    const Run run = runTidings(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Profile: ") + profile), qPrintable(run.out));
    QVERIFY(QFile::exists(profile + QStringLiteral("/tidings.sqlite")));
}

void TestCli::profileFromTheEnvironment()
{
    const QString profile = m_dir->filePath(QStringLiteral("from-env"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TIDINGS_PROFILE"), profile);
    const Run run = runTidings({QStringLiteral("info")}, environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(profile + QStringLiteral("/tidings.sqlite")));
}

void TestCli::corruptDatabaseIsReportedOnOneLineAndKept()
{
    const QString database = m_dir->filePath(QStringLiteral("tidings.sqlite"));
    const QByteArray contents("I am not a database, but I am precious to someone.\n");
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    const Run run =
        runTidings({QStringLiteral("info"), QStringLiteral("--profile"), m_dir->path()});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.startsWith(QLatin1String("tidings: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(database), qPrintable(run.err));
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
}

void TestCli::unusableProfileIsReportedOnOneLine()
{
    const QString blocker = m_dir->filePath(QStringLiteral("a-file"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const Run run = runTidings({QStringLiteral("info"), QStringLiteral("--profile"),
                                blocker + QStringLiteral("/profile")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(blocker), qPrintable(run.err));
}

void TestCli::verboseEnablesDebugCategories()
{
    const QStringList arguments{QStringLiteral("info"), QStringLiteral("--profile"), m_dir->path()};
    const Run quiet = runTidings(arguments);
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(!quiet.err.contains(QLatin1String("tidings.storage")), qPrintable(quiet.err));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                       QStringLiteral("%{category}: %{message}"));
    const Run verbose =
        runTidings(QStringList{QStringLiteral("--verbose")} + arguments, environment);
    QCOMPARE(verbose.exitCode, 0);
    QVERIFY2(verbose.err.contains(QLatin1String("tidings.storage: opened")),
             qPrintable(verbose.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
