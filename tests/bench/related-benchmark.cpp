// Related articles benchmark (not a test; see tests/bench/CMakeLists.txt): times
// Reading::RelatedArticles over a generated library of 100,000 articles (the generator of
// ingest-benchmark, librarygenerator.h). Generating and storing the library is not timed.
//
//     related-benchmark                 QBENCHMARK rows, then the spread over 200 articles
//     related-benchmark -median 9       the median of 9 runs per row
// TIDINGS_BENCH_ARTICLES sets another library size; TIDINGS_BENCH_KEEP a folder in which the
// library is kept and, when already there, reused.

#include "librarygenerator.h"
#include "reading/relatedarticles.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <memory>

namespace {

constexpr int Sources = 500;
constexpr int TextBytes = 1500;
constexpr int SourcesPerTransaction = 50;
constexpr int SampledArticles = 200;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

} // namespace

class RelatedBenchmark final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void find_data();
    void find();
    void moreFromSource();
    void findOverManyArticles();

private:
    bool generate(int articles);

    QTemporaryDir m_temporary;
    std::unique_ptr<Storage::Database> m_database;
    QList<qint64> m_sample; ///< Article ids spread evenly over the library.
};

void RelatedBenchmark::initTestCase()
{
    const bool keep = qEnvironmentVariableIsSet("TIDINGS_BENCH_KEEP");
    const QString folder = keep ? qEnvironmentVariable("TIDINGS_BENCH_KEEP") : m_temporary.path();
    const QString path = folder + QStringLiteral("/library.db");
    const bool reuse = keep && QFile::exists(path);
    m_database = std::make_unique<Storage::Database>(path);
    QVERIFY2(m_database->open(), qPrintable(m_database->errorMessage()));
    const int articles = qEnvironmentVariableIsSet("TIDINGS_BENCH_ARTICLES")
                             ? qEnvironmentVariableIntValue("TIDINGS_BENCH_ARTICLES")
                             : 100000;
    if (!reuse)
        QVERIFY(generate(articles));

    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM articles ORDER BY id")));
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QVERIFY(ids.size() >= SampledArticles);
    for (int i = 0; i < SampledArticles; ++i)
        m_sample.append(ids.at(qsizetype(i) * ids.size() / SampledArticles));
    qInfo("library of %lld articles", qlonglong(ids.size()));
}

bool RelatedBenchmark::generate(int articles)
{
    const QSqlDatabase db = m_database->connection();
    std::mt19937 vocabularyRandom(20260301);
    const QStringList vocabulary = Bench::makeVocabulary(30000, vocabularyRandom);
    Bench::TextGenerator text(vocabulary, 42);
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

    QElapsedTimer timer;
    timer.start();
    if (!Bench::storeLibrary(db, text, articles, {Sources, SourcesPerTransaction, TextBytes}, now))
        return false;
    QSqlQuery checkpoint(db);
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qInfo("generated and stored %d articles in %.1f s", articles, double(timer.elapsed()) / 1000);
    return true;
}

void RelatedBenchmark::find_data()
{
    QTest::addColumn<qint64>("id");
    for (int i = 0; i < 5; ++i) {
        const qint64 id = m_sample.at(i * SampledArticles / 5 + 7);
        QTest::addRow("article %lld", qlonglong(id)) << id;
    }
}

void RelatedBenchmark::find()
{
    QFETCH(qint64, id);
    const QSqlDatabase db = m_database->connection();
    QList<Reading::ArticleCard> cards;
    QBENCHMARK
    {
        cards = Reading::RelatedArticles::find(db, id, 6);
    }
    QCOMPARE(cards.size(), 6);
}

void RelatedBenchmark::moreFromSource()
{
    const QSqlDatabase db = m_database->connection();
    const qint64 id = m_sample.at(SampledArticles / 2);
    QList<Reading::ArticleCard> cards;
    QBENCHMARK
    {
        cards = Reading::RelatedArticles::moreFromSource(db, id, 4);
    }
    QCOMPARE(cards.size(), 4);
}

// One call for each of many articles: what a reader moving through the list sees, rather than
// the same article answered from a warm cache again and again.
void RelatedBenchmark::findOverManyArticles()
{
    const QSqlDatabase db = m_database->connection();
    QList<double> times;
    QList<double> cpuTimes; // on a shared machine the wall clock also measures the others
    qint64 cards = 0;
    for (const qint64 id : std::as_const(m_sample)) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        cards += Reading::RelatedArticles::find(db, id, 6).size();
        cpuTimes.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    qInfo("find() over %lld articles: wall median %.2f ms, p95 %.2f ms, max %.2f ms; CPU median"
          " %.2f ms, p95 %.2f ms; %.1f cards each",
          qlonglong(times.size()), percentile(times, 0.5), percentile(times, 0.95),
          percentile(times, 1.0), percentile(cpuTimes, 0.5), percentile(cpuTimes, 0.95),
          double(cards) / double(times.size()));
    QVERIFY(cards > 0);
}

QTEST_GUILESS_MAIN(RelatedBenchmark)
#include "related-benchmark.moc"
