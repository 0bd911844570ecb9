#include "models/relativetime.h"
#include "models/searchterms.h"
#include "models/starterfeeds.h"
#include "models/viewkey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Models::TextRange;
using Models::ViewKey;

Q_DECLARE_METATYPE(QList<Models::TextRange>)

class TestModelValues final : public QObject
{
    Q_OBJECT

private slots:
    void relativeTimes_data();
    void relativeTimes();
    void highlightTermsFollowTheSearchSyntax_data();
    void highlightTermsFollowTheSearchSyntax();
    void highlightRangesAtWordStarts_data();
    void highlightRangesAtWordStarts();
    void viewKeysRoundTrip_data();
    void viewKeysRoundTrip();
    void viewKeysMakeFilters();
    void starterFeedsSkipBrokenEntries();
    void shippedStarterListIsComplete();
};

void TestModelValues::relativeTimes_data()
{
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QString>("expected");

    // Local times: the day boundaries are the person's.
    const QDateTime now(QDate(2024, 3, 14), QTime(15, 30));
    QTest::newRow("seconds ago is just now") << now.addSecs(-20) << "just now";
    QTest::newRow("a future date is just now") << now.addSecs(3600) << "just now";
    QTest::newRow("one minute") << now.addSecs(-90) << "a minute ago";
    QTest::newRow("minutes") << now.addSecs(-25 * 60) << "25 minutes ago";
    QTest::newRow("an hour") << now.addSecs(-65 * 60) << "an hour ago";
    QTest::newRow("hours today") << now.addSecs(-5 * 3600) << "5 hours ago";
    QTest::newRow("yesterday") << QDateTime(QDate(2024, 3, 13), QTime(8, 0)) << "yesterday";
    QTest::newRow("older: the date") << QDateTime(QDate(2024, 3, 1), QTime(8, 0))
                                     << QLocale(QLocale::English, QLocale::UnitedStates)
                                            .toString(QDate(2024, 3, 1), QLocale::ShortFormat);
    QTest::newRow("no date") << QDateTime() << "";
}

void TestModelValues::relativeTimes()
{
    QFETCH(QDateTime, date);
    QFETCH(QString, expected);
    const QDateTime now(QDate(2024, 3, 14), QTime(15, 30));
    QCOMPARE(Models::relativeTime(date, now, QLocale(QLocale::English, QLocale::UnitedStates)),
             expected);
}

void TestModelValues::highlightTermsFollowTheSearchSyntax_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("terms");

    QTest::newRow("words") << "solar panels" << QStringList{"solar", "panels"};
    QTest::newRow("phrase") << "\"world cup\" final" << QStringList{"world cup", "final"};
    QTest::newRow("excluded word and phrase")
        << "energy -coal -\"oil price\"" << QStringList{"energy"};
    QTest::newRow("punctuation trimmed") << "(rust)," << QStringList{"rust"};
    QTest::newRow("no letters dropped") << "-- ** \"\"" << QStringList{};
    QTest::newRow("duplicates once") << "Qt qt" << QStringList{"Qt"};
    QTest::newRow("unclosed quote") << "\"open ended" << QStringList{"open ended"};
    QTest::newRow("title and author values are words")
        << "title:rust author:\"Ada Lovelace\"" << QStringList{"rust", "Ada Lovelace"};
    QTest::newRow("other operators are no text")
        << "storm is:unread source:\"The Verge\" after:7d" << QStringList{"storm"};
    QTest::newRow("excluded column term") << "-title:rust kernel" << QStringList{"kernel"};
    QTest::newRow("unknown operator stays a word") << "rowid:1" << QStringList{"rowid:1"};
}

void TestModelValues::highlightTermsFollowTheSearchSyntax()
{
    QFETCH(QString, search);
    QFETCH(QStringList, terms);
    QCOMPARE(Models::highlightTerms(search), terms);
}

void TestModelValues::highlightRangesAtWordStarts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QList<TextRange>>("ranges");

    QTest::newRow("prefix of a word")
        << "Newsletter news" << QStringList{"news"} << QList<TextRange>{{0, 4}, {11, 4}};
    QTest::newRow("not inside a word") << "renews" << QStringList{"news"} << QList<TextRange>{};
    QTest::newRow("phrase") << "The World Cup final" << QStringList{"world cup"}
                            << QList<TextRange>{{4, 9}};
    QTest::newRow("overlaps merged")
        << "solar" << QStringList{"sol", "solar"} << QList<TextRange>{{0, 5}};
    QTest::newRow("sorted") << "b a" << QStringList{"a", "b"} << QList<TextRange>{{0, 1}, {2, 1}};
}

void TestModelValues::highlightRangesAtWordStarts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QList<TextRange>, ranges);
    QCOMPARE(Models::highlightRanges(text, terms), ranges);
}

void TestModelValues::viewKeysRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("all") << "all" << true;
    QTest::newRow("bookmarks") << "bookmarks" << true;
    QTest::newRow("folder") << "folder:3" << true;
    QTest::newRow("source") << "source:12" << true;
    QTest::newRow("saved search") << "search:2" << true;
    QTest::newRow("zero id") << "source:0" << false;
    QTest::newRow("unknown kind") << "label:4" << false;
    QTest::newRow("garbage") << "::" << false;
    QTest::newRow("empty") << "" << false;
}

void TestModelValues::viewKeysRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const ViewKey key = ViewKey::fromString(text);
    QCOMPARE(key.isValid(), valid);
    if (valid)
        QCOMPARE(key.toString(), text);
}

void TestModelValues::viewKeysMakeFilters()
{
    const Storage::ArticleFilter unread =
        ViewKey::smart(Models::SmartView::Unread).filter(QStringLiteral("x"));
    QVERIFY(unread.unreadOnly);
    QVERIFY(!unread.bookmarkedOnly);
    QCOMPARE(unread.search, QStringLiteral("x"));
    QVERIFY(ViewKey::smart(Models::SmartView::Bookmarks).filter().bookmarkedOnly);
    QVERIFY(ViewKey::smart(Models::SmartView::Today).filter().today);
    QCOMPARE(ViewKey::folder(4).filter().folderId, 4);
    QCOMPARE(ViewKey::source(9).filter().sourceId, 9);
    QCOMPARE(ViewKey().filter().limit, 0);
}

void TestModelValues::starterFeedsSkipBrokenEntries()
{
    const QByteArray json = R"json({"topics": [
        {"id": "science", "feeds": [
            {"title": "Good", "url": "https://example.org/feed", "site": "https://example.org", "language": "en"},
            {"title": "", "url": "https://example.org/untitled"},
            {"title": "Not web", "url": "javascript:alert(1)"},
            {"title": "Relative", "url": "/feed"},
            {"title": "Bad site", "url": "http://example.net/rss", "site": "ftp://example.net"}
        ]},
        {"id": "empty", "feeds": []},
        {"feeds": [{"title": "No topic id", "url": "https://example.com/feed"}]}
    ]})json";
    const QList<Models::StarterTopic> topics = Models::readStarterFeeds(json);
    QCOMPARE(topics.size(), 1);
    QCOMPARE(topics.first().id, QStringLiteral("science"));
    QCOMPARE(topics.first().feeds.size(), 2);
    QCOMPARE(topics.first().feeds.at(0).title, QStringLiteral("Good"));
    QCOMPARE(topics.first().feeds.at(0).siteUrl, QUrl(QStringLiteral("https://example.org")));
    QCOMPARE(topics.first().feeds.at(0).language, QStringLiteral("en"));
    QVERIFY(topics.first().feeds.at(1).siteUrl.isEmpty());
    QVERIFY(Models::readStarterFeeds("not json").isEmpty());
    QVERIFY(Models::readStarterFeeds("[1, 2]").isEmpty());
}

void TestModelValues::shippedStarterListIsComplete()
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/../../resources/ui/starter-feeds.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<Models::StarterTopic> topics = Models::readStarterFeeds(file.readAll());
    QStringList ids;
    QSet<QString> languages;
    QSet<QUrl> urls;
    int feeds = 0;
    for (const Models::StarterTopic &topic : topics) {
        ids.append(topic.id);
        for (const Models::StarterFeed &feed : topic.feeds) {
            languages.insert(feed.language);
            urls.insert(feed.url);
            QVERIFY2(feed.url.scheme() == QLatin1String("https"), qPrintable(feed.url.toString()));
            ++feeds;
        }
    }
    QCOMPARE(ids, (QStringList{"world", "technology", "science", "business", "culture"}));
    QVERIFY2(feeds >= 28 && feeds <= 36, qPrintable(QString::number(feeds)));
    QCOMPARE(urls.size(), feeds); // no feed twice
    QVERIFY(languages.size() >= 4);
}

QTEST_APPLESS_MAIN(TestModelValues)
#include "tst_modelvalues.moc"
