// `tidings parse` as a user runs it: the JSON shape on stdout, exit codes, one-line errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run tidings(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QTemporaryDir profile;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), profile.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), profile.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TIDINGS_BINARY), arguments);
    process.waitForStarted();
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString fixture(const char *relative)
{
    return QStringLiteral(TIDINGS_TEST_DATA_DIR "/feeds/") + QLatin1String(relative);
}

} // namespace

class TestParseCommand final : public QObject
{
    Q_OBJECT

private slots:
    void feedsPrintJsonOfTheDocumentedShape_data();
    void feedsPrintJsonOfTheDocumentedShape();
    void itemKeys();
    void warningsStillExitZero();
    void baseUrlResolvesRelativeLinks();
    void standardInput();
    void nonFeedsExitOneWithOneLine_data();
    void nonFeedsExitOneWithOneLine();
    void usageErrors();
};

void TestParseCommand::feedsPrintJsonOfTheDocumentedShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("rss 2.0") << fixture("rss/rss20-full-channel.xml") << QStringLiteral("rss20");
    QTest::newRow("rss 0.91 netscape")
        << fixture("rss/rss091-netscape-doctype.xml") << QStringLiteral("rss091");
    QTest::newRow("rss 1.0") << fixture("rss/rss10-basic.xml") << QStringLiteral("rss10");
    QTest::newRow("atom 1.0") << fixture("atom/atom10-basic.xml") << QStringLiteral("atom10");
    QTest::newRow("atom 0.3") << fixture("atom/atom03-basic.xml") << QStringLiteral("atom03");
    QTest::newRow("json feed 1.1") << fixture("json/json11-basic.json") << QStringLiteral("json11");
}

void TestParseCommand::feedsPrintJsonOfTheDocumentedShape()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const Run run = tidings({QStringLiteral("parse"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject json = document.object();
    const QStringList keys = {"format", "title", "link",    "subtitle", "language",
                              "author", "icon",  "updated", "items",    "warnings"};
    QCOMPARE(json.keys().size(), keys.size());
    for (const QString &key : keys)
        QVERIFY2(json.contains(key), qPrintable(key));
    QCOMPARE(json.value(QLatin1String("format")).toString(), format);
    QVERIFY(json.value(QLatin1String("items")).isArray());
    QVERIFY(json.value(QLatin1String("warnings")).isArray());
    const QJsonValue updated = json.value(QLatin1String("updated"));
    QVERIFY(updated.isNull() || updated.toString().endsWith(u'Z'));
}

void TestParseCommand::itemKeys()
{
    const Run run = tidings({QStringLiteral("parse"), fixture("rss/rss20-full-channel.xml")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject item = QJsonDocument::fromJson(run.out)
                                 .object()
                                 .value(QLatin1String("items"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    const QStringList keys = {"id",         "title",      "link",    "author",
                              "published",  "updated",    "summary", "content",
                              "categories", "enclosures", "comments"};
    for (const QString &key : keys)
        QVERIFY2(item.contains(key), qPrintable(key));
    QCOMPARE(item.value(QLatin1String("published")).toString(),
             QStringLiteral("2025-06-01T05:00:00Z"));
    QVERIFY(item.value(QLatin1String("updated")).isNull());
    QCOMPARE(item.value(QLatin1String("comments")).toString(),
             QStringLiteral("https://lighthouse.example/fog#comments"));
}

void TestParseCommand::warningsStillExitZero()
{
    const Run run =
        tidings({QStringLiteral("parse"), fixture("recovery/bare-ampersand-in-text.xml")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray warnings =
        QJsonDocument::fromJson(run.out).object().value(QLatin1String("warnings")).toArray();
    QVERIFY(!warnings.isEmpty());
    QVERIFY(warnings.at(0).toString().startsWith(
        QLatin1String("not well-formed at line 3, column 19")));
}

void TestParseCommand::baseUrlResolvesRelativeLinks()
{
    const Run run = tidings({QStringLiteral("parse"), QStringLiteral("--base-url"),
                             QStringLiteral("https://rel.example/blog/feed.xml"),
                             fixture("rss/rss20-relative-links-document-url.xml")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject item = QJsonDocument::fromJson(run.out)
                                 .object()
                                 .value(QLatin1String("items"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(item.value(QLatin1String("link")).toString(),
             QStringLiteral("https://rel.example/blog/posts/1.html"));
}

void TestParseCommand::standardInput()
{
    const Run run = tidings({QStringLiteral("parse"), QStringLiteral("-")},
                            "<rss version=\"0.92\"><channel><title>Piped</title></channel></rss>");
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("title")).toString(), QStringLiteral("Piped"));
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("rss092"));
}

void TestParseCommand::nonFeedsExitOneWithOneLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("html page") << fixture("recovery/html-page-refused.html")
                               << QStringLiteral("HTML page");
    QTest::newRow("image") << fixture("recovery/png-image-refused.png") << QStringLiteral("binary");
    QTest::newRow("empty") << fixture("recovery/empty-document-refused.xml")
                           << QStringLiteral("empty");
    QTest::newRow("unrecoverable xml")
        << fixture("recovery/no-root-element-refused.xml") << QStringLiteral("line 3, column 1");
    QTest::newRow("missing file") << QStringLiteral("/nonexistent/feed.xml")
                                  << QStringLiteral("cannot read");
}

void TestParseCommand::nonFeedsExitOneWithOneLine()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    const Run run = tidings({QStringLiteral("parse"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.startsWith(QLatin1String("tidings: ")), qPrintable(err));
    QVERIFY2(err.contains(reason), qPrintable(err));
}

void TestParseCommand::usageErrors()
{
    QCOMPARE(tidings({QStringLiteral("parse")}).exitCode, 2);
    QCOMPARE(tidings({QStringLiteral("parse"), QStringLiteral("--base-url"),
                      QStringLiteral("relative/path"), fixture("rss/rss20-full-channel.xml")})
                 .exitCode,
             2);
    const Run tooBig = tidings({QStringLiteral("parse"), QStringLiteral("--max-size"),
                                QStringLiteral("0.0001"), fixture("rss/rss20-full-channel.xml")});
    QCOMPARE(tooBig.exitCode, 1);
    QVERIFY(tooBig.err.contains("document too large"));
}

QTEST_GUILESS_MAIN(TestParseCommand)
#include "tst_parsecommand.moc"
