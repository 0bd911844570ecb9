#include "httpserver.h"
#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

using Run = TestSupport::ProcessRun;

QByteArray rss(const QByteArray &title, const QList<QByteArray> &itemTitles)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title +
                     "</title><link>http://example.org/</link>";
    for (qsizetype i = 0; i < itemTitles.size(); ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><guid>" + title + n + "</guid><title>" + itemTitles.at(i) +
               "</title><link>http://example.org/" + title + n + "</link><description>Story " + n +
               ".</description></item>";
    }
    return xml + "</channel></rss>";
}

} // namespace

/// tidings rules, rule add/remove/test, mute and tag, on a library filled from the in-test
/// HTTP server.
class TestCliRules final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addListTestAndRemoveARule();
    void aRuleActsOnArticlesThatArriveLater();
    void muteHidesUntilItEnds();
    void tagAndSearchByTag();
    void usageErrors_data();
    void usageErrors();

private:
    Run tidings(const QStringList &arguments);
    QJsonArray json(const QStringList &arguments);
    [[nodiscard]] int articleCount(const QStringList &filter = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpServer> m_server;
};

void TestCliRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_server->route("/harbour.xml",
                    HttpResponse::ok(rss("Harbour", {"Election night", "Tide tables",
                                                     "Election recount", "Ferry news"}),
                                     "application/rss+xml"));
    m_server->route("/market.xml",
                    HttpResponse::ok(rss("Market", {"Election and grain", "Fish prices"}),
                                     "application/rss+xml"));
    QCOMPARE(
        tidings({QStringLiteral("add"), m_server->url(QStringLiteral("/harbour.xml")).toString()})
            .exitCode,
        0);
}

Run TestCliRules::tidings(const QStringList &arguments)
{
    return TestSupport::runProcess(QStringLiteral(TIDINGS_BINARY),
                                   arguments +
                                       QStringList{QStringLiteral("--profile"), m_dir->path()});
}

QJsonArray TestCliRules::json(const QStringList &arguments)
{
    const Run run = tidings(arguments + QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

int TestCliRules::articleCount(const QStringList &filter)
{
    return int(json(QStringList{QStringLiteral("articles")} + filter).size());
}

void TestCliRules::addListTestAndRemoveARule()
{
    const Run add =
        tidings({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--title-word"),
                 QStringLiteral("election"), QStringLiteral("--action"),
                 QStringLiteral("mark-read"), QStringLiteral("--tag"), QStringLiteral("politics"),
                 QStringLiteral("--name"), QStringLiteral("Elections")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY2(add.out.contains(QLatin1String("rule 1 added")), qPrintable(add.out));
    QVERIFY2(add.out.contains(QLatin1String("applied to 2 of 4 articles")), qPrintable(add.out));
    QCOMPARE(articleCount({QStringLiteral("--unread")}), 2);

    const QJsonArray rules = json({QStringLiteral("rules")});
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules[0][QLatin1String("name")].toString(), QStringLiteral("Elections"));
    QCOMPARE(rules[0][QLatin1String("match")].toString(), QStringLiteral("any"));
    QCOMPARE(rules[0][QLatin1String("conditions")][0][QLatin1String("field")].toString(),
             QStringLiteral("title"));
    QCOMPARE(rules[0][QLatin1String("conditions")][0][QLatin1String("match")].toString(),
             QStringLiteral("word"));
    QCOMPARE(rules[0][QLatin1String("actions")].toArray(), QJsonArray{QStringLiteral("mark-read")});
    QCOMPARE(rules[0][QLatin1String("tag")].toString(), QStringLiteral("politics"));
    const Run text = tidings({QStringLiteral("rules")});
    // The quotes around the word depend on the terminal's encoding.
    QVERIFY2(text.out.contains(QLatin1String("if title has the word ")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("then mark read, tag ")), qPrintable(text.out));

    const Run test = tidings({QStringLiteral("rule"), QStringLiteral("test"), QStringLiteral("1")});
    QCOMPARE(test.exitCode, 0);
    QVERIFY2(test.out.contains(QLatin1String("rule 1 matches 2 article")), qPrintable(test.out));
    QVERIFY(test.out.contains(QLatin1String("Election recount")));
    QVERIFY(!test.out.contains(QLatin1String("Tide tables")));
    const QJsonArray matches =
        json({QStringLiteral("rule"), QStringLiteral("test"), QStringLiteral("1"),
              QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(matches.size(), 1);

    QCOMPARE(
        tidings({QStringLiteral("rule"), QStringLiteral("remove"), QStringLiteral("1")}).exitCode,
        0);
    QCOMPARE(json({QStringLiteral("rules")}).size(), 0);
    const Run again =
        tidings({QStringLiteral("rule"), QStringLiteral("remove"), QStringLiteral("1")});
    QCOMPARE(again.exitCode, 1);
}

void TestCliRules::aRuleActsOnArticlesThatArriveLater()
{
    const Run add = tidings(
        {QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--title-contains"),
         QStringLiteral("election"), QStringLiteral("--source-contains"), QStringLiteral("market"),
         QStringLiteral("--all"), QStringLiteral("--action"), QStringLiteral("hide"),
         QStringLiteral("--highlight"), QStringLiteral("#FF8800"), QStringLiteral("--new-only")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY(!add.out.contains(QLatin1String("applied")));
    QCOMPARE(
        tidings({QStringLiteral("add"), m_server->url(QStringLiteral("/market.xml")).toString()})
            .exitCode,
        0);
    // "Election and grain" of Market was hidden as it arrived; Harbour's elections were not.
    QCOMPARE(articleCount(), 5);
    QCOMPARE(json({QStringLiteral("rules")})[0][QLatin1String("highlight")].toString(),
             QStringLiteral("#ff8800"));
}

void TestCliRules::muteHidesUntilItEnds()
{
    const Run mute = tidings({QStringLiteral("mute"), QStringLiteral("election"),
                              QStringLiteral("--until"), QStringLiteral("3d")});
    QVERIFY2(mute.exitCode == 0, qPrintable(mute.err));
    QCOMPARE(articleCount(), 2);
    const QJsonArray mutes = json({QStringLiteral("mute"), QStringLiteral("--list")});
    QCOMPARE(mutes.size(), 1);
    QCOMPARE(mutes[0][QLatin1String("word")].toString(), QStringLiteral("election"));
    QCOMPARE(mutes[0][QLatin1String("active")].toBool(), true);

    const Run past = tidings({QStringLiteral("mute"), QStringLiteral("ferry"),
                              QStringLiteral("--until"), QStringLiteral("2020-01-01")});
    QCOMPARE(past.exitCode, 2); // an end in the past is a usage error
    QCOMPARE(
        tidings({QStringLiteral("mute"), QStringLiteral("--remove"), QStringLiteral("1")}).exitCode,
        0);
    QCOMPARE(articleCount(), 4);
}

void TestCliRules::tagAndSearchByTag()
{
    const QJsonArray articles = json({QStringLiteral("articles")});
    const QString id = QString::number(articles[0][QLatin1String("id")].toInteger());
    QCOMPARE(tidings({QStringLiteral("tag"), id, QStringLiteral("Keep")}).exitCode, 0);
    const QJsonArray tags = json({QStringLiteral("tag"), QStringLiteral("--list")});
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags[0][QLatin1String("name")].toString(), QStringLiteral("Keep"));
    QCOMPARE(tags[0][QLatin1String("articles")].toInt(), 1);
    QCOMPARE(articleCount({QStringLiteral("--search"), QStringLiteral("tag:keep")}), 1);
    QCOMPARE(
        tidings({QStringLiteral("tag"), id, QStringLiteral("keep"), QStringLiteral("--remove")})
            .exitCode,
        0);
    QCOMPARE(articleCount({QStringLiteral("--search"), QStringLiteral("tag:keep")}), 0);
    QCOMPARE(tidings({QStringLiteral("tag"), QStringLiteral("999"), QStringLiteral("x")}).exitCode,
             1);
}

void TestCliRules::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("rule without a sub-command") << QStringList{"rule"} << "say add, remove ID";
    QTest::newRow("rule add without a condition")
        << QStringList{"rule", "add", "--action", "hide"} << "give at least one condition";
    QTest::newRow("rule add without an action")
        << QStringList{"rule", "add", "--title-contains", "x"} << "give an action";
    QTest::newRow("rule add with an unknown action")
        << QStringList{"rule", "add", "--title-contains", "x", "--action", "explode"}
        << "unknown action";
    QTest::newRow("rule add with a broken expression")
        << QStringList{"rule", "add", "--title-regex", "(x", "--action", "hide"}
        << "not a valid regular expression";
    QTest::newRow("rule add with a bad colour")
        << QStringList{"rule", "add", "--title-contains", "x", "--highlight", "orange"}
        << "not a colour";
    QTest::newRow("rule test without an id") << QStringList{"rule", "test"} << "give one rule id";
    QTest::newRow("mute without --until") << QStringList{"mute", "x"} << "--until needs a date";
    QTest::newRow("mute with a bad date")
        << QStringList{"mute", "x", "--until", "Friday"} << "--until needs a date";
    QTest::newRow("tag without a name") << QStringList{"tag", "1"} << "give an article id";
}

void TestCliRules::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = tidings(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_clirules.moc"
