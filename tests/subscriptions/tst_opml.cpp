#include "subscriptions/opml.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using Subscriptions::OpmlDocument;
using Subscriptions::Outline;

Q_DECLARE_METATYPE(Subscriptions::OpmlDocument)

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/opml/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

Outline feed(const QString &title, const QString &url, const QString &type = QStringLiteral("rss"),
             const QString &site = {})
{
    Outline outline;
    outline.title = title;
    outline.feedUrl = url;
    outline.type = type;
    outline.siteUrl = site;
    return outline;
}

Outline folder(const QString &title, const QList<Outline> &children)
{
    Outline outline;
    outline.title = title;
    outline.children = children;
    return outline;
}

// Field by field, so that a failure names the outline and the field that differ.
void compareTrees(const QList<Outline> &actual, const QList<Outline> &expected,
                  const QString &where = QStringLiteral("body"))
{
    QVERIFY2(actual.size() == expected.size(),
             qPrintable(QStringLiteral("%1: %2 outlines, expected %3")
                            .arg(where)
                            .arg(actual.size())
                            .arg(expected.size())));
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Outline &a = actual.at(i);
        const Outline &e = expected.at(i);
        const QString here = where + QLatin1Char('/') + e.title;
        QVERIFY2(a.title == e.title, qPrintable(here + QStringLiteral(": title ") + a.title));
        QVERIFY2(a.feedUrl == e.feedUrl, qPrintable(here + QStringLiteral(": url ") + a.feedUrl));
        QVERIFY2(a.siteUrl == e.siteUrl, qPrintable(here + QStringLiteral(": site ") + a.siteUrl));
        QVERIFY2(a.type == e.type, qPrintable(here + QStringLiteral(": type ") + a.type));
        QCOMPARE(a.isFolder(), e.isFolder());
        compareTrees(a.children, e.children, here);
        if (QTest::currentTestFailed())
            return;
    }
}

QByteArray nestedOutlines(int depth)
{
    QByteArray xml = "<opml version=\"2.0\"><body>";
    for (int i = 0; i < depth; ++i)
        xml += "<outline text=\"level\">";
    xml += "<outline text=\"deep\" xmlUrl=\"https://deep.example.com/feed\"/>";
    for (int i = 0; i < depth; ++i)
        xml += "</outline>";
    return xml + "</body></opml>";
}

} // namespace

class TestOpml final : public QObject
{
    Q_OBJECT

private slots:
    void readsNestedFoldersAndCaseVariants();
    void readsOpml1WithTitleAttributeAndLegacyDate();
    void readsDeclaredEncodings_data();
    void readsDeclaredEncodings();
    void decodesEntitiesInTextAndUrls();
    void refusesBadInput_data();
    void refusesBadInput();
    void keepsOutlinesCompletedBeforeAnError();
    void warnsAboutUnknownVersion();
    void writesOpml2();
    void dropsCharactersXmlCannotCarry();
    void writesFeedWithChildrenAsFeedAndFolder();
    void roundTrips_data();
    void roundTrips();
    void survivesMutatedInput();
};

void TestOpml::readsNestedFoldersAndCaseVariants()
{
    const auto result = Subscriptions::readOpml(fixture(QStringLiteral("nested.opml")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.title, QStringLiteral("Evening reading"));
    QCOMPARE(result.document.created, QDateTime(QDate(2026, 3, 3), QTime(18, 45, 10), Qt::UTC));

    const QList<Outline> expected{
        feed(QStringLiteral("Harbour Notes"),
             QStringLiteral("https://harbour.example.org/feed.xml"), QStringLiteral("rss"),
             QStringLiteral("https://harbour.example.org/")),
        folder(QStringLiteral("Science"),
               {feed(QStringLiteral("Tide Tables Weekly"),
                     QStringLiteral("http://tides.example.net/rss")),
                folder(QStringLiteral("Only a title attribute"),
                       {feed(QStringLiteral("Comet Log"),
                             QStringLiteral("https://comets.example.com/atom.xml"),
                             QStringLiteral("atom"),
                             QStringLiteral("https://comets.example.com/"))})}),
        feed(QStringLiteral("Pottery Journal"), QStringLiteral("https://pots.example.com/rss")),
        folder(QStringLiteral("Pottery Journal"),
               {feed(QStringLiteral("Glaze of the Month"),
                     QStringLiteral("https://pots.example.com/glaze/rss"))}),
        feed(QStringLiteral("Unfiled Radio"),
             QStringLiteral("https://radio.example.org/podcast.xml")),
    };
    compareTrees(result.document.outlines, expected);

    QCOMPARE(result.warnings.size(), 3);
    QVERIFY2(result.warnings.at(0).contains(QLatin1String("Line 19")) &&
                 result.warnings.at(0).contains(QLatin1String("A heading without feeds")),
             qPrintable(result.warnings.at(0)));
    QVERIFY2(result.warnings.at(1).contains(QLatin1String("Line 20")) &&
                 result.warnings.at(1).contains(QLatin1String("Pottery Journal")),
             qPrintable(result.warnings.at(1)));
    QVERIFY2(result.warnings.at(2).contains(QLatin1String("Line 23")),
             qPrintable(result.warnings.at(2)));
}

void TestOpml::readsOpml1WithTitleAttributeAndLegacyDate()
{
    const auto result = Subscriptions::readOpml(fixture(QStringLiteral("version1.opml")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.document.title, QStringLiteral("Old export"));
    // "Mon, 5 Jan 04 09:00:00 EST": two-digit year, US zone.
    QCOMPARE(result.document.created, QDateTime(QDate(2004, 1, 5), QTime(14, 0), Qt::UTC));
    compareTrees(
        result.document.outlines,
        {feed(QStringLiteral("Café Stories"), QStringLiteral("http://cafe.example.com/index.rdf")),
         feed(QStringLiteral("Fjord Bulletin"), QStringLiteral("http://fjord.example.no/rss.xml"),
              QStringLiteral("rss"), QStringLiteral("http://fjord.example.no"))});
}

void TestOpml::readsDeclaredEncodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QList<Outline>>("outlines");

    QTest::newRow("latin-1 declaration")
        << QStringLiteral("latin1.opml") << QStringLiteral("Latin-1 été")
        << QList<Outline>{feed(QStringLiteral("École du jour"),
                               QStringLiteral("http://ecole.example.fr/feed"))};
    QTest::newRow("utf-16 with byte order mark")
        << QStringLiteral("utf16.opml") << QStringLiteral("Überschriften")
        << QList<Outline>{
               folder(QStringLiteral("Ночные новости"),
                      {feed(QStringLiteral("東京の天気"),
                            QStringLiteral("https://weather.example.jp/rss"))}),
               feed(QStringLiteral("Ελληνικά νέα"), QStringLiteral("https://nea.example.gr/feed"))};
}

void TestOpml::readsDeclaredEncodings()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QList<Outline>, outlines);
    const auto result = Subscriptions::readOpml(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.title, title);
    compareTrees(result.document.outlines, outlines);
}

void TestOpml::decodesEntitiesInTextAndUrls()
{
    const auto result = Subscriptions::readOpml(fixture(QStringLiteral("entities.opml")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.title, QStringLiteral("Fish & Chips <Weekly>"));
    compareTrees(
        result.document.outlines,
        {feed(QStringLiteral("Café ☕ \"Beans\" & more"),
              QStringLiteral("https://beans.example.com/feed?format=rss&lang=en"),
              QStringLiteral("rss"), QStringLiteral("https://beans.example.com/?a=1&b=2")),
         feed(QStringLiteral("Newspaper 📰"), QStringLiteral("https://news.example.com/rss"))});
}

void TestOpml::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only whitespace") << QByteArray(" \n\t ") << QStringLiteral("empty");
    QTest::newRow("plain text") << QByteArray("just some words") << QStringLiteral("line 1");
    QTest::newRow("rss instead of opml")
        << fixture(QStringLiteral("not-opml.xml")) << QStringLiteral("<rss>");
    QTest::newRow("dtd with entity expansion")
        << fixture(QStringLiteral("dtd.opml")) << QStringLiteral("DTD");
    QTest::newRow("mismatched tags name line and column")
        << fixture(QStringLiteral("malformed.opml")) << QStringLiteral("(line 10, column 9)");
    QTest::newRow("truncated file")
        << fixture(QStringLiteral("nested.opml")).left(600) << QStringLiteral("not well-formed");
    QTest::newRow("undeclared html entity")
        << QByteArray("<opml><body><outline text=\"a&nbsp;b\" xmlUrl=\"https://x.example/\"/>"
                      "</body></opml>")
        << QStringLiteral("line 1");
    QTest::newRow("nesting deeper than 64 levels")
        << nestedOutlines(100) << QStringLiteral("64 levels");
    QTest::newRow("binary zeros") << QByteArray(64, '\0') << QStringLiteral("not well-formed");
    QTest::newRow("trailing garbage after the root")
        << QByteArray("<opml><body/></opml><opml/>") << QStringLiteral("line 1");
}

void TestOpml::refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    const auto result = Subscriptions::readOpml(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
}

void TestOpml::keepsOutlinesCompletedBeforeAnError()
{
    const auto result = Subscriptions::readOpml(fixture(QStringLiteral("malformed.opml")));
    QVERIFY(!result.ok());
    compareTrees(
        result.document.outlines,
        {feed(QStringLiteral("Complete One"), QStringLiteral("https://one.example.com/feed")),
         folder(
             QStringLiteral("Folder"),
             {feed(QStringLiteral("Complete Two"), QStringLiteral("https://two.example.com/feed")),
              feed(QStringLiteral("Broken"), QStringLiteral("https://three.example.com/feed"))})});
}

void TestOpml::warnsAboutUnknownVersion()
{
    const auto result = Subscriptions::readOpml("<opml version=\"3.7\"><body><outline text=\"A\" "
                                                "xmlUrl=\"https://a.example/\"/></body></opml>");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY(result.warnings.constFirst().contains(QLatin1String("3.7")));
    QCOMPARE(result.document.outlines.size(), 1);

    const auto noBody = Subscriptions::readOpml("<opml version=\"2.0\"><head/></opml>");
    QVERIFY(noBody.ok());
    QVERIFY(noBody.document.outlines.isEmpty());
    QCOMPARE(noBody.warnings.size(), 1);
}

void TestOpml::writesOpml2()
{
    OpmlDocument document;
    document.title = QStringLiteral("Tom & Jerry's <list>");
    document.created = QDateTime(QDate(2026, 3, 3), QTime(20, 45, 10), Qt::OffsetFromUTC, 7200);
    document.outlines = {
        folder(QStringLiteral("News \"daily\""),
               {feed(QStringLiteral("A&B"), QStringLiteral("https://ab.example/?x=1&y=2"),
                     QString(), QStringLiteral("https://ab.example/"))})};
    const QByteArray bytes = Subscriptions::writeOpml(document);

    QVERIFY(bytes.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    QVERIFY(bytes.contains("<opml version=\"2.0\">"));
    QVERIFY2(bytes.contains("<dateCreated>Tue, 03 Mar 2026 18:45:10 GMT</dateCreated>"),
             bytes.constData());
    QVERIFY(bytes.contains("<title>Tom &amp; Jerry's &lt;list&gt;</title>"));
    QVERIFY(bytes.contains("text=\"News &quot;daily&quot;\""));
    QVERIFY(bytes.contains("xmlUrl=\"https://ab.example/?x=1&amp;y=2\""));
    QVERIFY(bytes.contains("type=\"rss\""));

    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));

    OpmlDocument undated;
    QVERIFY(!Subscriptions::writeOpml(undated).contains("dateCreated"));
}

void TestOpml::dropsCharactersXmlCannotCarry()
{
    OpmlDocument document;
    QString title = QStringLiteral("bell");
    title += QChar(0x07);
    title += QChar(0xD800); // a lone surrogate
    title += QStringLiteral("end\u00A0✓");
    document.outlines = {feed(title, QStringLiteral("https://bell.example/feed"))};
    const auto result = Subscriptions::readOpml(Subscriptions::writeOpml(document));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.outlines.constFirst().title, QStringLiteral("bellend\u00A0✓"));
}

void TestOpml::writesFeedWithChildrenAsFeedAndFolder()
{
    OpmlDocument document;
    Outline parent = feed(QStringLiteral("Parent"), QStringLiteral("https://p.example/feed"));
    parent.children = {feed(QStringLiteral("Child"), QStringLiteral("https://c.example/feed"))};
    document.outlines = {parent};
    const auto result = Subscriptions::readOpml(Subscriptions::writeOpml(document));
    QVERIFY2(result.ok(), qPrintable(result.error));
    compareTrees(
        result.document.outlines,
        {feed(QStringLiteral("Parent"), QStringLiteral("https://p.example/feed")),
         folder(QStringLiteral("Parent"),
                {feed(QStringLiteral("Child"), QStringLiteral("https://c.example/feed"))})});
}

void TestOpml::roundTrips_data()
{
    QTest::addColumn<OpmlDocument>("document");

    for (const char *name : {"nested.opml", "version1.opml", "utf16.opml", "entities.opml"}) {
        const auto read = Subscriptions::readOpml(fixture(QString::fromLatin1(name)));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QTest::newRow(name) << read.document;
    }

    OpmlDocument special;
    special.title = QStringLiteral("Quotes ' \" and <tags> & tabs\tand\nnew lines");
    special.created = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    special.outlines = {
        folder(QStringLiteral("]]> not a CDATA end"),
               {feed(QStringLiteral("emoji 🎉 and ümlauts"),
                     QStringLiteral("https://xn--mlaut-jva.example/feed?q=a%20b&r=<>"),
                     QStringLiteral("atom"), QStringLiteral("https://ümlaut.example/"))}),
        folder(QStringLiteral("empty-titled feed inside"),
               {feed(QString(), QStringLiteral("https://untitled.example/rss"))}),
    };
    QTest::newRow("special characters") << special;

    QTest::newRow("empty document") << OpmlDocument();
}

void TestOpml::roundTrips()
{
    QFETCH(OpmlDocument, document);
    const auto result = Subscriptions::readOpml(Subscriptions::writeOpml(document));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.title, document.title);
    QCOMPARE(result.document.created, document.created);
    compareTrees(result.document.outlines, document.outlines);
    // The empty document has no body outlines but does have a <body>: no warning.
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
}

void TestOpml::survivesMutatedInput()
{
    // Fixed seed: a failure can be replayed.
    QRandomGenerator random(20260303);
    const QList<QByteArray> seeds{fixture(QStringLiteral("nested.opml")),
                                  fixture(QStringLiteral("utf16.opml")),
                                  fixture(QStringLiteral("entities.opml"))};
    int errors = 0;
    for (int round = 0; round < 600; ++round) {
        QByteArray bytes = seeds.at(round % seeds.size());
        const int flips = 1 + int(random.bounded(8));
        for (int i = 0; i < flips; ++i)
            bytes[int(random.bounded(quint32(bytes.size())))] = char(random.bounded(256));
        if (round % 5 == 0)
            bytes.truncate(int(random.bounded(quint32(bytes.size()))));
        const auto result = Subscriptions::readOpml(bytes);
        if (!result.ok())
            ++errors;
        for (const Outline &outline : result.document.outlines)
            QVERIFY(outline.isFolder() ? !outline.children.isEmpty() : outline.children.isEmpty());
    }
    QVERIFY(errors > 0); // the mutations did reach the error paths
}

QTEST_APPLESS_MAIN(TestOpml)
#include "tst_opml.moc"
