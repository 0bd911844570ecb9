#include "base/invocation.h"

#include <QDir>
#include <QTest>

using Cli::Invocation;

class TestInvocation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void openTargets_data();
    void openTargets();
    void quitAfterFirstPaintIsAWindowOption_data();
    void quitAfterFirstPaintIsAWindowOption();
};

void TestInvocation::initTestCase()
{
    // Relative file arguments are resolved against the current folder.
    QVERIFY(QDir::setCurrent(QStringLiteral(TIDINGS_TEST_DATA_DIR)));
}

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
    QTest::newRow("unknown word stays an unknown command")
        << QStringList{"unknowncommand"} << "unknowncommand" << QStringList{} << "" << false
        << false << false;
    QTest::newRow("missing file is taken for a command")
        << QStringList{"missing.rss"} << "missing.rss" << QStringList{} << "" << false << false
        << false;
    QTest::newRow("mailto link is not something to open")
        << QStringList{"mailto:a@example.org"} << "mailto:a@example.org" << QStringList{} << ""
        << false << false << false;
    QTest::newRow("feed link with global options opens the window")
        << QStringList{"--profile", "/p", "feed:https://example.org/rss"} << "" << QStringList{}
        << "/p" << false << true << false;
    QTest::newRow("command word after a feed link is an error")
        << QStringList{"feed://example.org/rss", "info"} << "" << QStringList{} << "" << false
        << false << true;
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

void TestInvocation::openTargets_data()
{
    const QString data = QStringLiteral(TIDINGS_TEST_DATA_DIR);
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("openTargets");

    QTest::newRow("feed: link kept as given") << QStringList{"feed:https://example.org/rss"}
                                              << QStringList{"feed:https://example.org/rss"};
    QTest::newRow("feeds:// link kept as given")
        << QStringList{"feeds://example.org/atom"} << QStringList{"feeds://example.org/atom"};
    QTest::newRow("scheme compared without case") << QStringList{"HTTPS://example.org/feed.json"}
                                                  << QStringList{"HTTPS://example.org/feed.json"};
    QTest::newRow("file URL kept as given")
        << QStringList{"file:///tmp/x.rss"} << QStringList{"file:///tmp/x.rss"};
    QTest::newRow("relative feed file made absolute")
        << QStringList{"feeds/rss/rss091-userland.xml"}
        << QStringList{data + "/feeds/rss/rss091-userland.xml"};
    QTest::newRow("absolute OPML file kept")
        << QStringList{data + "/opml/nested.opml"} << QStringList{data + "/opml/nested.opml"};
    QTest::newRow("several targets in order")
        << QStringList{"opml/nested.opml", "--verbose", "http://example.org/rss"}
        << QStringList{data + "/opml/nested.opml", "http://example.org/rss"};
    QTest::newRow("folder is not a target") << QStringList{"feeds/rss"} << QStringList{};
}

void TestInvocation::openTargets()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, openTargets);

    const Invocation invocation =
        Invocation::parse(QStringList{QStringLiteral("tidings")} + arguments);
    QCOMPARE(invocation.openTargets, openTargets);
    if (!openTargets.isEmpty()) {
        QVERIFY(invocation.command.isEmpty());
        QVERIFY(invocation.opensWindow());
    }
}

void TestInvocation::quitAfterFirstPaintIsAWindowOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("quitAfterFirstPaint");
    QTest::addColumn<QStringList>("commandArguments");

    QTest::newRow("alone") << QStringList{"--quit-after-first-paint"} << true << QStringList{};
    QTest::newRow("after the profile")
        << QStringList{"--profile", "/p", "--quit-after-first-paint"} << true << QStringList{};
    QTest::newRow("after a command it belongs to the command")
        << QStringList{"info", "--quit-after-first-paint"} << false
        << QStringList{"--quit-after-first-paint"};
}

void TestInvocation::quitAfterFirstPaintIsAWindowOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, quitAfterFirstPaint);
    QFETCH(QStringList, commandArguments);

    const Invocation invocation =
        Invocation::parse(QStringList{QStringLiteral("tidings")} + arguments);
    QCOMPARE(invocation.quitAfterFirstPaint, quitAfterFirstPaint);
    QCOMPARE(invocation.commandArguments, commandArguments);
    QVERIFY(invocation.error.isEmpty());
}

QTEST_APPLESS_MAIN(TestInvocation)
#include "tst_invocation.moc"
