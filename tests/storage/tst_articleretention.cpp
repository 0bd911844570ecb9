#include "searchindexcheck.h"
#include "temporarylibrary.h"

#include "storage/articlerepository.h"
#include "storage/sourcerepository.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using Storage::ArticleRepository;
using Storage::RetentionPolicy;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

QStringList remainingTitles(const TemporaryLibrary &library)
{
    QStringList titles;
    QSqlQuery query(library.connection());
    query.exec(QStringLiteral("SELECT title FROM articles ORDER BY title"));
    while (query.next())
        titles.append(query.value(0).toString());
    return titles;
}

int rowCount(const TemporaryLibrary &library, const QString &table)
{
    return library.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

RetentionPolicy policy(int maxAgeDays, int perSourceCap)
{
    RetentionPolicy policy;
    policy.maxAgeDays = maxAgeDays;
    policy.perSourceCap = perSourceCap;
    return policy;
}

} // namespace

class TestArticleRetention final : public QObject
{
    Q_OBJECT

private slots:
    void prune_data();
    void prune();
    void prunedArticleDoesNotComeBack();
    void prunedIdentityIsForgottenOnceTheFeedDropsIt();
    void orphanIsPrunedOnceNoLongerBookmarked();
    void pruneKeepsTheIndexInStep();
};

// Each article is "title source publishedDaysAgo firstSeenDaysAgo flags", flags a mix of
// r (read), b (bookmarked) or -.
void TestArticleRetention::prune_data()
{
    QTest::addColumn<int>("maxAgeDays");
    QTest::addColumn<int>("perSourceCap");
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("old read article goes")
        << 90 << 0 << QStringList{"a 1 100 100 r"} << QStringList{};
    QTest::newRow("old unread article stays")
        << 90 << 0 << QStringList{"a 1 100 100 -"} << QStringList{"a"};
    QTest::newRow("old bookmarked article stays")
        << 90 << 0 << QStringList{"a 1 100 100 rb"} << QStringList{"a"};
    QTest::newRow("recent read article stays")
        << 90 << 0 << QStringList{"a 1 10 10 r"} << QStringList{"a"};
    QTest::newRow("old date but recently arrived stays")
        << 90 << 0 << QStringList{"a 1 400 1 r"} << QStringList{"a"};
    QTest::newRow("cap keeps the newest, read or not")
        << 0 << 2 << QStringList{"a 1 1 1 -", "b 1 2 2 r", "c 1 3 3 -", "d 1 4 4 r"}
        << QStringList{"a", "b"};
    QTest::newRow("bookmarks stay and do not use up the cap")
        << 0 << 2 << QStringList{"a 1 1 1 b", "b 1 2 2 -", "c 1 3 3 r", "d 1 4 4 b", "e 1 5 5 -"}
        << QStringList{"a", "b", "c", "d"};
    QTest::newRow("unread within the cap stays however old")
        << 90 << 3 << QStringList{"a 1 200 200 -", "b 1 300 300 -"} << QStringList{"a", "b"};
    QTest::newRow("age and cap together")
        << 90 << 2 << QStringList{"a 1 1 1 r", "b 1 100 100 r", "c 1 150 150 -", "d 1 200 200 -"}
        << QStringList{"a"};
    QTest::newRow("the cap counts per source")
        << 0 << 2 << QStringList{"a 1 1 1 -", "b 1 2 2 -", "c 2 3 3 -", "d 2 4 4 -", "e 2 5 5 -"}
        << QStringList{"a", "b", "c", "d"};
    QTest::newRow("both limits off")
        << 0 << 0 << QStringList{"a 1 900 900 r", "b 1 950 950 -"} << QStringList{"a", "b"};
}

void TestArticleRetention::prune()
{
    QFETCH(int, maxAgeDays);
    QFETCH(int, perSourceCap);
    QFETCH(QStringList, articles);
    QFETCH(QStringList, kept);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 sources[] = {library.addSource("https://one.example/feed"),
                              library.addSource("https://two.example/feed")};
    ArticleRepository repository(library.connection());
    for (const QString &spec : std::as_const(articles)) {
        const QStringList parts = spec.split(QLatin1Char(' '));
        QCOMPARE(parts.size(), 5);
        Feeds::Item item = makeItem(parts.at(0), {}, parts.at(0));
        item.published = Now.addDays(-parts.at(2).toInt());
        const auto stored = repository.store(sources[parts.at(1).toInt() - 1], makeFeed({item}),
                                             Now.addDays(-parts.at(3).toInt()));
        QVERIFY(stored);
        const qint64 id = stored->addedIds.value(0);
        if (parts.at(4).contains(QLatin1Char('r')))
            QVERIFY(repository.setRead(id, true));
        if (parts.at(4).contains(QLatin1Char('b')))
            QVERIFY(repository.setBookmarked(id, true, Now));
    }

    const int removed = repository.prune(policy(maxAgeDays, perSourceCap), Now);
    QCOMPARE(removed, articles.size() - kept.size());
    QCOMPARE(remainingTitles(library), kept);
}

void TestArticleRetention::prunedArticleDoesNotComeBack()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource("https://example.org/feed");
    ArticleRepository articles(library.connection());
    Feeds::Feed feed = makeFeed(
        {makeItem("new", {}, "New"), makeItem("mid", {}, "Mid"), makeItem("old", {}, "Old")});
    for (int i = 0; i < feed.items.size(); ++i)
        feed.items[i].published = Now.addDays(-i - 1);
    QVERIFY(articles.store(source, feed, Now));
    QCOMPARE(articles.prune(policy(0, 1), Now), 2);

    // The feed still lists all three: the two pruned ones are not new articles.
    const auto again = articles.store(source, feed, Now.addSecs(3600));
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(remainingTitles(library), QStringList{"New"});

    // An item the library has never seen is still added.
    feed.items.append(makeItem("newer", {}, "Newer"));
    const auto withNew = articles.store(source, feed, Now.addSecs(7200));
    QVERIFY(withNew);
    QCOMPARE(withNew->added, 1);
}

void TestArticleRetention::prunedIdentityIsForgottenOnceTheFeedDropsIt()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource("https://example.org/feed");
    ArticleRepository articles(library.connection());
    Feeds::Item listed = makeItem("listed", {}, "Listed");
    Feeds::Item dropped = makeItem("dropped", {}, "Dropped");
    listed.published = Now.addDays(-3);
    dropped.published = Now.addDays(-4);
    Feeds::Item keeper = makeItem("keeper", {}, "Keeper");
    keeper.published = Now.addDays(-1);
    QVERIFY(articles.store(source, makeFeed({keeper, listed, dropped}), Now));
    RetentionPolicy capOfOne = policy(0, 1);
    capOfOne.forgetPrunedAfterDays = 30;
    QCOMPARE(articles.prune(capOfOne, Now), 2);
    QCOMPARE(rowCount(library, "pruned_articles"), 2);

    // Twenty days on the feed still lists one of them; forty days on, only that one is
    // remembered.
    QVERIFY(articles.store(source, makeFeed({keeper, listed}), Now.addDays(20)));
    QCOMPARE(articles.prune(capOfOne, Now.addDays(40)), 0);
    QCOMPARE(rowCount(library, "pruned_articles"), 1);
    QCOMPARE(library.scalar("SELECT identity FROM pruned_articles").toString(),
             QStringLiteral("g:listed"));

    // Unsubscribing forgets the source's pruned identities too.
    Storage::SourceRepository sources(library.connection());
    QVERIFY(sources.remove(source));
    QCOMPARE(rowCount(library, "pruned_articles"), 0);
}

void TestArticleRetention::orphanIsPrunedOnceNoLongerBookmarked()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource("https://example.org/feed", "Gone soon");
    ArticleRepository articles(library.connection());
    const auto stored = articles.store(source, makeFeed({makeItem("x", {}, "Saved")}), Now);
    QVERIFY(stored);
    const qint64 id = stored->addedIds.value(0);
    QVERIFY(articles.setBookmarked(id, true, Now));
    Storage::SourceRepository sources(library.connection());
    QVERIFY(sources.remove(source));

    QCOMPARE(articles.prune({}, Now), 0);
    QVERIFY(articles.article(id));
    QVERIFY(articles.setBookmarked(id, false, Now));
    QCOMPARE(articles.prune({}, Now), 1);
    QVERIFY(!articles.article(id));
}

void TestArticleRetention::pruneKeepsTheIndexInStep()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource("https://example.org/feed");
    ArticleRepository articles(library.connection());
    QList<Feeds::Item> items;
    for (int i = 0; i < 20; ++i) {
        Feeds::Item item = makeItem(QString::number(i), {}, QStringLiteral("Item %1").arg(i),
                                    QStringLiteral("<p>marmalade %1</p>").arg(i));
        item.published = Now.addDays(-i);
        item.enclosures = {{QStringLiteral("https://example.org/%1.mp3").arg(i), {}, 0}};
        items.append(item);
    }
    QVERIFY(articles.store(source, makeFeed(items), Now));
    // Indexed first, so that pruning has to take the articles out of the index.
    QVERIFY(TestSupport::catchUpSearchIndex(library.filePath()));
    Storage::ArticleFilter search;
    search.search = QStringLiteral("marmalade");
    QCOMPARE(articles.count(search), 20);
    QCOMPARE(articles.prune(policy(0, 5), Now), 15);

    QVERIFY(TestSupport::catchUpSearchIndex(library.filePath()));
    QCOMPARE(articles.count(search), 5);
    QCOMPARE(rowCount(library, "enclosures"), 5);
    QCOMPARE(TestSupport::searchIndexFaults(library.connection(), {QStringLiteral("marmalade")}),
             QString());
}

QTEST_GUILESS_MAIN(TestArticleRetention)
#include "tst_articleretention.moc"
