#include "httpserver.h"
#include "processrun.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

using Run = TestSupport::ProcessRun;

QByteArray rss(const QByteArray &title, int items, const QByteArray &topic)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title +
                     "</title><link>http://example.org/</link>";
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><guid>" + title + n + "</guid><title>" + topic + " story " + n +
               "</title><link>http://example.org/" + n +
               "</link><author>ed@example.org (Ed Itor)</author>"
               "<pubDate>Wed, 27 May 2026 1" +
               n + ":00:00 GMT</pubDate><description>All about " + topic +
               " and more.</description></item>";
    }
    return xml + "</channel></rss>";
}

QByteArray page(const QList<QByteArray> &feedPaths)
{
    QByteArray html = "<!DOCTYPE html><html><head><title>Site</title>";
    for (const QByteArray &path : feedPaths)
        html += "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Feed " + path +
                "\" href=\"" + path + "\">";
    return html + "</head><body><p>Hello</p></body></html>";
}

} // namespace

class TestCliLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addFeedThenListSearchReadAndBookmark();
    void searchOperators_data();
    void searchOperators();
    void malformedOperatorIsAUsageError();
    void addWebsiteFindsItsFeed();
    void websiteWithSeveralFeedsAsksToChoose();
    void addIntoAFolderAndTwiceIsHarmless();
    void addRejectsUnusableAddresses_data();
    void addRejectsUnusableAddresses();
    void refreshReportsFailuresWithExitCodeOne();
    void opmlImportExportRoundTrip();
    void malformedOpmlIsRefused();
    void readAndBookmarkNeedAnExistingArticle();
    void exportBookmarksAsWebPageOrJson();
    void relatedListsArticlesOfTheSameTopic();

private:
    Run tidings(const QStringList &arguments);
    QJsonArray json(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HttpServer> m_server;
};

void TestCliLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_server->route("/harbour.xml",
                    HttpResponse::ok(rss("Harbour News", 3, "tide"), "application/rss+xml"));
    m_server->route("/market.xml",
                    HttpResponse::ok(rss("Market Daily", 2, "grain"), "application/rss+xml"));
    m_server->route("/site/", HttpResponse::ok(page({"/harbour.xml"}), "text/html"));
    m_server->route(
        "/portal/",
        HttpResponse::ok(page({"/harbour.xml", "/market.xml", "/third.xml"}), "text/html"));
}

// The server lives in this process, so wait for the child with the event loop running.
Run TestCliLibrary::tidings(const QStringList &arguments)
{
    return TestSupport::runProcess(QStringLiteral(TIDINGS_BINARY),
                                   arguments +
                                       QStringList{QStringLiteral("--profile"), m_dir->path()});
}

QJsonArray TestCliLibrary::json(const QStringList &arguments)
{
    const Run run = tidings(arguments + QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestCliLibrary::addFeedThenListSearchReadAndBookmark()
{
    const Run add =
        tidings({QStringLiteral("add"), m_server->url(QStringLiteral("/harbour.xml")).toString()});
    QCOMPARE(add.exitCode, 0);
    QVERIFY2(add.out.contains(QLatin1String("Added Harbour News (source 1) with 3 articles")),
             qPrintable(add.out));

    const QJsonArray sources = json({QStringLiteral("sources")});
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0][QLatin1String("title")].toString(), QStringLiteral("Harbour News"));
    QCOMPARE(sources[0][QLatin1String("unread")].toInt(), 3);

    const QJsonArray articles = json({QStringLiteral("articles")});
    QCOMPARE(articles.size(), 3);
    // Newest first, with the fields scripts rely on.
    QCOMPARE(articles[0][QLatin1String("title")].toString(), QStringLiteral("tide story 2"));
    QCOMPARE(articles[0][QLatin1String("published")].toString(),
             QStringLiteral("2026-05-27T12:00:00Z"));
    QCOMPARE(articles[0][QLatin1String("source")].toString(), QStringLiteral("Harbour News"));
    QCOMPARE(articles[0][QLatin1String("source_id")].toInt(), 1);
    QCOMPARE(articles[0][QLatin1String("link")].toString(), QStringLiteral("http://example.org/2"));
    QVERIFY(!articles[0][QLatin1String("author")].toString().isEmpty());
    QCOMPARE(articles[0][QLatin1String("read")].toBool(), false);
    QCOMPARE(articles[0][QLatin1String("bookmarked")].toBool(), false);

    const QString id = QString::number(articles[1][QLatin1String("id")].toInteger());
    QCOMPARE(json({QStringLiteral("search"), QStringLiteral("tid")}).size(), 3); // prefix match
    QCOMPARE(json({QStringLiteral("articles"), QStringLiteral("--search"),
                   QStringLiteral("\"story 1\"")})
                 .size(),
             1);
    QCOMPARE(json({QStringLiteral("search"), QStringLiteral("grain")}).size(), 0);

    QCOMPARE(tidings({QStringLiteral("read"), id}).exitCode, 0);
    QCOMPARE(json({QStringLiteral("articles"), QStringLiteral("--unread")}).size(), 2);
    QCOMPARE(tidings({QStringLiteral("read"), id, QStringLiteral("--unread")}).exitCode, 0);
    QCOMPARE(json({QStringLiteral("articles"), QStringLiteral("--unread")}).size(), 3);

    QCOMPARE(tidings({QStringLiteral("bookmark"), id}).exitCode, 0);
    const QJsonArray bookmarked =
        json({QStringLiteral("articles"), QStringLiteral("--bookmarked")});
    QCOMPARE(bookmarked.size(), 1);
    QCOMPARE(QString::number(bookmarked[0][QLatin1String("id")].toInteger()), id);
    QCOMPARE(tidings({QStringLiteral("bookmark"), id, QStringLiteral("--remove")}).exitCode, 0);
    QCOMPARE(json({QStringLiteral("articles"), QStringLiteral("--bookmarked")}).size(), 0);

    QCOMPARE(
        json({QStringLiteral("articles"), QStringLiteral("--limit"), QStringLiteral("2")}).size(),
        2);
    QCOMPARE(
        json({QStringLiteral("articles"), QStringLiteral("--source"), QStringLiteral("1")}).size(),
        3);
}

void TestCliLibrary::searchOperators_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");

    // Harbour News: three "tide story N", Market Daily: two "grain story N", all of 2026-05-27
    // by Ed Itor, all unread.
    QTest::newRow("title") << "title:tide" << 3;
    QTest::newRow("source") << "source:market" << 2;
    QTest::newRow("quoted source and title") << "source:\"harbour news\" title:story" << 3;
    QTest::newRow("not a source") << "-source:harbour" << 2;
    QTest::newRow("author") << "author:itor" << 5;
    QTest::newRow("unread") << "is:unread" << 5;
    QTest::newRow("bookmarked") << "is:bookmarked" << 0;
    QTest::newRow("before") << "before:2026-05-28" << 5;
    QTest::newRow("after") << "after:2026-05-28" << 0;
    QTest::newRow("words with operators") << "story source:market -title:\"story 1\"" << 1;
}

void TestCliLibrary::searchOperators()
{
    QFETCH(QString, query);
    QFETCH(int, count);

    for (const char *feed : {"/harbour.xml", "/market.xml"})
        QCOMPARE(tidings({QStringLiteral("add"), m_server->url(QLatin1String(feed)).toString()})
                     .exitCode,
                 0);
    const QJsonArray found = json({QStringLiteral("articles"), QStringLiteral("--search"), query});
    QCOMPARE(found.size(), count);
}

void TestCliLibrary::malformedOperatorIsAUsageError()
{
    const Run run =
        tidings({QStringLiteral("search"), QStringLiteral("tide"), QStringLiteral("is:starred")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("is:unread")), qPrintable(run.err));
    const Run date = tidings(
        {QStringLiteral("articles"), QStringLiteral("--search"), QStringLiteral("before:soon")});
    QCOMPARE(date.exitCode, 2);
    QVERIFY2(date.err.contains(QLatin1String("2026-12-31")), qPrintable(date.err));
}

void TestCliLibrary::addWebsiteFindsItsFeed()
{
    const Run add =
        tidings({QStringLiteral("add"), m_server->url(QStringLiteral("/site/")).toString()});
    QCOMPARE(add.exitCode, 0);
    const QJsonArray sources = json({QStringLiteral("sources")});
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0][QLatin1String("url")].toString(),
             m_server->url(QStringLiteral("/harbour.xml")).toString());
}

void TestCliLibrary::websiteWithSeveralFeedsAsksToChoose()
{
    const Run add =
        tidings({QStringLiteral("add"), m_server->url(QStringLiteral("/portal/")).toString()});
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.err.contains(QLatin1String("offers 3 feeds")), qPrintable(add.err));
    QVERIFY(add.err.contains(m_server->url(QStringLiteral("/market.xml")).toString()));
    QCOMPARE(json({QStringLiteral("sources")}).size(), 0);
}

void TestCliLibrary::addIntoAFolderAndTwiceIsHarmless()
{
    const QString url = m_server->url(QStringLiteral("/market.xml")).toString();
    QCOMPARE(tidings({QStringLiteral("add"), url, QStringLiteral("--folder"),
                      QStringLiteral("Business")})
                 .exitCode,
             0);
    const Run again = tidings({QStringLiteral("add"), url});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QLatin1String("Already subscribed")));
    const QJsonArray sources = json({QStringLiteral("sources")});
    QCOMPARE(sources.size(), 1);
    QVERIFY(sources[0][QLatin1String("folder_id")].toInt() > 0);
    QCOMPARE(json({QStringLiteral("articles")}).size(), 2);
}

void TestCliLibrary::addRejectsUnusableAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("script") << "javascript:alert(1)";
    QTest::newRow("empty") << " ";
    QTest::newRow("a page without feeds") << "NOFEEDS";
    QTest::newRow("a missing page") << "MISSING";
}

void TestCliLibrary::addRejectsUnusableAddresses()
{
    QFETCH(QString, address);
    m_server->route("/plain/", HttpResponse::ok("<html><head></head><body>no feeds</body></html>",
                                                "text/html"));
    if (address == QLatin1String("NOFEEDS"))
        address = m_server->url(QStringLiteral("/plain/")).toString();
    if (address == QLatin1String("MISSING"))
        address = m_server->url(QStringLiteral("/missing/")).toString();
    const Run add = tidings({QStringLiteral("add"), address});
    QCOMPARE(add.exitCode, 1);
    QCOMPARE(add.err.count(QLatin1Char('\n')), 1);
    QVERIFY(add.err.startsWith(QLatin1String("tidings: ")));
    QCOMPARE(json({QStringLiteral("sources")}).size(), 0);
}

void TestCliLibrary::refreshReportsFailuresWithExitCodeOne()
{
    QCOMPARE(
        tidings({QStringLiteral("add"), m_server->url(QStringLiteral("/harbour.xml")).toString()})
            .exitCode,
        0);
    QCOMPARE(
        tidings({QStringLiteral("add"), m_server->url(QStringLiteral("/market.xml")).toString()})
            .exitCode,
        0);
    m_server->route("/market.xml", HttpResponse::withStatus(404));
    const Run refresh = tidings({QStringLiteral("refresh")});
    QCOMPARE(refresh.exitCode, 1);
    QVERIFY2(
        refresh.err.contains(QLatin1String("Refreshed 2 sources: 1 ok (0 not modified), 1 failed")),
        qPrintable(refresh.err));
    QVERIFY(refresh.err.contains(QLatin1String("The server answered 404 Not Found")));
    const QJsonArray sources = json({QStringLiteral("sources")});
    QVERIFY(sources[1][QLatin1String("last_error")].toString().startsWith(
        QLatin1String("The server answered 404 Not Found")));
    QCOMPARE(json({QStringLiteral("articles")}).size(), 5); // nothing stored was lost
}

void TestCliLibrary::opmlImportExportRoundTrip()
{
    const QString harbour = m_server->url(QStringLiteral("/harbour.xml")).toString();
    const QString market = m_server->url(QStringLiteral("/market.xml")).toString();
    const QByteArray opml =
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Mine</title></head><body>"
        "<outline text=\"News\"><outline text=\"Local\">"
        "<outline text=\"Harbour\" type=\"rss\" xmlUrl=\"" +
        harbour.toUtf8() +
        "\"/>"
        "</outline></outline>"
        "<outline text=\"Market\" type=\"rss\" xmlUrl=\"" +
        market.toUtf8() +
        "\"/>"
        "<outline text=\"Market again\" type=\"rss\" xmlUrl=\"" +
        market.toUtf8() +
        "\"/>"
        "<outline text=\"Broken\" type=\"rss\" xmlUrl=\"not a url\"/>"
        "</body></opml>";
    const QString file = m_dir->filePath(QStringLiteral("in.opml"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(opml);
    }
    const Run import = tidings({QStringLiteral("import-opml"), file});
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.out.contains(QLatin1String("2 added, 1 skipped")), qPrintable(import.out));
    QVERIFY(import.out.contains(QLatin1String("1 failed")));
    QCOMPARE(json({QStringLiteral("sources")}).size(), 2);

    const QString exported = m_dir->filePath(QStringLiteral("out.opml"));
    QCOMPARE(tidings({QStringLiteral("export-opml"), exported}).exitCode, 0);
    const Run stdoutExport = tidings({QStringLiteral("export-opml")});
    QVERIFY(stdoutExport.out.contains(QLatin1String("<outline text=\"Local\"")));

    // A second library made from the export exports the same tree.
    QTemporaryDir second;
    QProcess::execute(QStringLiteral(TIDINGS_BINARY), {QStringLiteral("import-opml"), exported,
                                                       QStringLiteral("--profile"), second.path()});
    QProcess again;
    again.start(QStringLiteral(TIDINGS_BINARY),
                {QStringLiteral("export-opml"), QStringLiteral("--profile"), second.path()});
    QVERIFY(again.waitForFinished());
    const auto outlines = [](QString text) {
        return text.remove(QRegularExpression(QStringLiteral("<dateCreated>[^<]*</dateCreated>")));
    };
    QCOMPARE(outlines(QString::fromUtf8(again.readAllStandardOutput())),
             outlines(stdoutExport.out));
}

void TestCliLibrary::malformedOpmlIsRefused()
{
    const QString file = m_dir->filePath(QStringLiteral("bad.opml"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            "<opml version=\"2.0\"><body><outline text=\"x\" xmlUrl=\"http://a/\"><body></opml>");
    }
    const Run import = tidings({QStringLiteral("import-opml"), file});
    QCOMPARE(import.exitCode, 1);
    QCOMPARE(import.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(import.err.contains(QLatin1String("line")), qPrintable(import.err));
    QCOMPARE(json({QStringLiteral("sources")}).size(), 0);
}

void TestCliLibrary::readAndBookmarkNeedAnExistingArticle()
{
    const Run read = tidings({QStringLiteral("read"), QStringLiteral("4242")});
    QCOMPARE(read.exitCode, 1);
    QVERIFY(read.err.contains(QLatin1String("no article 4242")));
    QCOMPARE(tidings({QStringLiteral("bookmark"), QStringLiteral("abc")}).exitCode, 2);
}

void TestCliLibrary::exportBookmarksAsWebPageOrJson()
{
    QCOMPARE(
        tidings({QStringLiteral("add"), m_server->url(QStringLiteral("/harbour.xml")).toString()})
            .exitCode,
        0);
    const QJsonArray articles = json({QStringLiteral("articles")});
    QCOMPARE(articles.size(), 3);
    const QJsonObject kept = articles[1].toObject();
    const QString title = kept[QLatin1String("title")].toString();
    const QString link = kept[QLatin1String("link")].toString();
    QCOMPARE(tidings({QStringLiteral("bookmark"),
                      QString::number(kept[QLatin1String("id")].toInteger())})
                 .exitCode,
             0);

    // The web page on standard output by default: only the bookmark, as a link.
    const Run html = tidings({QStringLiteral("export-bookmarks")});
    QCOMPARE(html.exitCode, 0);
    QVERIFY2(html.out.startsWith(QLatin1String("<!DOCTYPE html>")), qPrintable(html.out));
    QVERIFY2(html.out.contains(QStringLiteral("<a href=\"%1\">%2</a>").arg(link, title)),
             qPrintable(html.out));
    QVERIFY(html.out.contains(QLatin1String("<cite>Harbour News</cite>")));
    QCOMPARE(html.out.count(QLatin1String("<li>")), 1);
    QVERIFY(html.err.isEmpty());

    const Run json = tidings(
        {QStringLiteral("export-bookmarks"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray exported = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(exported.size(), 1);
    const QJsonObject bookmark = exported[0].toObject();
    QCOMPARE(bookmark[QLatin1String("title")].toString(), title);
    QCOMPARE(bookmark[QLatin1String("link")].toString(), link);
    QCOMPARE(bookmark[QLatin1String("source")].toString(), QStringLiteral("Harbour News"));
    QCOMPARE(bookmark[QLatin1String("date")].toString(),
             kept[QLatin1String("published")].toString());

    // A file instead of standard output, with the same bytes.
    const QString file = m_dir->filePath(QStringLiteral("bookmarks.json"));
    const Run toFile = tidings({QStringLiteral("export-bookmarks"), QStringLiteral("--format"),
                                QStringLiteral("json"), file});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), json.out);

    QCOMPARE(tidings({QStringLiteral("export-bookmarks"), QStringLiteral("--format"),
                      QStringLiteral("xml")})
                 .exitCode,
             2);
    QCOMPARE(tidings({QStringLiteral("export-bookmarks"), file, file}).exitCode, 2);
}

void TestCliLibrary::relatedListsArticlesOfTheSameTopic()
{
    // Two topics that share no word but the everyday ones.
    const QList<QPair<QByteArray, QByteArray>> stories = {
        {"Glacier retreat measured by drones",
         "Drones measured how far the glacier ice retreated this summer."},
        {"Meltwater lakes on the glacier",
         "Meltwater lakes formed on the glacier ice as the summer warmed."},
        {"Glacier ice cores reveal old climate",
         "Ice cores drilled from the glacier hold bubbles of ancient air."},
        {"Choosing strings for a violin",
         "Gut strings give the violin a warm tone but need tuning often."},
        {"Violin bow rehair explained", "A bow rehair restores grip on the strings of a violin."},
        {"Practising violin scales",
         "Slow scales build violin intonation across all four strings."},
    };
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Mixed</title>";
    for (qsizetype i = 0; i < stories.size(); ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><guid>mixed" + n + "</guid><title>" + stories.at(i).first +
               "</title><pubDate>Wed, 27 May 2026 1" + n + ":00:00 GMT</pubDate><description>" +
               stories.at(i).second + "</description></item>";
    }
    m_server->route("/mixed.xml",
                    HttpResponse::ok(xml + "</channel></rss>", "application/rss+xml"));
    QCOMPARE(
        tidings({QStringLiteral("add"), m_server->url(QStringLiteral("/mixed.xml")).toString()})
            .exitCode,
        0);
    QHash<QString, QString> titles; // id -> title
    for (const QJsonValue &article : json({QStringLiteral("articles")}))
        titles.insert(QString::number(article[QLatin1String("id")].toInteger()),
                      article[QLatin1String("title")].toString());
    const QString glacier = titles.key(QStringLiteral("Glacier retreat measured by drones"));
    QVERIFY(!glacier.isEmpty());

    const QJsonArray related =
        json({QStringLiteral("related"), glacier, QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(related.size(), 2);
    for (const QJsonValue &card : related) {
        QVERIFY2(card[QLatin1String("title")].toString().contains(QLatin1String("lacier")),
                 qPrintable(card[QLatin1String("title")].toString()));
        QVERIFY(QString::number(card[QLatin1String("id")].toInteger()) != glacier);
        QCOMPARE(card[QLatin1String("source")].toString(), QStringLiteral("Mixed"));
        QVERIFY(!card[QLatin1String("published")].toString().isEmpty());
    }
    const Run text = tidings({QStringLiteral("related"), glacier});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Mixed — Meltwater lakes on the glacier")),
             qPrintable(text.out));

    const Run unknown = tidings({QStringLiteral("related"), QStringLiteral("4242")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QLatin1String("no article 4242")));
    QCOMPARE(tidings({QStringLiteral("related"), QStringLiteral("abc")}).exitCode, 2);
    QCOMPARE(tidings({QStringLiteral("related"), glacier, QStringLiteral("--limit"),
                      QStringLiteral("none")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_clilibrary.moc"
