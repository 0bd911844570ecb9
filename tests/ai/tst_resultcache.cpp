#include "ai/resultcache.h"
#include "storage/articlerepository.h"
#include "storage/sourcerepository.h"
#include "temporarylibrary.h"

#include <QTest>

using Ai::Feature;
using Ai::ResultCache;
using Ai::ResultKey;
using TestSupport::makeFeed;
using TestSupport::makeItem;

Q_DECLARE_METATYPE(Ai::ResultKey)

namespace {

const QDateTime Now = QDateTime(QDate(2026, 5, 27), QTime(9, 30), Qt::UTC);

ResultKey summaryKey(qint64 articleId)
{
    return {
        articleId, Feature::Summary, QStringLiteral("openai"), QStringLiteral("harbour-7b"), {}};
}

} // namespace

class TestResultCache final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void storedResultIsFound();
    void unknownKeyIsAMiss();
    void storingAgainReplaces();
    void keysAreKeptApart_data();
    void keysAreKeptApart();
    void languageCountsOnlyForTranslations();
    void removeForgetsOneResult();
    void resultsGoWithTheirArticle();
    void resultsGoWithTheSourcesArticles();
    void changedTextDropsResults();
    void unchangedTextKeepsResults();

private:
    qint64 articleId(const QString &guid) const;
    bool storeFeed(const QList<Feeds::Item> &items);

    std::unique_ptr<TestSupport::TemporaryLibrary> m_library;
    qint64 m_sourceId = 0;
};

void TestResultCache::init()
{
    m_library = std::make_unique<TestSupport::TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_sourceId = m_library->addSource(QStringLiteral("https://news.example/feed.xml"),
                                      QStringLiteral("Harbour News"));
    QVERIFY(m_sourceId > 0);
    QVERIFY(storeFeed({makeItem(QStringLiteral("g1"), QStringLiteral("https://news.example/1"),
                                QStringLiteral("Ferry timetable"),
                                QStringLiteral("<p>Ferries every forty minutes.</p>")),
                       makeItem(QStringLiteral("g2"), QStringLiteral("https://news.example/2"),
                                QStringLiteral("Market hours"),
                                QStringLiteral("<p>The market opens at seven.</p>"))}));
}

qint64 TestResultCache::articleId(const QString &guid) const
{
    return m_library->scalar(QStringLiteral("SELECT id FROM articles WHERE guid = '%1'").arg(guid))
        .toLongLong();
}

bool TestResultCache::storeFeed(const QList<Feeds::Item> &items)
{
    Storage::ArticleRepository articles(m_library->connection());
    return articles.store(m_sourceId, makeFeed(items), Now).has_value();
}

void TestResultCache::storedResultIsFound()
{
    ResultCache cache(m_library->connection());
    const ResultKey key = summaryKey(articleId(QStringLiteral("g1")));
    QVERIFY(cache.store(key, QStringLiteral("Ferries run more often."), Now));
    const std::optional<Ai::CachedResult> found = cache.find(key);
    QVERIFY(found.has_value());
    QCOMPARE(found->text, QStringLiteral("Ferries run more often."));
    QCOMPARE(found->createdAt, Now);
    QVERIFY(cache.errorMessage().isEmpty());
}

void TestResultCache::unknownKeyIsAMiss()
{
    ResultCache cache(m_library->connection());
    QVERIFY(!cache.find(summaryKey(articleId(QStringLiteral("g1")))).has_value());
    QVERIFY(!cache.find(summaryKey(987654)).has_value());
    QVERIFY(cache.errorMessage().isEmpty());
}

void TestResultCache::storingAgainReplaces()
{
    ResultCache cache(m_library->connection());
    const ResultKey key = summaryKey(articleId(QStringLiteral("g1")));
    QVERIFY(cache.store(key, QStringLiteral("First answer."), Now));
    QVERIFY(cache.store(key, QStringLiteral("Second answer."), Now.addSecs(60)));
    QCOMPARE(cache.find(key)->text, QStringLiteral("Second answer."));
    QCOMPARE(cache.find(key)->createdAt, Now.addSecs(60));
    QCOMPARE(m_library->scalar(QStringLiteral("SELECT count(*) FROM ai_results")).toInt(), 1);
}

void TestResultCache::keysAreKeptApart_data()
{
    QTest::addColumn<ResultKey>("other");
    const ResultKey base{0, Feature::Translate, QStringLiteral("openai"),
                         QStringLiteral("harbour-7b"), QStringLiteral("German")};
    ResultKey key = base;
    key.providerId = QStringLiteral("builtin");
    key.model.clear();
    QTest::newRow("another provider") << key;
    key = base;
    key.model = QStringLiteral("tiny:1b");
    QTest::newRow("another model") << key;
    key = base;
    key.feature = Feature::Summary;
    QTest::newRow("another feature") << key;
    key = base;
    key.targetLanguage = QStringLiteral("French");
    QTest::newRow("another target language") << key;
    key = base;
    key.articleId = -1; // replaced by the second article's id
    QTest::newRow("another article") << key;
}

void TestResultCache::keysAreKeptApart()
{
    QFETCH(ResultKey, other);
    ResultCache cache(m_library->connection());
    ResultKey first{articleId(QStringLiteral("g1")), Feature::Translate, QStringLiteral("openai"),
                    QStringLiteral("harbour-7b"), QStringLiteral("German")};
    other.articleId = other.articleId < 0 ? articleId(QStringLiteral("g2")) : first.articleId;

    QVERIFY(cache.store(first, QStringLiteral("Fähren fahren öfter."), Now));
    QVERIFY(!cache.find(other).has_value());
    QVERIFY(cache.store(other, QStringLiteral("The other answer."), Now));
    QCOMPARE(cache.find(first)->text, QStringLiteral("Fähren fahren öfter."));
    QCOMPARE(cache.find(other)->text, QStringLiteral("The other answer."));
    QCOMPARE(m_library->scalar(QStringLiteral("SELECT count(*) FROM ai_results")).toInt(), 2);
}

void TestResultCache::languageCountsOnlyForTranslations()
{
    ResultCache cache(m_library->connection());
    ResultKey key = summaryKey(articleId(QStringLiteral("g1")));
    QVERIFY(cache.store(key, QStringLiteral("A summary."), Now));
    key.targetLanguage = QStringLiteral("Spanish");
    QCOMPARE(cache.find(key)->text, QStringLiteral("A summary."));
}

void TestResultCache::removeForgetsOneResult()
{
    ResultCache cache(m_library->connection());
    const ResultKey summary = summaryKey(articleId(QStringLiteral("g1")));
    ResultKey points = summary;
    points.feature = Feature::KeyPoints;
    QVERIFY(cache.store(summary, QStringLiteral("A summary."), Now));
    QVERIFY(cache.store(points, QStringLiteral("• A point"), Now));
    QVERIFY(cache.remove(summary));
    QVERIFY(!cache.find(summary).has_value());
    QCOMPARE(cache.find(points)->text, QStringLiteral("• A point"));
    QVERIFY(cache.removeArticle(summary.articleId));
    QVERIFY(!cache.find(points).has_value());
}

void TestResultCache::resultsGoWithTheirArticle()
{
    ResultCache cache(m_library->connection());
    const ResultKey gone = summaryKey(articleId(QStringLiteral("g1")));
    const ResultKey kept = summaryKey(articleId(QStringLiteral("g2")));
    QVERIFY(cache.store(gone, QStringLiteral("Gone."), Now));
    QVERIFY(cache.store(kept, QStringLiteral("Kept."), Now));
    QSqlQuery remove(m_library->connection());
    QVERIFY(remove.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(gone.articleId)));
    QVERIFY(!cache.find(gone).has_value());
    QCOMPARE(cache.find(kept)->text, QStringLiteral("Kept."));
}

void TestResultCache::resultsGoWithTheSourcesArticles()
{
    ResultCache cache(m_library->connection());
    const ResultKey key = summaryKey(articleId(QStringLiteral("g1")));
    QVERIFY(cache.store(key, QStringLiteral("Gone with the source."), Now));
    Storage::SourceRepository sources(m_library->connection());
    QVERIFY(sources.remove(m_sourceId));
    QVERIFY(!cache.find(key).has_value());
    QCOMPARE(m_library->scalar(QStringLiteral("SELECT count(*) FROM ai_results")).toInt(), 0);
}

void TestResultCache::changedTextDropsResults()
{
    ResultCache cache(m_library->connection());
    const ResultKey key = summaryKey(articleId(QStringLiteral("g1")));
    QVERIFY(cache.store(key, QStringLiteral("Ferries every forty minutes."), Now));
    QVERIFY(storeFeed({makeItem(QStringLiteral("g1"), QStringLiteral("https://news.example/1"),
                                QStringLiteral("Ferry timetable"),
                                QStringLiteral("<p>Ferries every half hour after all.</p>"))}));
    QCOMPARE(articleId(QStringLiteral("g1")), key.articleId); // rewritten in place
    QVERIFY(!cache.find(key).has_value());
}

void TestResultCache::unchangedTextKeepsResults()
{
    ResultCache cache(m_library->connection());
    const ResultKey key = summaryKey(articleId(QStringLiteral("g1")));
    QVERIFY(cache.store(key, QStringLiteral("Ferries every forty minutes."), Now));
    // A new comment count rewrites the article's row, but not its text.
    Feeds::Item item = makeItem(QStringLiteral("g1"), QStringLiteral("https://news.example/1"),
                                QStringLiteral("Ferry timetable"),
                                QStringLiteral("<p>Ferries every forty minutes.</p>"));
    item.commentCount = 12;
    QVERIFY(storeFeed({item}));
    QCOMPARE(m_library
                 ->scalar(QStringLiteral("SELECT comment_count FROM articles WHERE id = %1")
                              .arg(key.articleId))
                 .toInt(),
             12);
    QCOMPARE(cache.find(key)->text, QStringLiteral("Ferries every forty minutes."));
}

QTEST_GUILESS_MAIN(TestResultCache)
#include "tst_resultcache.moc"
