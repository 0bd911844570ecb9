#include "invocation.h"

#include <QTest>

using Cli::Invocation;

class TestInvocation final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestInvocation::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("commandArguments");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("verbose");
    QTest::addColumn<bool>("opensWindow");
    QTest::addColumn<bool>("hasError");

    QTest::newRow("nothing opens the window")
        << QStringList{} << "" << QStringList{} << "" << false << true << false;
    QTest::newRow("global options alone still open the window")
        << QStringList{"--profile", "/p", "--verbose"} << "" << QStringList{} << "/p" << true
        << true << false;
    QTest::newRow("command with its own options")
        << QStringList{"articles", "--unread", "--limit", "5"} << "articles"
        << QStringList{"--unread", "--limit", "5"} << "" << false << false << false;
    QTest::newRow("profile after the command is taken out")
        << QStringList{"add", "http://x/feed", "--profile", "/p", "--folder", "News"} << "add"
        << QStringList{"http://x/feed", "--folder", "News"} << "/p" << false << false << false;
    QTest::newRow("profile with equals sign") << QStringList{"--profile=/p", "refresh"} << "refresh"
                                              << QStringList{} << "/p" << false << false << false;
    QTest::newRow("help after a command belongs to the command")
        << QStringList{"parse", "--help"} << "parse" << QStringList{"--help"} << "" << false
        << false << false;
    QTest::newRow("double dash passes the rest through")
        << QStringList{"parse", "--", "--profile"} << "parse" << QStringList{"--", "--profile"}
        << "" << false << false << false;
    QTest::newRow("missing profile folder is an error")
        << QStringList{"--profile"} << "" << QStringList{} << "" << false << false << true;
    QTest::newRow("unknown global option is an error")
        << QStringList{"--colour"} << "" << QStringList{} << "" << false << false << true;
}

void TestInvocation::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    QFETCH(QStringList, commandArguments);
    QFETCH(QString, profile);
    QFETCH(bool, verbose);
    QFETCH(bool, opensWindow);
    QFETCH(bool, hasError);

    const Invocation invocation =
        Invocation::parse(QStringList{QStringLiteral("tidings")} + arguments);
    QCOMPARE(invocation.command, command);
    QCOMPARE(invocation.commandArguments, commandArguments);
    QCOMPARE(invocation.profileDirectory, profile);
    QCOMPARE(invocation.verbose, verbose);
    QCOMPARE(invocation.opensWindow(), opensWindow);
    QCOMPARE(!invocation.error.isEmpty(), hasError);
}

QTEST_APPLESS_MAIN(TestInvocation)
#include "tst_invocation.moc"
