// The parseFeed() entry point itself: options, limits and robustness on arbitrary bytes.
#include "feeds/feedjsonwriter.h"
#include "feeds/feedparser.h"
#include "html/sanitizer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Feeds;

namespace {

// What the application passes: the HTML sanitizer, which the feed engine does not know itself.
ParseOptions sanitizing()
{
    ParseOptions options;
    options.htmlFilter = {&Html::sanitize, &Html::firstImageUrl};
    return options;
}

const QByteArray smallRss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                            "<item><title>I</title><link>p.html</link><description>&lt;p "
                            "onclick=\"x\"&gt;&lt;a href=\"q.html\"&gt;q&lt;/a&gt;&lt;/p&gt;"
                            "</description></item></channel></rss>";

} // namespace

class TestFeedParserApi final : public QObject
{
    Q_OBJECT

private slots:
    void formatNames_data();
    void formatNames();
    void sizeLimit();
    void sanitizesOnlyWithAnHtmlFilter();
    void documentUrlResolvesLinks();
    void rvalueOverloadGivesTheSameResult();
    void manyItemsAreSanitizedInParallel();
    void jsonWriterEscapesAndStreams();
    void mutatedFixturesNeverCrash();
};

void TestFeedParserApi::formatNames_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown") << int(Format::Unknown) << QStringLiteral("unknown");
    QTest::newRow("rss090") << int(Format::Rss090) << QStringLiteral("rss090");
    QTest::newRow("rss091") << int(Format::Rss091) << QStringLiteral("rss091");
    QTest::newRow("rss092") << int(Format::Rss092) << QStringLiteral("rss092");
    QTest::newRow("rss093") << int(Format::Rss093) << QStringLiteral("rss093");
    QTest::newRow("rss094") << int(Format::Rss094) << QStringLiteral("rss094");
    QTest::newRow("rss20") << int(Format::Rss20) << QStringLiteral("rss20");
    QTest::newRow("rss10") << int(Format::Rss10) << QStringLiteral("rss10");
    QTest::newRow("atom03") << int(Format::Atom03) << QStringLiteral("atom03");
    QTest::newRow("atom10") << int(Format::Atom10) << QStringLiteral("atom10");
    QTest::newRow("json10") << int(Format::Json10) << QStringLiteral("json10");
    QTest::newRow("json11") << int(Format::Json11) << QStringLiteral("json11");
}

void TestFeedParserApi::formatNames()
{
    QFETCH(int, format);
    QFETCH(QString, name);
    QCOMPARE(QString::fromLatin1(formatName(Format(format))), name);
}

void TestFeedParserApi::sizeLimit()
{
    ParseOptions options = sanitizing();
    options.maxBytes = smallRss.size() - 1;
    const ParseResult refused = parseFeed(smallRss, options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error, QStringLiteral("document too large: %1 bytes, the limit is %2 bytes")
                                .arg(smallRss.size())
                                .arg(smallRss.size() - 1));
    options.maxBytes = smallRss.size();
    QVERIFY(parseFeed(smallRss, options).ok());
    QCOMPARE(ParseOptions().maxBytes, 32 * 1024 * 1024);
}

void TestFeedParserApi::sanitizesOnlyWithAnHtmlFilter()
{
    const ParseResult raw = parseFeed(smallRss);
    QVERIFY(raw.feed.items.constFirst().summary.contains(QLatin1String("onclick")));
    const ParseResult clean = parseFeed(smallRss, sanitizing());
    QVERIFY(!clean.feed.items.constFirst().summary.contains(QLatin1String("onclick")));
}

void TestFeedParserApi::documentUrlResolvesLinks()
{
    ParseOptions options = sanitizing();
    options.documentUrl = QUrl(QStringLiteral("https://site.example/dir/feed.xml"));
    const ParseResult result = parseFeed(smallRss, options);
    QVERIFY(result.ok());
    const Item &item = result.feed.items.constFirst();
    QCOMPARE(item.link, QStringLiteral("https://site.example/dir/p.html"));
    // The item's HTML resolves against the item link.
    QVERIFY2(item.summary.contains(QLatin1String("https://site.example/dir/q.html")),
             qPrintable(item.summary));
}

void TestFeedParserApi::rvalueOverloadGivesTheSameResult()
{
    QByteArray copy = smallRss;
    const ParseResult moved = parseFeed(std::move(copy), sanitizing());
    const ParseResult shared = parseFeed(smallRss, sanitizing());
    QCOMPARE(moved.feed.items.size(), 1);
    QCOMPARE(moved.feed.items.constFirst().summary, shared.feed.items.constFirst().summary);
    QCOMPARE(moved.feed.title, shared.feed.title);
}

void TestFeedParserApi::manyItemsAreSanitizedInParallel()
{
    QByteArray rss = "<rss version=\"2.0\"><channel><title>Many</title>";
    for (int i = 0; i < 500; ++i) {
        rss += "<item><guid>" + QByteArray::number(i) + "</guid><link>https://m.example/" +
               QByteArray::number(i) + "/</link><description>&lt;p&gt;&lt;a href=\"x\"&gt;n" +
               QByteArray::number(i) +
               "&lt;/a&gt;&lt;script&gt;bad()&lt;/script&gt;&lt;/p&gt;</description></item>";
    }
    rss += "</channel></rss>";
    const ParseResult result = parseFeed(rss, sanitizing());
    QCOMPARE(result.feed.items.size(), 500);
    for (int i = 0; i < 500; ++i) {
        const Item &item = result.feed.items.at(i);
        QCOMPARE(item.id, QString::number(i));
        QVERIFY(!item.summary.contains(QLatin1String("script")));
        // Each item's links resolve against its own link, whichever thread sanitized it.
        QVERIFY2(item.summary.contains(QStringLiteral("https://m.example/%1/x").arg(i)),
                 qPrintable(item.summary));
    }
}

void TestFeedParserApi::jsonWriterEscapesAndStreams()
{
    ParseResult result;
    result.feed.format = Format::Rss20;
    result.feed.title = QStringLiteral("quote \" backslash \\ tab\t nl\n ctl\x01 é 😀");
    result.warnings << QStringLiteral("w1");
    for (int i = 0; i < 3000; ++i) {
        Item item;
        item.id = QString::number(i);
        item.summary = QString(200, u'x');
        item.published = QDateTime(QDate(2025, 5, 27), QTime(12, 0), Qt::OffsetFromUTC, 7200);
        item.enclosures.append({QStringLiteral("u"), QStringLiteral("t"), 5});
        item.commentCount = i % 2 ? 3 : -1;
        result.feed.items.append(item);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(FeedJsonWriter(buffer).write(result));
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(buffer.data(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QLatin1String("title")).toString(), result.feed.title);
    QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("rss20"));
    QVERIFY(json.value(QLatin1String("updated")).isNull());
    const QJsonArray items = json.value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 3000);
    const QJsonObject first = items.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("published")).toString(),
             QStringLiteral("2025-05-27T10:00:00Z"));
    QVERIFY(first.value(QLatin1String("updated")).isNull());
    QVERIFY(first.value(QLatin1String("comment_count")).isNull());
    QCOMPARE(items.at(1).toObject().value(QLatin1String("comment_count")).toInt(), 3);
    QCOMPARE(first.value(QLatin1String("enclosures"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("length"))
                 .toInt(),
             5);
    const QStringList keys = {"id",         "title",      "link",    "author",
                              "published",  "updated",    "summary", "content",
                              "categories", "enclosures", "comments"};
    for (const QString &key : keys)
        QVERIFY2(first.contains(key), qPrintable(key));
    QCOMPARE(json.value(QLatin1String("warnings")).toArray().at(0).toString(),
             QStringLiteral("w1"));
}

void TestFeedParserApi::mutatedFixturesNeverCrash()
{
    // Every fixture, cut and with bytes flipped at pseudo-random places, must parse or be
    // refused; never crash (run under ASan/UBSan in CI's sanitizer build).
    QStringList files;
    const QDir root(QStringLiteral(TIDINGS_TEST_DATA_DIR "/feeds"));
    for (const QString &group : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(root.filePath(group));
        for (const QString &file : dir.entryList(QDir::Files)) {
            if (!file.endsWith(QLatin1String(".expected.json")))
                files << dir.filePath(file);
        }
    }
    QVERIFY(files.size() >= 150);
    quint32 state = 777;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    int parsed = 0;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        for (int round = 0; round < 8 && !original.isEmpty(); ++round) {
            QByteArray mutated = original.left(qsizetype(next() % quint32(original.size() + 1)));
            for (int flips = int(next() % 4); flips > 0 && !mutated.isEmpty(); --flips)
                mutated[qsizetype(next() % quint32(mutated.size()))] = char(next() & 0xff);
            const ParseResult result = parseFeed(mutated, sanitizing());
            if (result.ok())
                ++parsed;
            else
                QVERIFY(!result.error.isEmpty());
        }
    }
    QVERIFY(parsed > 0);
}

QTEST_GUILESS_MAIN(TestFeedParserApi)
#include "tst_feedparser_api.moc"
