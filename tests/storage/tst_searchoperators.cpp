#include "searchindexcheck.h"
#include "temporarylibrary.h"

#include "storage/articlerepository.h"
#include "storage/searchoperators.h"
#include "storage/searchquery.h"

#include <QSqlQuery>
#include <QTest>

using Storage::SearchQuery;
using TestSupport::TemporaryLibrary;

namespace {

// Noon on a Wednesday, local time: the day words count from here.
QDateTime testNow()
{
    return QDateTime(QDate(2026, 12, 2), QTime(12, 0));
}

qint64 dayStart(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0)).toSecsSinceEpoch();
}

} // namespace

class TestSearchOperators final : public QObject
{
    Q_OBJECT

private slots:
    void parsing_data();
    void parsing();
    void malformedOperatorSaysWhy_data();
    void malformedOperatorSaysWhy();
    void days_data();
    void days();
    void results_data();
    void results();

private:
    void fillLibrary(TemporaryLibrary &library);
};

void TestSearchOperators::parsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("match");
    QTest::addColumn<QString>("exclude");
    QTest::addColumn<QStringList>("conditions");
    QTest::addColumn<QVariantList>("values");

    const QString source =
        QStringLiteral("a.source_id IN (SELECT id FROM sources WHERE title LIKE ? ESCAPE '\\')");
    QTest::newRow("title: is a word in the title column") << "title:rust"
                                                          << "title : \"rust\"*"
                                                          << "" << QStringList() << QVariantList();
    QTest::newRow("operator names ignore case") << "TITLE:rust"
                                                << "title : \"rust\"*"
                                                << "" << QStringList() << QVariantList();
    QTest::newRow("quoted value is a phrase") << "author:\"Ada Lovelace\""
                                              << "author : \"Ada Lovelace\""
                                              << "" << QStringList() << QVariantList();
    QTest::newRow("minus excludes a column term")
        << "rust -title:rust"
        << "\"rust\"* NOT (title : \"rust\"*)"
        << "title : \"rust\"*" << QStringList() << QVariantList();
    QTest::newRow("words and operators combine")
        << "harbour is:unread cranes"
        << "\"harbour\"* \"cranes\"*"
        << "" << QStringList{"a.read = 0"} << QVariantList();
    QTest::newRow("is:bookmarked") << "is:bookmarked"
                                   << ""
                                   << "" << QStringList{"a.bookmarked = 1"} << QVariantList();
    QTest::newRow("is:read") << "is:read"
                             << ""
                             << "" << QStringList{"a.read = 1"} << QVariantList();
    QTest::newRow("negated flag") << "-is:unread"
                                  << ""
                                  << "" << QStringList{"NOT (a.read = 0)"} << QVariantList();
    QTest::newRow("source: contains, wildcards escaped")
        << "source:50%_off"
        << ""
        << "" << QStringList{source} << QVariantList{QStringLiteral("%50\\%\\_off%")};
    QTest::newRow("quoted source")
        << "source:\"The Verge\""
        << ""
        << "" << QStringList{source} << QVariantList{QStringLiteral("%The Verge%")};
    QTest::newRow("before: is the day's start")
        << "before:2026-11-30"
        << ""
        << "" << QStringList{"a.sort_date < ?"} << QVariantList{dayStart(2026, 11, 30)};
    QTest::newRow("after: yesterday")
        << "after:yesterday"
        << ""
        << "" << QStringList{"a.sort_date >= ?"} << QVariantList{dayStart(2026, 12, 1)};
    QTest::newRow("date range and words")
        << "after:2026-11-01 before:2026-12-01 storm"
        << "\"storm\"*"
        << "" << QStringList{"a.sort_date >= ?", "a.sort_date < ?"}
        << QVariantList{dayStart(2026, 11, 1), dayStart(2026, 12, 1)};
    QTest::newRow("unknown name stays a word") << "rowid:1 http://example.org"
                                               << "\"rowid:1\"* \"http://example.org\"*"
                                               << "" << QStringList() << QVariantList();
    QTest::newRow("colon inside a word stays a word") << "10:30"
                                                      << "\"10:30\"*"
                                                      << "" << QStringList() << QVariantList();
}

void TestSearchOperators::parsing()
{
    QFETCH(QString, text);
    QFETCH(QString, match);
    QFETCH(QString, exclude);
    QFETCH(QStringList, conditions);
    QFETCH(QVariantList, values);

    const SearchQuery query(text, testNow());
    QVERIFY2(query.isValid(), qPrintable(query.errorMessage()));
    QCOMPARE(query.matchExpression(), match);
    QCOMPARE(query.excludeExpression(), exclude);
    QStringList sql;
    QVariantList bound;
    for (const Storage::SearchCondition &condition : query.conditions()) {
        sql.append(condition.sql);
        bound.append(condition.values);
    }
    QCOMPARE(sql, conditions);
    QCOMPARE(bound, values);
}

void TestSearchOperators::malformedOperatorSaysWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty title") << "news title:"
                                 << "title:";
    QTest::newRow("empty quoted author") << "author:\"\""
                                         << "author:";
    QTest::newRow("unknown flag") << "is:starred"
                                  << "is:unread";
    QTest::newRow("empty flag") << "is:"
                                << "is:bookmarked";
    QTest::newRow("not a date") << "before:soon"
                                << "2026-12-31";
    QTest::newRow("impossible date") << "after:2026-02-30"
                                     << "after:2026-02-30";
    QTest::newRow("date in another format") << "after:12/01/2026"
                                            << "after:12/01/2026";
}

void TestSearchOperators::malformedOperatorSaysWhy()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    const SearchQuery query(text, testNow());
    QVERIFY(!query.isValid());
    QVERIFY2(query.errorMessage().contains(mentions), qPrintable(query.errorMessage()));
    QVERIFY(query.matchExpression().isEmpty());
    QVERIFY(query.conditions().isEmpty());
}

void TestSearchOperators::days_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("day");

    QTest::newRow("iso") << "2026-03-04" << QDate(2026, 3, 4);
    QTest::newRow("today") << "Today" << QDate(2026, 12, 2);
    QTest::newRow("yesterday") << "yesterday" << QDate(2026, 12, 1);
    QTest::newRow("days ago") << "7d" << QDate(2026, 11, 25);
    QTest::newRow("weeks ago") << "2w" << QDate(2026, 11, 18);
    QTest::newRow("not a day") << "tomorrowish" << QDate();
    QTest::newRow("no month 13") << "2026-13-01" << QDate();
}

void TestSearchOperators::days()
{
    QFETCH(QString, text);
    QFETCH(QDate, day);

    QCOMPARE(Storage::SearchOperators::parseDay(text, testNow()).value_or(QDate()), day);
}

void TestSearchOperators::fillLibrary(TemporaryLibrary &library)
{
    const qint64 verge = library.addSource(QStringLiteral("https://verge.example/feed"),
                                           QStringLiteral("The Verge"));
    const qint64 harbour = library.addSource(QStringLiteral("https://harbour.example/feed"),
                                             QStringLiteral("Harbour Times"));
    auto item = [](const char *guid, const char *title, const char *author, const char *text,
                   const QDate &day) {
        Feeds::Item made = TestSupport::makeItem(QLatin1String(guid), {}, QLatin1String(title),
                                                 QLatin1String(text));
        made.author = QLatin1String(author);
        made.published = QDateTime(day, QTime(9, 0));
        return made;
    };
    Storage::ArticleRepository articles(library.connection());
    const QDateTime now = testNow();
    QVERIFY(articles.store(
        verge,
        TestSupport::makeFeed({item("v1", "Rust in the kernel", "Ada Lovelace",
                                    "<p>Storm of patches</p>", QDate(2026, 12, 2)),
                               item("v2", "Phones of the year", "Grace Hopper",
                                    "<p>Rust colour is back</p>", QDate(2026, 11, 20))}),
        now));
    QVERIFY(articles.store(
        harbour,
        TestSupport::makeFeed({item("h1", "Cranes arrive at the harbour", "Ada Lovelace",
                                    "<p>A storm delayed them</p>", QDate(2026, 12, 1)),
                               item("h2", "Rust on old ships", "Linus", "<p>Salt and storm</p>",
                                    QDate(2026, 10, 5))}),
        now));
    QSqlQuery mark(library.connection());
    QVERIFY(mark.exec(QStringLiteral("UPDATE articles SET read = 1 WHERE guid IN ('v2', 'h2')")));
    QVERIFY(mark.exec(QStringLiteral("UPDATE articles SET bookmarked = 1 WHERE guid = 'h1'")));
    QVERIFY(TestSupport::catchUpSearchIndex(library.filePath()));
}

void TestSearchOperators::results_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("guids");

    // Newest first: v1 (Dec 2), h1 (Dec 1), v2 (Nov 20), h2 (Oct 5).
    QTest::newRow("word anywhere") << "rust" << QStringList{"v1", "v2", "h2"};
    QTest::newRow("title only") << "title:rust" << QStringList{"v1", "h2"};
    QTest::newRow("not in the title") << "rust -title:rust" << QStringList{"v2"};
    QTest::newRow("author phrase") << "author:\"ada lovelace\"" << QStringList{"v1", "h1"};
    QTest::newRow("source part, any case") << "source:verge" << QStringList{"v1", "v2"};
    QTest::newRow("quoted source with words")
        << "storm source:\"harbour times\"" << QStringList{"h1", "h2"};
    QTest::newRow("not from a source") << "-source:verge" << QStringList{"h1", "h2"};
    QTest::newRow("unread") << "is:unread" << QStringList{"v1", "h1"};
    QTest::newRow("unread with words") << "storm is:unread" << QStringList{"v1", "h1"};
    QTest::newRow("bookmarked") << "is:bookmarked" << QStringList{"h1"};
    QTest::newRow("after a date") << "after:2026-12-01" << QStringList{"v1", "h1"};
    QTest::newRow("before a date") << "before:2026-12-01" << QStringList{"v2", "h2"};
    QTest::newRow("range") << "after:2026-11-01 before:yesterday" << QStringList{"v2"};
    QTest::newRow("since yesterday, excluding words")
        << "after:yesterday -cranes" << QStringList{"v1"};
    QTest::newRow("everything at once")
        << "storm title:rust author:ada is:unread source:verge after:7d" << QStringList{"v1"};
    QTest::newRow("malformed finds nothing") << "rust is:starred" << QStringList();
}

void TestSearchOperators::results()
{
    QFETCH(QString, text);
    QFETCH(QStringList, guids);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    fillLibrary(library);
    Storage::ArticleRepository articles(library.connection());
    Storage::ArticleFilter filter;
    filter.search = text;
    filter.now = testNow();
    QStringList found;
    const QList<qint64> ids = articles.ids(filter);
    for (const qint64 id : ids)
        found.append(articles.article(id)->guid);
    QVERIFY2(articles.errorMessage().isEmpty(), qPrintable(articles.errorMessage()));
    QCOMPARE(found, guids);
    QCOMPARE(articles.count(filter), int(guids.size()));
}

QTEST_GUILESS_MAIN(TestSearchOperators)
#include "tst_searchoperators.moc"
