#include "subscriptions/feeddiscovery.h"
#include "subscriptions/feedtitle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using Feeds::Format;
using Subscriptions::FeedCandidate;

Q_DECLARE_METATYPE(Format)

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/discovery/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

FeedCandidate candidate(const char *url, const QString &title, Format type = Format::Rss20)
{
    return {QUrl(QString::fromUtf8(url)), title, type};
}

QByteArray head(const QByteArray &links)
{
    return "<!DOCTYPE html><html><head><title>t</title>" + links + "</head><body>x</body></html>";
}

void compareCandidates(const QList<FeedCandidate> &actual, const QList<FeedCandidate> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).url.toString(QUrl::FullyEncoded),
                 expected.at(i).url.toString(QUrl::FullyEncoded));
        QCOMPARE(actual.at(i).title, expected.at(i).title);
        QCOMPARE(actual.at(i).type, expected.at(i).type);
    }
}

const QUrl kPage(QStringLiteral("https://allotment.example.com/news/today.html"));

} // namespace

class TestFeedDiscovery final : public QObject
{
    Q_OBJECT

private slots:
    void candidatesFromHtml_data();
    void candidatesFromHtml();
    void hostilePagesTakeBoundedWork_data();
    void hostilePagesTakeBoundedWork();
    void survivesRandomBytes();
    void commonFeedPaths_data();
    void commonFeedPaths();
    void feedTitle_data();
    void feedTitle();
};

void TestFeedDiscovery::candidatesFromHtml_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QUrl>("page");
    QTest::addColumn<QList<FeedCandidate>>("expected");

    QTest::newRow("three feeds in page order, extras ignored")
        << fixture(QStringLiteral("three-feeds.html")) << kPage
        << QList<FeedCandidate>{
               candidate("https://allotment.example.com/feed.rss", "Gazette (RSS)"),
               candidate("https://allotment.example.com/feed.atom", "Gazette (Atom)",
                         Format::Atom10),
               candidate("https://allotment.example.com/news/feed.json", "Gazette (JSON Feed)",
                         Format::Json11)};
    QTest::newRow("relative base resolved against the page, second base ignored")
        << fixture(QStringLiteral("base-relative.html")) << kPage
        << QList<FeedCandidate>{
               candidate("https://allotment.example.com/blog/feed.xml", "Posts"),
               candidate("https://allotment.example.com/site-atom.xml", "Whole site",
                         Format::Atom10),
               candidate("https://allotment.example.com/comments/rss?x=1&y=2", "Comments")};
    QTest::newRow("absolute base on another host")
        << head("<base href=\"https://static.example.net/b/\">"
                "<link rel=alternate type=application/rss+xml href=rss>")
        << kPage << QList<FeedCandidate>{candidate("https://static.example.net/b/rss", "")};
    QTest::newRow("no base: relative to the page")
        << head("<link rel=alternate type=application/rss+xml href=rss.xml>") << kPage
        << QList<FeedCandidate>{candidate("https://allotment.example.com/news/rss.xml", "")};
    QTest::newRow("text/xml only when nothing else")
        << fixture(QStringLiteral("text-xml-only.html")) << kPage
        << QList<FeedCandidate>{
               candidate("https://allotment.example.com/news.xml", "Old style RSS"),
               candidate("https://allotment.example.com/atom/index.xml", "Old style Atom",
                         Format::Atom10)};
    QTest::newRow("text/xml dropped when a real feed type exists")
        << head("<link rel=alternate type=text/xml href=/a.xml>"
                "<link rel=alternate type=application/rss+xml href=/b.xml>")
        << kPage << QList<FeedCandidate>{candidate("https://allotment.example.com/b.xml", "")};
    QTest::newRow("rdf is rss 1.0")
        << head("<link rel=alternate type=application/rdf+xml href=/index.rdf title=RDF>") << kPage
        << QList<FeedCandidate>{
               candidate("https://allotment.example.com/index.rdf", "RDF", Format::Rss10)};
    QTest::newRow("application/json only when it looks like a feed")
        << head("<link rel=alternate type=application/json href=/api/thing>"
                "<link rel=alternate type=application/json href=/feed.json>"
                "<link rel=alternate type=application/json title=\"JSON feed\" href=/j>"
                "<link rel=alternate type=application/json href=/wp-json/feed/x>")
        << kPage
        << QList<FeedCandidate>{
               candidate("https://allotment.example.com/feed.json", "", Format::Json10),
               candidate("https://allotment.example.com/j", "JSON feed", Format::Json10)};
    QTest::newRow("rel must hold the alternate token")
        << head("<link rel=alternates type=application/rss+xml href=/1>"
                "<link rel=\"stylesheet\" type=application/rss+xml href=/2>"
                "<link type=application/rss+xml href=/3>"
                "<link rel=\"home\tALTERNATE\" type=application/rss+xml href=/4>")
        << kPage << QList<FeedCandidate>{candidate("https://allotment.example.com/4", "")};
    QTest::newRow("duplicates by normalised address removed")
        << head("<link rel=alternate type=application/rss+xml href=https://A.example.com/f title=1>"
                "<link rel=alternate type=application/atom+xml href=https://a.example.com:443/f "
                "title=2>"
                "<link rel=alternate type=application/rss+xml href=https://a.example.com/f#x "
                "title=3>"
                "<link rel=alternate type=application/rss+xml href=https://a.example.com/f/ "
                "title=4>")
        << kPage
        << QList<FeedCandidate>{candidate("https://a.example.com/f", "1"),
                                candidate("https://a.example.com/f/", "4")};
    QTest::newRow("feed scheme unwrapped")
        << head("<link rel=alternate type=application/rss+xml href=feed://feeds.example.org/x>")
        << kPage << QList<FeedCandidate>{candidate("http://feeds.example.org/x", "")};
    QTest::newRow("unfetchable hrefs dropped")
        << head("<link rel=alternate type=application/rss+xml href=\"javascript:void(0)\">"
                "<link rel=alternate type=application/rss+xml href=\"mailto:a@b.example\">"
                "<link rel=alternate type=application/rss+xml href=\"ftp://f.example/rss\">"
                "<link rel=alternate type=application/rss+xml href=\"  \">")
        << kPage << QList<FeedCandidate>{};
    QTest::newRow("titles simplified and entities decoded")
        << head("<link rel=alternate type=application/rss+xml title=\"  Fish\n&amp;\tChips  \" "
                "href=/fc>")
        << kPage
        << QList<FeedCandidate>{candidate("https://allotment.example.com/fc", "Fish & Chips")};
    QTest::newRow("latin-1 page decoded from its meta charset")
        << fixture(QStringLiteral("latin1.html")) << kPage
        << QList<FeedCandidate>{
               candidate("https://allotment.example.com/rss.xml", "Nouvelles de l'été")};
    QTest::newRow("hostile markup")
        << fixture(QStringLiteral("hostile.html")) << kPage
        << QList<FeedCandidate>{
               candidate("https://allotment.example.com/survivor.xml", "Still found"),
               candidate("https://allotment.example.com/after-script.atom", "After the script",
                         Format::Atom10),
               candidate("https://allotment.example.com/unquoted.xml", "Unquoted"),
               candidate("https://allotment.example.com/last.xml", "Last one"),
               // A <div> opens the body without a <body> tag; gumbo keeps the link element.
               candidate("https://allotment.example.com/in-body.xml", "")};
    QTest::newRow("links on a local page stay local")
        << head("<link rel=alternate type=application/atom+xml href=feed.atom>")
        << QUrl::fromLocalFile(QStringLiteral("/srv/site/index.html"))
        << QList<FeedCandidate>{{QUrl::fromLocalFile(QStringLiteral("/srv/site/feed.atom")),
                                 QString(), Format::Atom10}};
    QTest::newRow("empty input") << QByteArray() << kPage << QList<FeedCandidate>{};
    QTest::newRow("not html at all")
        << QByteArray("\x00\x01\x02\xff\xfe garbage", 13) << kPage << QList<FeedCandidate>{};

    QStringEncoder toUtf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16 = toUtf16(QString::fromUtf8(
        head("<link rel=alternate type=application/rss+xml title=\"Ünïcode ✓\" href=/u16>")));
    QTest::newRow("utf-16 page with byte order mark")
        << utf16 << kPage
        << QList<FeedCandidate>{candidate("https://allotment.example.com/u16", "Ünïcode ✓")};
}

void TestFeedDiscovery::candidatesFromHtml()
{
    QFETCH(QByteArray, html);
    QFETCH(QUrl, page);
    QFETCH(QList<FeedCandidate>, expected);
    compareCandidates(Subscriptions::candidatesFromHtml(html, page), expected);
}

void TestFeedDiscovery::hostilePagesTakeBoundedWork_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("expectedCount");

    const QByteArray link = "<link rel=alternate type=application/rss+xml href=/first.xml>";
    QTest::newRow("a million nested divs") << link + QByteArray("<div>").repeated(1'000'000) << 1;
    QTest::newRow("nested divs inside the head, no body tag")
        << "<html><head>" + link + QByteArray("<div>").repeated(200'000) << 1;
    QTest::newRow("nested inline elements") << link + QByteArray("<b><i>").repeated(400'000) << 1;
    QTest::newRow("nested tables") << link + QByteArray("<table><tr><td>").repeated(100'000) << 1;
    QTest::newRow("many links") << QByteArray("<link rel=alternate type=application/rss+xml "
                                              "href=/same.xml>")
                                       .repeated(50'000)
                                << 1;
    QTest::newRow("endless comment") << link + "<!--" + QByteArray("-").repeated(3'000'000) << 1;
    QTest::newRow("endless script") << link + "<script>" + QByteArray("<").repeated(3'000'000) << 1;
    QTest::newRow("endless attribute") << link + "<link title=\"" + QByteArray(3'000'000, 'a') << 1;
    QTest::newRow("not utf-8, thousands of unclosed meta tags")
        << link + "\xff" + QByteArray("<meta ").repeated(200'000) << 1;
    QTest::newRow("nul bytes") << link + QByteArray(1'000'000, '\0') << 1;
    QTest::newRow("huge head before the link")
        << "<head><style>" + QByteArray(600 * 1024, 'x') + "</style>" + link << 0;
}

void TestFeedDiscovery::hostilePagesTakeBoundedWork()
{
    QFETCH(QByteArray, html);
    QFETCH(int, expectedCount);
    QElapsedTimer timer;
    timer.start();
    const auto found = Subscriptions::candidatesFromHtml(html, kPage);
    // Generous even for sanitizer builds; unbounded parsing of these takes minutes.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(found.size(), expectedCount);
}

void TestFeedDiscovery::survivesRandomBytes()
{
    QRandomGenerator random(4242);
    const QByteArray seed = fixture(QStringLiteral("three-feeds.html"));
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = seed;
        for (int i = 0; i < 20; ++i)
            bytes[int(random.bounded(quint32(bytes.size())))] = char(random.bounded(256));
        for (const FeedCandidate &found : Subscriptions::candidatesFromHtml(bytes, kPage))
            QVERIFY(found.url.isValid() && !found.url.isRelative());
    }
}

void TestFeedDiscovery::commonFeedPaths_data()
{
    QTest::addColumn<QUrl>("site");
    QTest::addColumn<QStringList>("expected");

    const QStringList names{"feed",     "rss",       "feed.xml", "rss.xml",
                            "atom.xml", "index.xml", "feed.json"};
    auto under = [&names](const QString &prefix, bool blogger) {
        QStringList urls;
        for (const QString &name : names)
            urls << prefix + name;
        if (blogger)
            urls << prefix + QStringLiteral("feeds/posts/default");
        return urls;
    };
    const QStringList root = under(QStringLiteral("https://example.com/"), true);

    QTest::newRow("bare host") << QUrl(QStringLiteral("https://example.com")) << root;
    QTest::newRow("root path") << QUrl(QStringLiteral("https://example.com/")) << root;
    QTest::newRow("path first, then the root")
        << QUrl(QStringLiteral("https://example.com/blog"))
        << under(QStringLiteral("https://example.com/blog/"), false) + root;
    QTest::newRow("query and fragment dropped")
        << QUrl(QStringLiteral("https://example.com/blog/?page=2#top"))
        << under(QStringLiteral("https://example.com/blog/"), false) + root;
    QTest::newRow("port kept") << QUrl(QStringLiteral("http://127.0.0.1:8080/"))
                               << under(QStringLiteral("http://127.0.0.1:8080/"), true);
    QTest::newRow("relative url gives nothing") << QUrl(QStringLiteral("/blog")) << QStringList();
    QTest::newRow("empty url gives nothing") << QUrl() << QStringList();
}

void TestFeedDiscovery::commonFeedPaths()
{
    QFETCH(QUrl, site);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const QUrl &url : Subscriptions::commonFeedPaths(site))
        actual << url.toString();
    QCOMPARE(actual, expected);
}

void TestFeedDiscovery::feedTitle_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Format>("type");
    QTest::addColumn<QString>("title");

    QTest::newRow("rss channel title, not the image's or an item's")
        << QByteArray(
               "<rss><channel><image><title>Logo</title></image>"
               "<title> Parish\n News </title><item><title>Item</title></item></channel></rss>")
        << Format::Rss20 << "Parish News";
    QTest::newRow("rss item before channel title gives none")
        << QByteArray("<rss><channel><item><title>Item</title></item></channel></rss>")
        << Format::Rss20 << "";
    QTest::newRow("atom") << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                                        "<title type=\"text\">Atom &amp; Eve</title></feed>")
                          << Format::Atom10 << "Atom & Eve";
    QTest::newRow("rdf") << QByteArray("<rdf:RDF><channel><title>RDF site</title></channel>"
                                       "</rdf:RDF>")
                         << Format::Rss20 << "RDF site";
    QTest::newRow("json") << QByteArray("{\"version\":\"https://jsonfeed.org/version/1\","
                                        "\"title\":\"JSON Weekly\"}")
                          << Format::Json11 << "JSON Weekly";
    QTest::newRow("broken xml") << QByteArray("<rss><channel><tit") << Format::Rss20 << "";
    QTest::newRow("broken json") << QByteArray("{\"title\":") << Format::Json11 << "";
}

void TestFeedDiscovery::feedTitle()
{
    QFETCH(QByteArray, body);
    QFETCH(Format, type);
    QFETCH(QString, title);
    QCOMPARE(Subscriptions::feedTitle(body, type), title);
}

QTEST_APPLESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
