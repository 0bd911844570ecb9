#include "feeds/formatsniffer.h"

#include <QStringEncoder>
#include <QTest>

using namespace Feeds;

Q_DECLARE_METATYPE(Format)

// The one sniffer of feed formats: the parser's kinds and feed discovery's quick look.
class TestFormatSniffer final : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data();
    void sniff();
};

void TestFormatSniffer::sniff_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Format>("expected");

    const Format none = Format::Unknown;
    QTest::newRow("rss") << QByteArray("<rss version=\"2.0\"><channel/></rss>") << Format::Rss20;
    QTest::newRow("rss after declaration, BOM, comment, stylesheet, doctype")
        << QByteArray("\xEF\xBB\xBF \n<?xml version=\"1.0\"?>\n<!-- hi -->\n"
                      "<?xml-stylesheet href=\"s.xsl\"?>\n<!DOCTYPE rss>\n<rss>")
        << Format::Rss20;
    QTest::newRow("atom") << QByteArray("<?xml version='1.0'?><feed xmlns=\"x\">")
                          << Format::Atom10;
    QTest::newRow("rdf") << QByteArray("<rdf:RDF xmlns:rdf=\"r\">") << Format::Rss10;
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16le atom")
        << QByteArray(le(QStringLiteral("<?xml version=\"1.0\"?><feed>"))) << Format::Atom10;
    QStringEncoder be(QStringEncoder::Utf16BE);
    QTest::newRow("utf-16be rss without BOM")
        << QByteArray(be(QStringLiteral("<rss>"))) << Format::Rss20;
    QTest::newRow("json feed 1.1")
        << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}")
        << Format::Json11;
    QTest::newRow("json feed with version last")
        << QByteArray(" {\"title\": \"x\", \"items\": [], \"version\": "
                      "\"https://jsonfeed.org/version/1\"}")
        << Format::Json10;
    QTest::newRow("json feed cut off by the size cap")
        << QByteArray("{\"version\":\"https://jsonfeed.org/version/1\",\"items\":[{\"id\":\"1\"")
        << Format::Json10;
    QTest::newRow("other json") << QByteArray("{\"version\": \"2.1\"}") << none;
    QTest::newRow("json array") << QByteArray("[\"https://jsonfeed.org/\"]") << none;
    QTest::newRow("cdf channel with its address")
        << QByteArray("<CHANNEL HREF=\"http://example.org/\"><TITLE>C</TITLE>") << Format::Cdf;
    QTest::newRow("bare channel without an address is no cdf")
        << QByteArray("<channel><title>Broken RSS</title>") << none;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><head>") << none;
    QTest::newRow("element merely starting with rss") << QByteArray("<rssfeed>") << none;
    QTest::newRow("feed element beyond the first 2 KiB")
        << "<!--" + QByteArray(3000, 'x') + "--><feed>" << none;
    QTest::newRow("unterminated comment") << QByteArray("<!-- <rss>") << none;
    QTest::newRow("rss 0.91") << QByteArray("<rss version=\"0.91\"><channel>") << Format::Rss091;
    QTest::newRow("rss 1.0 with its channel")
        << QByteArray("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                      "xmlns=\"http://purl.org/rss/1.0/\"><channel>")
        << Format::Rss10;
    QTest::newRow("complete rdf without a channel") << QByteArray("<rdf:RDF></rdf:RDF>") << none;
    QTest::newRow("atom 0.3") << QByteArray("<feed version=\"0.3\">") << Format::Atom03;
    QTest::newRow("xhtml root named feed")
        << QByteArray("<feed xmlns=\"http://www.w3.org/1999/xhtml\">") << none;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n<rss>") << none;
    QTest::newRow("text") << QByteArray("rss feed") << none;
    QTest::newRow("empty") << QByteArray() << none;
}

void TestFormatSniffer::sniff()
{
    QFETCH(QByteArray, body);
    QFETCH(Format, expected);
    QCOMPARE(FormatSniffer::sniff(body), expected);
}

QTEST_APPLESS_MAIN(TestFormatSniffer)
#include "tst_formatsniffer.moc"
