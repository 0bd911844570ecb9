#include "temporarylibrary.h"

#include "storage/airesultrepository.h"
#include "storage/articlerepository.h"

#include <QTest>

#include <memory>

using Storage::AiResult;
using Storage::AiResultKey;
using Storage::AiResultRepository;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 5, 27), QTime(9, 30), Qt::UTC);

} // namespace

class TestAiResultRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void storedResultIsFound();
    void unknownKeyIsAMiss();
    void storingAgainReplaces();
    void keysAreKeptApart_data();
    void keysAreKeptApart();
    void emptyAndNullTextsAreTheSameKey();
    void removeForgetsOneResult();
    void removeArticleForgetsItsResults();
    void failuresSetTheError();

private:
    [[nodiscard]] AiResultKey key(const char *guid) const;

    std::unique_ptr<TemporaryLibrary> m_library;
};

void TestAiResultRepository::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    const qint64 sourceId = m_library->addSource(QStringLiteral("https://news.example/feed.xml"));
    QVERIFY(sourceId > 0);
    Storage::ArticleRepository articles(m_library->connection());
    QVERIFY(articles.store(sourceId,
                           makeFeed({makeItem("g1", "https://news.example/1", "Ferry timetable"),
                                     makeItem("g2", "https://news.example/2", "Market hours")}),
                           Now));
}

AiResultKey TestAiResultRepository::key(const char *guid) const
{
    const qint64 id =
        m_library->scalar(QStringLiteral("SELECT id FROM articles WHERE guid = '%1'").arg(guid))
            .toLongLong();
    return {id, QStringLiteral("translate"), QStringLiteral("openai"), QStringLiteral("harbour-7b"),
            QStringLiteral("German")};
}

void TestAiResultRepository::storedResultIsFound()
{
    AiResultRepository results(m_library->connection());
    QString error;
    QVERIFY(results.store(key("g1"), {QStringLiteral("Fähren fahren öfter."), Now}, &error));
    const std::optional<AiResult> found = results.find(key("g1"), &error);
    QVERIFY(found);
    QCOMPARE(found->text, QStringLiteral("Fähren fahren öfter."));
    QCOMPARE(found->createdAt, Now);
    QVERIFY(error.isEmpty());
}

void TestAiResultRepository::unknownKeyIsAMiss()
{
    AiResultRepository results(m_library->connection());
    QString error;
    QVERIFY(!results.find(key("g1"), &error));
    AiResultKey unknown = key("g1");
    unknown.articleId = 987654;
    QVERIFY(!results.find(unknown, &error));
    QVERIFY(error.isEmpty());
}

void TestAiResultRepository::storingAgainReplaces()
{
    AiResultRepository results(m_library->connection());
    QString error;
    QVERIFY(results.store(key("g1"), {QStringLiteral("First."), Now}, &error));
    QVERIFY(results.store(key("g1"), {QStringLiteral("Second."), Now.addSecs(60)}, &error));
    const std::optional<AiResult> found = results.find(key("g1"), &error);
    QVERIFY(found);
    QCOMPARE(found->text, QStringLiteral("Second."));
    QCOMPARE(found->createdAt, Now.addSecs(60));
    QCOMPARE(m_library->scalar(QStringLiteral("SELECT count(*) FROM ai_results")).toInt(), 1);
}

void TestAiResultRepository::keysAreKeptApart_data()
{
    QTest::addColumn<QString>("column");

    QTest::newRow("another article") << "article_id";
    QTest::newRow("another feature") << "feature";
    QTest::newRow("another provider") << "provider";
    QTest::newRow("no model") << "model";
    QTest::newRow("another target language") << "target_language";
}

void TestAiResultRepository::keysAreKeptApart()
{
    QFETCH(QString, column);
    AiResultKey other = key("g1");
    if (column == "article_id")
        other.articleId = key("g2").articleId;
    else if (column == "feature")
        other.feature = QStringLiteral("summary");
    else if (column == "provider")
        other.provider = QStringLiteral("builtin");
    else if (column == "model")
        other.model.clear();
    else
        other.targetLanguage = QStringLiteral("French");

    AiResultRepository results(m_library->connection());
    QString error;
    QVERIFY(results.store(key("g1"), {QStringLiteral("One."), Now}, &error));
    QVERIFY(!results.find(other, &error));
    QVERIFY(results.store(other, {QStringLiteral("Other."), Now}, &error));
    QCOMPARE(results.find(key("g1"), &error).value_or(AiResult{}).text, QStringLiteral("One."));
    QCOMPARE(results.find(other, &error).value_or(AiResult{}).text, QStringLiteral("Other."));
    QVERIFY(error.isEmpty());
}

void TestAiResultRepository::emptyAndNullTextsAreTheSameKey()
{
    AiResultRepository results(m_library->connection());
    AiResultKey null = key("g1");
    null.model = QString();
    null.targetLanguage = QString();
    AiResultKey empty = null;
    empty.model = QStringLiteral("");
    empty.targetLanguage = QStringLiteral("");
    QString error;
    QVERIFY(results.store(null, {QStringLiteral("Summary."), Now}, &error));
    const std::optional<AiResult> found = results.find(empty, &error);
    QVERIFY(found);
    QCOMPARE(found->text, QStringLiteral("Summary."));
}

void TestAiResultRepository::removeForgetsOneResult()
{
    AiResultRepository results(m_library->connection());
    AiResultKey french = key("g1");
    french.targetLanguage = QStringLiteral("French");
    QString error;
    QVERIFY(results.store(key("g1"), {QStringLiteral("Deutsch."), Now}, &error));
    QVERIFY(results.store(french, {QStringLiteral("Français."), Now}, &error));
    QVERIFY(results.remove(key("g1"), &error));
    QVERIFY(!results.find(key("g1"), &error));
    QVERIFY(results.find(french, &error));
    QVERIFY(error.isEmpty());
}

void TestAiResultRepository::removeArticleForgetsItsResults()
{
    AiResultRepository results(m_library->connection());
    AiResultKey summary = key("g1");
    summary.feature = QStringLiteral("summary");
    QString error;
    QVERIFY(results.store(key("g1"), {QStringLiteral("Deutsch."), Now}, &error));
    QVERIFY(results.store(summary, {QStringLiteral("Short."), Now}, &error));
    QVERIFY(results.store(key("g2"), {QStringLiteral("Markt."), Now}, &error));
    QVERIFY(results.removeArticle(key("g1").articleId, &error));
    QVERIFY(!results.find(key("g1"), &error));
    QVERIFY(!results.find(summary, &error));
    QVERIFY(results.find(key("g2"), &error));
    QVERIFY(error.isEmpty());
}

void TestAiResultRepository::failuresSetTheError()
{
    AiResultRepository results(m_library->connection());
    AiResultKey orphan = key("g1");
    orphan.articleId = 987654;
    QString error;
    // Answers belong to an article of the library.
    QVERIFY(!results.store(orphan, {QStringLiteral("Lost."), Now}, &error));
    QVERIFY(!error.isEmpty());

    AiResultRepository unopened{QSqlDatabase()};
    error.clear();
    QVERIFY(!unopened.find(key("g1"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!unopened.remove(key("g1"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!unopened.removeArticle(1, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestAiResultRepository)
#include "tst_airesultrepository.moc"
