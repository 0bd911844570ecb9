#include "searchindexcheck.h"
#include "temporarylibrary.h"

#include "storage/articlerepository.h"
#include "storage/articletext.h"
#include "storage/relatedarticlesquery.h"
#include "storage/sourcerepository.h"

#include <QTest>

#include <algorithm>
#include <memory>

using Storage::RelatedArticlesQuery;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 5, 27), QTime(9, 30), Qt::UTC);

Feeds::Item itemBy(const QString &author, const QString &guid, const QString &title,
                   const QString &content)
{
    Feeds::Item item =
        makeItem(guid, QStringLiteral("https://ledger.example/") + guid, title, content);
    item.author = author;
    return item;
}

} // namespace

class TestRelatedArticlesQuery final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void indexedTextIsThePlainText();
    void indexedTextOfAnUnknownArticleIsNone();
    void articlesWithWordCountsUpToTheLimit_data();
    void articlesWithWordCountsUpToTheLimit();
    void articlesWithWordInTitleOrTextSkipsAuthors();
    void bestMatchesLeaveOutTheArticle();
    void bestMatchesFollowTheColumnWeights_data();
    void bestMatchesFollowTheColumnWeights();
    void sourceOfAnArticle();
    void failuresAreNone();

private:
    [[nodiscard]] qint64 articleId(const QString &guid) const;

    std::unique_ptr<TemporaryLibrary> m_library;
    qint64 m_sourceId = 0;
};

void TestRelatedArticlesQuery::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_sourceId = m_library->addSource(QStringLiteral("https://ledger.example/feed.xml"),
                                      QStringLiteral("Ledger"));
    QVERIFY(m_sourceId > 0);
    QList<Feeds::Item> items{
        itemBy("Ann", "coast", "Lava reaches the coast",
               "<p>The flow crossed the <b>road</b> at dawn.</p>"),
        itemBy("Bob", "morning", "Morning news",
               "<p>Officials said lava was seen near the crater.</p>"),
        itemBy("Lava Smith", "chess", "Chess final", "<p>A knight sacrifice won the final.</p>"),
        itemBy("Cy", "lake", "Crater lake", "<p>The crater lake is warm.</p>")};
    // Without words of the others, so that bm25 finds theirs rare enough to weigh.
    const QStringList goods{"bread", "milk", "rice", "tea", "salt", "wool"};
    for (const QString &good : goods)
        items.append(itemBy("Dee", good, "Market report on " + good,
                            "<p>Prices of " + good + " held steady this week.</p>"));
    Storage::ArticleRepository articles(m_library->connection());
    QVERIFY(articles.store(m_sourceId, makeFeed(items), Now));
    QVERIFY(TestSupport::catchUpSearchIndex(m_library->filePath()));
}

qint64 TestRelatedArticlesQuery::articleId(const QString &guid) const
{
    return m_library->scalar(QStringLiteral("SELECT id FROM articles WHERE guid = '%1'").arg(guid))
        .toLongLong();
}

void TestRelatedArticlesQuery::indexedTextIsThePlainText()
{
    RelatedArticlesQuery query(m_library->connection());
    const auto text = query.indexedText(articleId(QStringLiteral("coast")));
    QVERIFY(text);
    QCOMPARE(text->title, QStringLiteral("Lava reaches the coast"));
    QCOMPARE(text->text,
             Storage::ArticleText::plainText(
                 {}, QStringLiteral("<p>The flow crossed the <b>road</b> at dawn.</p>")));
    QVERIFY(text->text.contains(QStringLiteral("crossed the road")));
    QVERIFY(!text->text.contains(QLatin1Char('<')));
}

void TestRelatedArticlesQuery::indexedTextOfAnUnknownArticleIsNone()
{
    RelatedArticlesQuery query(m_library->connection());
    QVERIFY(!query.indexedText(987654));
}

void TestRelatedArticlesQuery::articlesWithWordCountsUpToTheLimit_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("title, text and author") << "lava" << qint64(10) << qint64(3);
    QTest::newRow("counting stops at the limit") << "lava" << qint64(2) << qint64(2);
    QTest::newRow("case is folded") << "LAVA" << qint64(10) << qint64(3);
    QTest::newRow("accents are folded") << QStringLiteral("láva") << qint64(10) << qint64(3);
    QTest::newRow("title and text") << "crater" << qint64(10) << qint64(2);
    QTest::newRow("absent word") << "volcano" << qint64(10) << qint64(0);
    QTest::newRow("a quote is no syntax") << "la\"va" << qint64(10) << qint64(0);
    QTest::newRow("an operator is a word") << "OR" << qint64(10) << qint64(0);
}

void TestRelatedArticlesQuery::articlesWithWordCountsUpToTheLimit()
{
    QFETCH(QString, word);
    QFETCH(qint64, limit);
    QFETCH(qint64, expected);
    RelatedArticlesQuery query(m_library->connection());
    // Twice: the prepared query is reused.
    for (int round = 0; round < 2; ++round) {
        const std::optional<qint64> found = query.articlesWithWord(word, limit);
        QVERIFY(found);
        QCOMPARE(*found, expected);
    }
}

void TestRelatedArticlesQuery::articlesWithWordInTitleOrTextSkipsAuthors()
{
    RelatedArticlesQuery query(m_library->connection());
    std::optional<QList<qint64>> lava = query.articlesWithWordInTitleOrText(QStringLiteral("lava"));
    QVERIFY(lava);
    std::sort(lava->begin(), lava->end());
    QList<qint64> expected{articleId(QStringLiteral("coast")),
                           articleId(QStringLiteral("morning"))};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(*lava, expected);

    const auto knight = query.articlesWithWordInTitleOrText(QStringLiteral("knight"));
    QVERIFY(knight);
    QCOMPARE(*knight, QList<qint64>{articleId(QStringLiteral("chess"))});
    const auto absent = query.articlesWithWordInTitleOrText(QStringLiteral("volcano"));
    QVERIFY(absent);
    QVERIFY(absent->isEmpty());
}

void TestRelatedArticlesQuery::bestMatchesLeaveOutTheArticle()
{
    RelatedArticlesQuery query(m_library->connection());
    const qint64 coast = articleId(QStringLiteral("coast"));
    const auto matches =
        query.bestMatches({QStringLiteral("lava"), QStringLiteral("crater")}, coast, 10, {});
    QVERIFY(matches);
    QList<qint64> ids;
    for (const RelatedArticlesQuery::Match &match : *matches) {
        ids.append(match.id);
        QVERIFY(match.relevance > 0);
    }
    // The author column does not count: "Lava Smith" wrote no match.
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected{articleId(QStringLiteral("morning")), articleId(QStringLiteral("lake"))};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
    QVERIFY(matches->first().relevance >= matches->last().relevance);

    const auto one =
        query.bestMatches({QStringLiteral("lava"), QStringLiteral("crater")}, coast, 1, {});
    QVERIFY(one);
    QCOMPARE(one->size(), 1);
}

void TestRelatedArticlesQuery::bestMatchesFollowTheColumnWeights_data()
{
    QTest::addColumn<double>("titleWeight");
    QTest::addColumn<double>("textWeight");
    QTest::addColumn<QString>("best");

    QTest::newRow("title counts more") << 10.0 << 0.1 << "coast";
    QTest::newRow("text counts more") << 0.1 << 10.0 << "morning";
}

void TestRelatedArticlesQuery::bestMatchesFollowTheColumnWeights()
{
    QFETCH(double, titleWeight);
    QFETCH(double, textWeight);
    QFETCH(QString, best);
    RelatedArticlesQuery query(m_library->connection());
    const auto matches =
        query.bestMatches({QStringLiteral("lava")}, 0, 10, {titleWeight, textWeight});
    QVERIFY(matches);
    QCOMPARE(matches->size(), 2);
    QCOMPARE(matches->first().id, articleId(best));
}

void TestRelatedArticlesQuery::sourceOfAnArticle()
{
    const qint64 coast = articleId(QStringLiteral("coast"));
    RelatedArticlesQuery query(m_library->connection());
    QCOMPARE(query.sourceOf(coast), std::optional<qint64>(m_sourceId));
    QVERIFY(!query.sourceOf(987654));

    // A bookmark outlives its source.
    Storage::ArticleRepository articles(m_library->connection());
    QVERIFY(articles.setBookmarked(coast, true, Now));
    Storage::SourceRepository sources(m_library->connection());
    QVERIFY(sources.remove(m_sourceId));
    QCOMPARE(query.sourceOf(coast), std::optional<qint64>(0));
}

void TestRelatedArticlesQuery::failuresAreNone()
{
    RelatedArticlesQuery query{QSqlDatabase()};
    QVERIFY(!query.indexedText(1));
    QVERIFY(!query.articlesWithWord(QStringLiteral("lava"), 10));
    QVERIFY(!query.bestMatches({QStringLiteral("lava")}, 0, 10, {}));
    QVERIFY(!query.articlesWithWordInTitleOrText(QStringLiteral("lava")));
    QVERIFY(!query.sourceOf(1));
}

QTEST_GUILESS_MAIN(TestRelatedArticlesQuery)
#include "tst_relatedarticlesquery.moc"
