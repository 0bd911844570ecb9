#include "temporarylibrary.h"

#include "storage/articlecounts.h"
#include "storage/articlerepository.h"

#include <QTest>

#include <memory>

using Storage::ArticleCounts;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 5, 27), QTime(9, 30), Qt::UTC);

Feeds::Item itemOf(const QString &guid, int hoursAgo)
{
    Feeds::Item item = makeItem(guid, QStringLiteral("https://news.example/") + guid,
                                QStringLiteral("Story ") + guid);
    item.published = Now.addSecs(-hoursAgo * 3600);
    return item;
}

} // namespace

class TestArticleCounts final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void unreadAndBookmarked();
    void unreadSince_data();
    void unreadSince();
    void unreadOfSource_data();
    void unreadOfSource();
    void failuresAreMinusOne();

private:
    [[nodiscard]] qint64 articleId(const QString &guid) const;

    std::unique_ptr<TemporaryLibrary> m_library;
    qint64 m_harbour = 0;
    qint64 m_market = 0;
};

// Harbour: h1 (1 hour old), h2 (2 hours, read), h3 (30 hours, bookmarked); Market: m1 (3 hours),
// m2 (50 hours, read and bookmarked).
void TestArticleCounts::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_harbour = m_library->addSource(QStringLiteral("https://harbour.example/feed.xml"));
    m_market = m_library->addSource(QStringLiteral("https://market.example/feed.xml"));
    QVERIFY(m_harbour > 0 && m_market > 0);
    Storage::ArticleRepository articles(m_library->connection());
    QVERIFY(articles.store(m_harbour,
                           makeFeed({itemOf("h1", 1), itemOf("h2", 2), itemOf("h3", 30)}), Now));
    QVERIFY(articles.store(m_market, makeFeed({itemOf("m1", 3), itemOf("m2", 50)}), Now));
    QVERIFY(articles.setRead(articleId("h2"), true));
    QVERIFY(articles.setRead(articleId("m2"), true));
    QVERIFY(articles.setBookmarked(articleId("h3"), true, Now));
    QVERIFY(articles.setBookmarked(articleId("m2"), true, Now));
}

qint64 TestArticleCounts::articleId(const QString &guid) const
{
    return m_library->scalar(QStringLiteral("SELECT id FROM articles WHERE guid = '%1'").arg(guid))
        .toLongLong();
}

void TestArticleCounts::unreadAndBookmarked()
{
    const ArticleCounts counts(m_library->connection());
    QCOMPARE(counts.unread(), 3);
    QCOMPARE(counts.bookmarked(), 2);

    Storage::ArticleRepository articles(m_library->connection());
    QVERIFY(articles.setRead(articleId("h1"), true));
    QVERIFY(articles.setBookmarked(articleId("h3"), false));
    QCOMPARE(counts.unread(), 2);
    QCOMPARE(counts.bookmarked(), 1);
}

void TestArticleCounts::unreadSince_data()
{
    QTest::addColumn<int>("hoursAgo");
    QTest::addColumn<int>("expected");

    QTest::newRow("ever") << 1000 << 3;
    QTest::newRow("the last day and a half") << 36 << 3;
    QTest::newRow("the last ten hours") << 10 << 2;
    QTest::newRow("from an article's own time") << 1 << 1;
    QTest::newRow("since the last article") << 0 << 0;
}

void TestArticleCounts::unreadSince()
{
    QFETCH(int, hoursAgo);
    QFETCH(int, expected);
    const ArticleCounts counts(m_library->connection());
    QCOMPARE(counts.unreadSince(Now.addSecs(-hoursAgo * 3600).toLocalTime()), expected);
}

void TestArticleCounts::unreadOfSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("expected");

    QTest::newRow("one read of three") << "harbour" << 2;
    QTest::newRow("one read of two") << "market" << 1;
    QTest::newRow("unknown source") << "none" << 0;
}

void TestArticleCounts::unreadOfSource()
{
    QFETCH(QString, source);
    QFETCH(int, expected);
    const qint64 id = source == "harbour" ? m_harbour : source == "market" ? m_market : 987654;
    const ArticleCounts counts(m_library->connection());
    QCOMPARE(counts.unreadOfSource(id), expected);
}

void TestArticleCounts::failuresAreMinusOne()
{
    const ArticleCounts counts{QSqlDatabase()};
    QCOMPARE(counts.unread(), -1);
    QCOMPARE(counts.unreadSince(Now), -1);
    QCOMPARE(counts.bookmarked(), -1);
    QCOMPARE(counts.unreadOfSource(m_harbour), -1);
}

QTEST_GUILESS_MAIN(TestArticleCounts)
#include "tst_articlecounts.moc"
