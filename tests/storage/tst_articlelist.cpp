#include "searchindexcheck.h"
#include "temporarylibrary.h"

#include "storage/articlerepository.h"
#include "storage/folderrepository.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using Storage::ArticleFilter;
using Storage::ArticleRepository;
using Storage::ArticleRow;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

namespace {

// Local noon, so that "today" (since local midnight) holds the morning's articles whatever
// the machine's time zone.
const QDateTime Now = QDateTime(QDate(2026, 3, 10), QTime(12, 0));

QStringList titles(const QList<ArticleRow> &rows)
{
    QStringList result;
    for (const ArticleRow &row : rows)
        result.append(row.title);
    return result;
}

} // namespace

class TestArticleList final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filters_data();
    void filters();
    void futureDateSortsAsArrival();
    void searchPagesFollowTheFullOrder_data();
    void searchPagesFollowTheFullOrder();
    void limitAndOffsetPage();
    void rowsFollowTheGivenIds();
    void rowsReadManyIds();
    void excerptIsShortPlainText();
    void markAllReadReturnsChangedIdsAndUndoRestoresThem();
    void markAllReadWithSearchOnlyTouchesMatches();
    void bookmarkSetsAndClearsItsTime();

private:
    ArticleFilter filterFor(const QString &scope) const;
    void add(const QString &source, Feeds::Item item, const QDateTime &arrival);

    std::unique_ptr<TemporaryLibrary> m_library;
    QHash<QString, qint64> m_folders;
    QHash<QString, qint64> m_sources;
    QHash<QString, qint64> m_articles; // by title
};

// News (Tech inside), Other; sources: harbour and gardens in News/root, chips in Tech,
// orchard in Other. Dates relative to Now; newest first the titles are:
// Cranes, Chips, Tomatoes, Undated, Future, Ferry, Compiler, Harvest.
void TestArticleList::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    Storage::FolderRepository folders(m_library->connection());
    m_folders.insert(QStringLiteral("news"), folders.add(QStringLiteral("News")).value_or(0));
    m_folders.insert(QStringLiteral("tech"),
                     folders.add(QStringLiteral("Tech"), m_folders.value("news")).value_or(0));
    m_folders.insert(QStringLiteral("other"), folders.add(QStringLiteral("Other")).value_or(0));
    m_sources.insert("harbour", m_library->addSource("https://harbour.example/feed", "Harbour",
                                                     m_folders.value("news")));
    m_sources.insert("chips", m_library->addSource("https://chips.example/feed", "Chips",
                                                   m_folders.value("tech")));
    m_sources.insert("gardens", m_library->addSource("https://gardens.example/feed", "Gardens"));
    m_sources.insert("orchard", m_library->addSource("https://orchard.example/feed", "Orchard",
                                                     m_folders.value("other")));

    Feeds::Item cranes = makeItem("1", {}, "Cranes", "<p>The cranes are back at the harbour.</p>");
    cranes.published = Now.addSecs(-3600);
    add("harbour", cranes, Now);
    Feeds::Item ferry = makeItem("2", {}, "Ferry", "<p>The harbour was quiet, the ferry late.</p>");
    ferry.published = Now.addSecs(-30 * 3600);
    add("harbour", ferry, Now);
    Feeds::Item chips = makeItem("3", {}, "Chips", "<p>Fabrication plants expand.</p>");
    chips.author = QStringLiteral("Nadia Quill");
    chips.published = Now.addSecs(-2 * 3600);
    add("chips", chips, Now);
    Feeds::Item compiler = makeItem("4", {}, "Compiler", "<p>Release notes for the compiler.</p>");
    compiler.published = Now.addSecs(-50 * 3600);
    add("chips", compiler, Now);
    Feeds::Item tomatoes = makeItem("5", {}, "Tomatoes", "<p>Garden news: tomatoes ripen.</p>");
    tomatoes.published = Now.addSecs(-3 * 3600);
    add("gardens", tomatoes, Now);
    add("gardens", makeItem("7", {}, "Undated", "<p>No date given.</p>"), Now.addSecs(-4 * 3600));
    Feeds::Item future = makeItem("8", {}, "Future", "<p>Dated next week.</p>");
    future.published = Now.addDays(10);
    add("harbour", future, Now.addSecs(-5 * 3600));
    Feeds::Item harvest = makeItem("6", {}, "Harvest", "<p>The harvest festival opens.</p>");
    harvest.published = Now.addDays(-5);
    add("orchard", harvest, Now);

    ArticleRepository articles(m_library->connection());
    for (const char *title : {"Ferry", "Compiler", "Harvest"})
        QVERIFY(articles.setRead(m_articles.value(QLatin1String(title)), true));
    for (const char *title : {"Chips", "Harvest"})
        QVERIFY(articles.setBookmarked(m_articles.value(QLatin1String(title)), true, Now));
    QVERIFY(TestSupport::catchUpSearchIndex(m_library->filePath()));
}

void TestArticleList::cleanup()
{
    m_library.reset();
    m_folders.clear();
    m_sources.clear();
    m_articles.clear();
}

void TestArticleList::add(const QString &source, Feeds::Item item, const QDateTime &arrival)
{
    ArticleRepository articles(m_library->connection());
    const auto stored = articles.store(m_sources.value(source), makeFeed({item}), arrival);
    QVERIFY(stored);
    QCOMPARE(stored->added, 1);
    m_articles.insert(item.title, stored->addedIds.first());
}

// "source:x" or "folder:x" picks the scope; the rest is set by the test row.
ArticleFilter TestArticleList::filterFor(const QString &scope) const
{
    ArticleFilter filter;
    if (scope.startsWith(QLatin1String("source:")))
        filter.sourceId = m_sources.value(scope.mid(7));
    else if (scope.startsWith(QLatin1String("folder:")))
        filter.folderId = m_folders.value(scope.mid(7));
    return filter;
}

void TestArticleList::filters_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<bool>("unreadOnly");
    QTest::addColumn<bool>("bookmarkedOnly");
    QTest::addColumn<bool>("today");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    const QStringList all = {"Cranes", "Chips", "Tomatoes", "Undated",
                             "Future", "Ferry", "Compiler", "Harvest"};
    QTest::newRow("everything, newest first") << "" << false << false << false << "" << all;
    QTest::newRow("unread") << "" << true << false << false << ""
                            << QStringList{"Cranes", "Chips", "Tomatoes", "Undated", "Future"};
    QTest::newRow("bookmarked") << "" << false << true << false << ""
                                << QStringList{"Chips", "Harvest"};
    QTest::newRow("today") << "" << false << false << true << ""
                           << QStringList{"Cranes", "Chips", "Tomatoes", "Undated", "Future"};
    QTest::newRow("one source") << "source:chips" << false << false << false << ""
                                << QStringList{"Chips", "Compiler"};
    QTest::newRow("folder with its subfolder")
        << "folder:news" << false << false << false << ""
        << QStringList{"Cranes", "Chips", "Future", "Ferry", "Compiler"};
    QTest::newRow("subfolder alone")
        << "folder:tech" << false << false << false << "" << QStringList{"Chips", "Compiler"};
    QTest::newRow("unread in a folder") << "folder:news" << true << false << false << ""
                                        << QStringList{"Cranes", "Chips", "Future"};
    QTest::newRow("bookmarked in a folder")
        << "folder:other" << false << true << false << "" << QStringList{"Harvest"};
    QTest::newRow("search: word prefix")
        << "" << false << false << false << "harb" << QStringList{"Cranes", "Ferry"};
    QTest::newRow("search: title")
        << "" << false << false << false << "tomato" << QStringList{"Tomatoes"};
    QTest::newRow("search: author")
        << "" << false << false << false << "quill" << QStringList{"Chips"};
    QTest::newRow("search: two words, both needed")
        << "" << false << false << false << "harbour ferry" << QStringList{"Ferry"};
    QTest::newRow("search: phrase")
        << "" << false << false << false << "\"harvest festival\"" << QStringList{"Harvest"};
    QTest::newRow("search: phrase in other order")
        << "" << false << false << false << "\"festival harvest\"" << QStringList{};
    QTest::newRow("search: exclusion")
        << "" << false << false << false << "harbour -ferry" << QStringList{"Cranes"};
    QTest::newRow("search: only an exclusion")
        << "" << false << false << false << "-harbour"
        << QStringList{"Chips", "Tomatoes", "Undated", "Future", "Compiler", "Harvest"};
    QTest::newRow("search: case and accents")
        << "" << false << false << false << "HÄRBOUR" << QStringList{"Cranes", "Ferry"};
    QTest::newRow("search within unread")
        << "" << true << false << false << "harbour" << QStringList{"Cranes"};
    QTest::newRow("search within a source")
        << "source:harbour" << false << false << false << "dated" << QStringList{"Future"};
    QTest::newRow("search: nothing matches")
        << "" << false << false << false << "zeppelin" << QStringList{};
    QTest::newRow("search: only punctuation is no filter")
        << "source:chips" << false << false << false << "\" * ( -"
        << QStringList{"Chips", "Compiler"};
}

void TestArticleList::filters()
{
    QFETCH(QString, scope);
    QFETCH(bool, unreadOnly);
    QFETCH(bool, bookmarkedOnly);
    QFETCH(bool, today);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    ArticleFilter filter = filterFor(scope);
    filter.unreadOnly = unreadOnly;
    filter.bookmarkedOnly = bookmarkedOnly;
    filter.today = today;
    filter.now = Now;
    filter.search = search;

    ArticleRepository articles(m_library->connection());
    const QList<ArticleRow> rows = articles.list(filter);
    QCOMPARE(titles(rows), expected);
    QCOMPARE(articles.count(filter), expected.size());
    QList<qint64> expectedIds;
    for (const ArticleRow &row : rows)
        expectedIds.append(row.id);
    QCOMPARE(articles.ids(filter), expectedIds);
    QVERIFY(articles.errorMessage().isEmpty());
}

void TestArticleList::futureDateSortsAsArrival()
{
    ArticleRepository articles(m_library->connection());
    const auto future = articles.article(m_articles.value("Future"));
    QVERIFY(future);
    QCOMPARE(future->published, Now.addDays(10));
    QCOMPARE(future->row.date, Now.addSecs(-5 * 3600));
    const auto undated = articles.article(m_articles.value("Undated"));
    QVERIFY(undated);
    QCOMPARE(undated->published, QDateTime());
    QCOMPARE(undated->row.date, Now.addSecs(-4 * 3600));
}

void TestArticleList::searchPagesFollowTheFullOrder_data()
{
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("limit");

    // 12 batches make 80 matches, which the walk by id covers; 200 make 1,333, past its budget,
    // where the date index takes over.
    for (const int batches : {12, 200}) {
        const char *size = batches == 12 ? "few matches" : "many matches";
        QTest::addRow("%s: first one", size) << batches << 0 << 1;
        QTest::addRow("%s: first page", size) << batches << 0 << 17;
        QTest::addRow("%s: later page", size) << batches << 20 << 15;
        QTest::addRow("%s: past the end", size) << batches << 2000 << 20;
        QTest::addRow("%s: everything", size) << batches << 0 << -1;
        QTest::addRow("%s: everything after an offset", size) << batches << 7 << -1;
        QTest::addRow("%s: nothing", size) << batches << 0 << 0;
    }
}

// A search stops early once no further match can make the page (see ArticleSearch); arrivals
// out of date order, equal dates, undated and future-dated items must not fool it.
void TestArticleList::searchPagesFollowTheFullOrder()
{
    QFETCH(int, batches);
    QFETCH(int, offset);
    QFETCH(int, limit);

    ArticleRepository articles(m_library->connection());
    for (int batch = 0; batch < batches; ++batch) {
        QList<Feeds::Item> items;
        for (int i = 0; i < 10; ++i) {
            const int n = batch * 10 + i;
            Feeds::Item item =
                makeItem(QStringLiteral("n%1").arg(n), {}, QStringLiteral("N%1").arg(n),
                         n % 3 ? QStringLiteral("<p>needle %1</p>").arg(n)
                               : QStringLiteral("<p>hay %1</p>").arg(n));
            // Dates jump around arrival: later batches carry much older items, some share a
            // second, some have none or lie in the future.
            if (n % 7 != 0)
                item.published = Now.addSecs(-((n * 7919) % 500) * 3600 + (n % 5 == 0 ? 0 : n));
            if (n % 11 == 0)
                item.published = Now.addDays(30);
            items.append(item);
        }
        // Arrival times go back and forth as well (a clock that was set back).
        QVERIFY(articles.store(m_sources.value(batch % 2 ? "gardens" : "orchard"), makeFeed(items),
                               Now.addSecs((batch % 4) * 600 - 900)));
    }
    QVERIFY(TestSupport::catchUpSearchIndex(m_library->filePath()));

    QSqlQuery query(m_library->connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT id FROM articles WHERE id IN (SELECT rowid FROM articles_fts WHERE articles_fts"
        " MATCH 'needle') ORDER BY sort_date DESC, id")));
    QList<qint64> everything;
    while (query.next())
        everything.append(query.value(0).toLongLong());
    const int items = batches * 10;
    QCOMPARE(everything.size(), items - (items + 2) / 3); // every third one is hay

    ArticleFilter filter;
    filter.search = QStringLiteral("needle");
    filter.offset = offset;
    filter.limit = limit;
    QCOMPARE(articles.ids(filter), everything.mid(offset, limit));
    QCOMPARE(articles.count(filter), everything.size());
}

void TestArticleList::limitAndOffsetPage()
{
    ArticleRepository articles(m_library->connection());
    ArticleFilter filter;
    filter.limit = 3;
    filter.offset = 2;
    QCOMPARE(titles(articles.list(filter)), (QStringList{"Tomatoes", "Undated", "Future"}));
    QCOMPARE(articles.ids(filter).size(), 3);
    QCOMPARE(articles.count(filter), 8);
}

void TestArticleList::rowsFollowTheGivenIds()
{
    ArticleRepository articles(m_library->connection());
    const QList<qint64> ids = {m_articles.value("Harvest"), 999999, m_articles.value("Cranes"),
                               m_articles.value("Chips")};
    const QList<ArticleRow> rows = articles.rows(ids);
    QCOMPARE(titles(rows), (QStringList{"Harvest", "Cranes", "Chips"}));
    const ArticleRow &chips = rows.at(2);
    QCOMPARE(chips.sourceId, m_sources.value("chips"));
    QCOMPARE(chips.sourceTitle, QStringLiteral("Chips"));
    QCOMPARE(chips.author, QStringLiteral("Nadia Quill"));
    QCOMPARE(chips.date, Now.addSecs(-2 * 3600));
    QCOMPARE(chips.read, false);
    QCOMPARE(chips.bookmarked, true);
    QCOMPARE(chips.excerpt, QStringLiteral("Fabrication plants expand."));
    QVERIFY(articles.rows({}).isEmpty());
}

void TestArticleList::rowsReadManyIds()
{
    ArticleRepository articles(m_library->connection());
    QList<Feeds::Item> items;
    for (int i = 0; i < 1200; ++i)
        items.append(
            makeItem(QStringLiteral("bulk-%1").arg(i), {}, QStringLiteral("Bulk %1").arg(i)));
    const auto stored = articles.store(m_sources.value("gardens"), makeFeed(items), Now);
    QVERIFY(stored);
    QList<qint64> ids = stored->addedIds;
    std::reverse(ids.begin(), ids.end());
    const QList<ArticleRow> rows = articles.rows(ids);
    QCOMPARE(rows.size(), 1200);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).id, ids.at(i));
}

void TestArticleList::excerptIsShortPlainText()
{
    ArticleRepository articles(m_library->connection());
    QString html = QStringLiteral("<p>");
    for (int i = 0; i < 100; ++i)
        html += QStringLiteral("word%1 <i>and</i> ").arg(i);
    html += QStringLiteral("</p>");
    const auto stored = articles.store(m_sources.value("gardens"),
                                       makeFeed({makeItem("long", {}, "Long", html)}), Now);
    QVERIFY(stored);
    const QString excerpt = articles.rows(stored->addedIds).value(0).excerpt;
    QVERIFY2(excerpt.size() <= 201, qPrintable(excerpt));
    QVERIFY(excerpt.size() > 150);
    QVERIFY(excerpt.startsWith(QStringLiteral("word0 and word1 and word2")));
    QVERIFY(excerpt.endsWith(QChar(0x2026)));
    QVERIFY(!excerpt.contains(QLatin1Char('<')));
}

void TestArticleList::markAllReadReturnsChangedIdsAndUndoRestoresThem()
{
    ArticleRepository articles(m_library->connection());
    ArticleFilter news;
    news.folderId = m_folders.value("news");
    ArticleFilter unread;
    unread.unreadOnly = true;
    const QList<qint64> unreadBefore = articles.ids(unread);

    std::optional<QList<qint64>> changed = articles.markAllRead(news);
    QVERIFY(changed);
    std::sort(changed->begin(), changed->end());
    QList<qint64> expected = {m_articles.value("Cranes"), m_articles.value("Chips"),
                              m_articles.value("Future")};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(*changed, expected);
    QCOMPARE(titles(articles.list(unread)), (QStringList{"Tomatoes", "Undated"}));

    const auto again = articles.markAllRead(news);
    QVERIFY(again);
    QVERIFY(again->isEmpty());

    QVERIFY(articles.setReadForIds(*changed, false));
    QCOMPARE(articles.ids(unread), unreadBefore);
    // Articles that were read before stay read.
    QVERIFY(articles.article(m_articles.value("Ferry"))->row.read);
}

void TestArticleList::markAllReadWithSearchOnlyTouchesMatches()
{
    ArticleRepository articles(m_library->connection());
    ArticleFilter search;
    search.search = QStringLiteral("harbour");
    const auto changed = articles.markAllRead(search);
    QVERIFY(changed);
    QCOMPARE(*changed, QList<qint64>{m_articles.value("Cranes")});
    ArticleFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(articles.count(unread), 4);
}

void TestArticleList::bookmarkSetsAndClearsItsTime()
{
    ArticleRepository articles(m_library->connection());
    const qint64 id = m_articles.value("Cranes");
    const QDateTime when = Now.addSecs(60);
    QVERIFY(articles.setBookmarked(id, true, when));
    QCOMPARE(articles.article(id)->bookmarkedAt, when);
    QVERIFY(articles.article(id)->row.bookmarked);
    QVERIFY(articles.setBookmarked(id, false));
    QCOMPARE(articles.article(id)->bookmarkedAt, QDateTime());
    QVERIFY(!articles.article(id)->row.bookmarked);

    QTest::ignoreMessage(QtWarningMsg, "The article no longer exists.");
    QVERIFY(!articles.setBookmarked(999999, true));
    QTest::ignoreMessage(QtWarningMsg, "The article no longer exists.");
    QVERIFY(!articles.setRead(999999, true));
}

QTEST_GUILESS_MAIN(TestArticleList)
#include "tst_articlelist.moc"
