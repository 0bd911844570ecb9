// Ingest and search benchmark of the storage layer (not a test; see tests/bench/CMakeLists.txt).
//
// Generates feeds in memory, with deterministic text of about 1.5 KB per article drawn from a
// skewed vocabulary so that the full-text index sees realistic term frequencies, stores them
// through Storage::ArticleRepository into a fresh profile, then times the searches the article
// list runs. Generation is not timed; storing is.

#include "librarygenerator.h"
#include "refresh/ingestworker.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/searchindexer.h"
#include "storage/searchindexfile.h"
#include "storage/searchindexservice.h"
#include "storage/sourcerepository.h"
#include "threading/backgroundpriority.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <memory>
#include <optional>
#include <random>

#include <unistd.h>

namespace {

using Bench::makeFeed;
using Bench::makeVocabulary;
using Bench::TextGenerator;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Searches a person might type: single words from common to rare, two words, a prefix and a
// phrase, an exclusion.
QStringList makeSearches(const QStringList &vocabulary, int count)
{
    QStringList searches;
    for (int i = 0; i < count; ++i) {
        // Ranks spread logarithmically between the 20th and the 10,000th word.
        const double fraction = double(i) / double(std::max(count - 1, 1));
        const auto rank = qsizetype(20.0 * std::pow(500.0, fraction));
        const QString &word = vocabulary.at(std::min(rank, vocabulary.size() - 1));
        const QString &other = vocabulary.at(std::min(rank * 3 / 2 + 7, vocabulary.size() - 1));
        switch (i % 5) {
        case 0:
        case 1:
            searches.append(word);
            break;
        case 2:
            searches.append(word + QLatin1Char(' ') + other);
            break;
        case 3:
            searches.append(word.left(std::max<qsizetype>(3, word.size() - 2)));
            break;
        default:
            searches.append(word + QLatin1String(" -") + other);
            break;
        }
    }
    return searches;
}

// The same kind of searches narrowed by operators (Storage::SearchOperators), as a person
// would type them in the window or a saved search holds them.
QStringList makeOperatorSearches(const QStringList &vocabulary, int count)
{
    QStringList searches;
    std::mt19937 random(7);
    for (int i = 0; i < count; ++i) {
        const QString &word =
            vocabulary.at(qsizetype(std::pow(double(random() % 1000) / 1000.0, 2.0) * 3000));
        switch (i % 6) {
        case 0:
            searches.append(word + QLatin1String(" is:unread"));
            break;
        case 1:
            searches.append(QLatin1String("title:") + word);
            break;
        case 2:
            searches.append(word + QLatin1String(" source:\"Source 1\""));
            break;
        case 3:
            searches.append(word + QLatin1String(" after:2026-02-25"));
            break;
        case 4:
            searches.append(QLatin1String("author:") + word + QLatin1String(" -is:bookmarked"));
            break;
        default:
            searches.append(QLatin1String("is:unread before:2026-02-27 ") + word);
            break;
        }
    }
    return searches;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

struct SearchTimes
{
    double median = 0;
    double p95 = 0;
    qint64 results = 0;
};

SearchTimes timeSearches(Storage::ArticleRepository &articles, const QStringList &searches,
                         int limit, bool verbose)
{
    QList<double> times;
    SearchTimes summary;
    for (const QString &search : searches) {
        Storage::ArticleFilter filter;
        filter.search = search;
        filter.limit = limit;
        QElapsedTimer timer;
        timer.start();
        const QList<Storage::ArticleRow> rows = articles.list(filter);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        summary.results += rows.size();
        if (verbose) {
            out() << QString::number(times.last(), 'f', 2).rightJustified(9) << " ms  "
                  << QString::number(rows.size()).rightJustified(4) << " rows  " << search << '\n';
        }
    }
    summary.median = percentile(times, 0.5);
    summary.p95 = percentile(times, 0.95);
    return summary;
}

// CPU seconds the process's threads named \a name have used so far (Linux; 0 elsewhere): the
// index thread's share, which the wall clock on a busy machine cannot show.
double threadCpuSeconds(const QString &name)
{
    double seconds = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || QString::fromUtf8(comm.readAll()).trimmed() != name)
            continue;
        QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // utime and stime are fields 14 and 15, after the parenthesised name.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            seconds += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
                       double(sysconf(_SC_CLK_TCK));
    }
    return seconds;
}

double thisThreadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).exists() ? QFileInfo(path).size() : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tidings storage ingest and search benchmark"));
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"),
                                            QStringLiteral("Articles to store."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption sourcesOption(QStringLiteral("sources"),
                                           QStringLiteral("Sources to spread them over."),
                                           QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption textOption(QStringLiteral("text-bytes"),
                                        QStringLiteral("Visible text per article."),
                                        QStringLiteral("n"), QStringLiteral("1500"));
    const QCommandLineOption searchesOption(QStringLiteral("searches"),
                                            QStringLiteral("Different searches to time."),
                                            QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the database in this folder."),
                                        QStringLiteral("folder"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch"),
        QStringLiteral("Sources stored per transaction (storeMany); 1: one per feed. By default "
                       "as many as a refresh commits at once: whole sources up to %1 items.")
            .arg(Refresh::IngestWorker::MaxBatchItems),
        QStringLiteral("n"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Print the time of every search."));
    const QCommandLineOption searchOnlyOption(
        QStringLiteral("search-only"),
        QStringLiteral("Only time the searches, on the database kept earlier with --keep."));
    const QCommandLineOption sqlOption(
        QStringLiteral("sql"),
        QStringLiteral("Run this statement before storing (repeatable; for tuning experiments)."),
        QStringLiteral("statement"));
    const QCommandLineOption indexAfterOption(
        QStringLiteral("index-after"),
        QStringLiteral("Index once everything is stored, on this thread alone, instead of beside "
                       "the writer: the indexer's own cost, without sharing the cores."));
    parser.addOption(indexAfterOption);
    parser.addOptions({articlesOption, sourcesOption, textOption, searchesOption, keepOption,
                       batchOption, verboseOption, searchOnlyOption, sqlOption});
    parser.process(app);

    const int articleCount = parser.value(articlesOption).toInt();
    const int sourceCount = std::max(1, parser.value(sourcesOption).toInt());
    const int textBytes = parser.value(textOption).toInt();
    const int searchCount = parser.value(searchesOption).toInt();
    const int itemsPerSource = std::max(1, articleCount / sourceCount);
    const int batchSize = std::max(1, parser.isSet(batchOption)
                                          ? parser.value(batchOption).toInt()
                                          : Refresh::IngestWorker::MaxBatchItems / itemsPerSource);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    const QString path = folder + QStringLiteral("/library.db");
    const bool searchOnly = parser.isSet(searchOnlyOption) && parser.isSet(keepOption);
    if (!searchOnly)
        QFile::remove(path);
    Storage::Database database(path);
    if (!database.open()) {
        out() << "cannot open " << path << ": " << database.errorMessage() << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = database.connection();
    for (const QString &statement : parser.values(sqlOption)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            out() << "failed: " << statement << Qt::endl;
            return 1;
        }
    }

    std::mt19937 vocabularyRandom(20260301);
    const QStringList vocabulary = makeVocabulary(30000, vocabularyRandom);
    TextGenerator text(vocabulary, 42);
    const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

    Storage::SourceRepository sources(db);
    QList<qint64> sourceIds;
    for (int s = 0; s < sourceCount && !searchOnly; ++s) {
        const auto added =
            sources.add({QUrl(QStringLiteral("https://source%1.example/feed").arg(s)),
                         QStringLiteral("Source %1").arg(s),
                         {},
                         0});
        sourceIds.append(added.id);
    }

    // The search index is written by its own thread, as in the window, while articles are
    // stored; "indexed" is when it holds every article stored.
    std::optional<Storage::SearchIndexService> indexService;
    const bool indexAfter = parser.isSet(indexAfterOption);
    if (!searchOnly && !indexAfter)
        indexService.emplace(path);
    QElapsedTimer sinceFirstStore;

    Storage::ArticleRepository articles(db);
    qint64 visibleBytes = 0;
    qint64 storeNanoseconds = 0;
    // CPU time as well as wall time: on a shared machine the wall clock measures the others.
    std::clock_t storeCpu = 0;
    double writerCpuSeconds = 0; // this thread's alone: the one that writes the library
    int stored = 0;
    // Every batch is generated before the clock starts: the index thread must not get ahead
    // while the benchmark makes up text.
    QList<QList<Storage::SourceFeed>> batches(1);
    for (int s = 0; s < sourceCount && !searchOnly; ++s) {
        const int items = articleCount / sourceCount + (s < articleCount % sourceCount ? 1 : 0);
        if (batches.last().size() == batchSize)
            batches.append(QList<Storage::SourceFeed>());
        batches.last().append(
            {sourceIds.at(s), makeFeed(text, s, items, textBytes, now, &visibleBytes), {}});
    }
    // Stored as the window and the command line store: on a thread of its own with its own
    // connection, at background priority like the index thread and the work pool beside it.
    QString storeError;
    sinceFirstStore.start();
    const std::unique_ptr<QThread> writer(QThread::create([&] {
        BackgroundPriority::applyToCurrentThread();
        const QString name = Storage::uniqueConnectionName(QLatin1String("bench-ingest"));
        {
            const QSqlDatabase connection = Storage::openConnection(path, name, &storeError);
            Storage::useBulkWriteCache(connection, true); // as a refresh's writer does
            Storage::ArticleRepository repository(connection);
            for (QList<Storage::SourceFeed> &batch : batches) {
                if (batch.isEmpty() || !connection.isValid())
                    continue;
                QElapsedTimer timer;
                timer.start();
                const std::clock_t cpuStart = std::clock();
                const double writerStart = thisThreadCpuSeconds();
                const std::optional<Storage::StoreResult> result = repository.storeMany(batch, now);
                storeCpu += std::clock() - cpuStart;
                writerCpuSeconds += thisThreadCpuSeconds() - writerStart;
                storeNanoseconds += timer.nsecsElapsed();
                batch.clear();
                if (!result) {
                    storeError = repository.errorMessage();
                    break;
                }
                stored += result->added;
            }
        }
        QSqlDatabase::removeDatabase(name);
    }));
    writer->start();
    // How large the logs grow while the writers work: one that a reader never lets start over
    // grows by everything written, on disk and in every lookup.
    const QString indexPath = Storage::SearchIndexFile::pathFor(path);
    qint64 largestWal = 0;
    qint64 largestIndexWal = 0;
    do {
        largestWal = std::max(largestWal, fileSize(path + QStringLiteral("-wal")));
        largestIndexWal = std::max(largestIndexWal, fileSize(indexPath + QStringLiteral("-wal")));
    } while (!writer->wait(50));
    if (!storeError.isEmpty()) {
        out() << "store failed: " << storeError << Qt::endl;
        return 1;
    }
    const double ingestSeconds = double(storeNanoseconds) / 1e9;
    const double ingestCpuSeconds = double(storeCpu) / CLOCKS_PER_SEC;
    const double visibleSeconds = double(sinceFirstStore.nsecsElapsed()) / 1e9;
    double indexAloneCpuSeconds = 0;
    if (indexAfter && !searchOnly) {
        const double start = thisThreadCpuSeconds();
        QString error;
        if (!Storage::updateSearchIndex(path, &error)) {
            out() << "indexing failed: " << error << Qt::endl;
            return 1;
        }
        indexAloneCpuSeconds = thisThreadCpuSeconds() - start;
    }
    if (indexService && !indexService->waitUntilCaughtUp()) {
        out() << "indexing failed" << Qt::endl;
        return 1;
    }
    const double indexedSeconds = double(sinceFirstStore.nsecsElapsed()) / 1e9;
    const std::clock_t cpuAll = std::clock();
    const double indexCpuSeconds =
        indexAfter ? indexAloneCpuSeconds : threadCpuSeconds(QStringLiteral("tidings-index"));
    const double poolCpuSeconds = threadCpuSeconds(QStringLiteral("Thread (pooled)"));
    // What a refresh leaves behind: the logs as the writers left them.
    const qint64 walLeft = fileSize(path + QStringLiteral("-wal"));
    const qint64 indexWalLeft = fileSize(indexPath + QStringLiteral("-wal"));
    indexService.reset();

    QSqlQuery checkpoint(db);
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 libraryBytes = fileSize(path) + fileSize(path + QStringLiteral("-wal"));
    const qint64 indexBytes = fileSize(indexPath) + fileSize(indexPath + QStringLiteral("-wal"));
    const qint64 databaseBytes = libraryBytes + indexBytes;

    const QStringList searches = makeSearches(vocabulary, searchCount);
    timeSearches(articles, searches.mid(0, 5), 200, false); // warm the page cache
    const SearchTimes list = timeSearches(articles, searches, 200, parser.isSet(verboseOption));
    const QStringList operatorSearches = makeOperatorSearches(vocabulary, searchCount);
    const SearchTimes operators =
        timeSearches(articles, operatorSearches, 200, parser.isSet(verboseOption));

    // The unfiltered view opens with all ids first.
    QElapsedTimer timer;
    timer.start();
    const QList<qint64> allIds = articles.ids({});
    const double idsMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const QList<Storage::ArticleRow> firstRows = articles.rows(allIds.mid(0, 100));
    const double rowsMilliseconds = double(timer.nsecsElapsed()) / 1e6;

    out() << "articles stored      " << stored << " in " << sourceCount << " sources, " << batchSize
          << " per transaction (" << visibleBytes / std::max(stored, 1) << " bytes of text each)\n";
    out() << "ingest               " << QString::number(ingestSeconds, 'f', 2) << " s wall, "
          << QString::number(ingestCpuSeconds, 'f', 2) << " s CPU; "
          << QString::number(double(stored) / ingestSeconds, 'f', 0) << " articles/s wall, "
          << QString::number(double(stored) / ingestCpuSeconds, 'f', 0) << " per CPU second\n";
    if (!searchOnly) {
        out() << "CPU by thread        writer " << QString::number(writerCpuSeconds, 'f', 2)
              << " s, work pool (preparing) " << QString::number(poolCpuSeconds, 'f', 2)
              << " s, index " << QString::number(indexCpuSeconds, 'f', 2) << " s\n";
    }
    if (!searchOnly) {
        out() << "articles visible     " << QString::number(visibleSeconds, 'f', 2)
              << " s after the first store (every article stored and committed)\n";
        out() << "search index done    " << QString::number(indexedSeconds, 'f', 2)
              << " s after the first store (index thread CPU "
              << QString::number(indexCpuSeconds, 'f', 2) << " s; process CPU "
              << QString::number(double(cpuAll) / CLOCKS_PER_SEC, 'f', 2)
              << " s in all, text generation included)\n";
        out() << "logs left            library "
              << QString::number(double(walLeft) / 1048576.0, 'f', 1) << " MB, index "
              << QString::number(double(indexWalLeft) / 1048576.0, 'f', 1) << " MB\n";
        out() << "logs at most         library "
              << QString::number(double(largestWal) / 1048576.0, 'f', 1) << " MB, index "
              << QString::number(double(largestIndexWal) / 1048576.0, 'f', 1)
              << " MB (while storing)\n";
    }
    out() << "database size        " << QString::number(double(databaseBytes) / 1048576.0, 'f', 1)
          << " MB (" << databaseBytes / std::max(stored, 1) << " bytes per article; library "
          << QString::number(double(libraryBytes) / 1048576.0, 'f', 1) << " MB, index "
          << QString::number(double(indexBytes) / 1048576.0, 'f', 1) << " MB)\n";
    out() << "search, list of 200  median " << QString::number(list.median, 'f', 2) << " ms, p95 "
          << QString::number(list.p95, 'f', 2) << " ms over " << searches.size() << " searches ("
          << list.results / std::max<qsizetype>(searches.size(), 1) << " rows on average)\n";
    out() << "with operators       median " << QString::number(operators.median, 'f', 2)
          << " ms, p95 " << QString::number(operators.p95, 'f', 2) << " ms over "
          << operatorSearches.size() << " searches ("
          << operators.results / std::max<qsizetype>(operatorSearches.size(), 1)
          << " rows on average)\n";
    out() << "all ids (" << allIds.size() << ")        " << QString::number(idsMilliseconds, 'f', 1)
          << " ms; first 100 rows " << QString::number(rowsMilliseconds, 'f', 1) << " ms\n";
    out().flush();
    return 0;
}
