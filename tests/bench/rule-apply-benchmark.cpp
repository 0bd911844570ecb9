// A new rule applied to a library of 100,000 articles the way the window applies it: slice by
// slice on the database worker, the main thread only hearing the progress. Reports how long
// the run took and the longest time the main thread's event loop went without turning
// (Ui::EventLoopWatch; target: no stall over 50 ms), for trying the rule (Preview) and for
// applying it (Apply: tags and highlights every match).
//
//   rule-apply-benchmark [--articles N] [--library FILE]
//
// The library is generated once (Bench::makeFeed) and kept in FILE for later runs.

#include "librarygenerator.h"
#include "models/databaseworker.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "ui/eventloopwatch.h"
#include "ui/ruleapplycontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <random>

namespace {

constexpr int Sources = 200;
constexpr int SourcesPerTransaction = 20;
constexpr int TextBytes = 1500;

bool generate(const QString &path, int articles)
{
    Storage::Database database(path);
    if (!database.open())
        return false;
    const QSqlDatabase db = database.connection();
    std::mt19937 vocabularyRandom(20261206);
    const QStringList vocabulary = Bench::makeVocabulary(30000, vocabularyRandom);
    Bench::TextGenerator text(vocabulary, 7);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!Bench::storeLibrary(db, text, articles, {Sources, SourcesPerTransaction, TextBytes}, now))
        return false;
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

/// The most common word of the generated titles' vocabulary, so that the rule matches often.
QString commonWord()
{
    std::mt19937 vocabularyRandom(20261206);
    return Bench::makeVocabulary(30000, vocabularyRandom).first();
}

struct Figures
{
    qint64 elapsedMs = 0;
    qint64 longestStallMs = 0;
    qint64 stallEndMs = 0;
    Rules::RunResult result;
};

Figures run(Models::DatabaseWorker &worker, const Storage::Rule &rule,
            Rules::RuleApplier::Mode mode)
{
    Ui::RuleApplyController controller(&worker);
    Ui::EventLoopWatch watch;
    QEventLoop loop;
    Figures figures;
    QObject::connect(&controller, &Ui::RuleApplyController::finished, &loop,
                     [&](const Rules::RunResult &result) {
                         figures.result = result;
                         loop.quit();
                     });
    QObject::connect(&controller, &Ui::RuleApplyController::failed, &loop,
                     [&](const QString &error) {
                         qWarning("failed: %s", qPrintable(error));
                         loop.quit();
                     });
    QElapsedTimer timer;
    timer.start();
    watch.start();
    controller.start(rule, mode, 50);
    loop.exec();
    watch.stop();
    figures.elapsedMs = timer.elapsed();
    figures.longestStallMs = watch.longestStallMs();
    figures.stallEndMs = watch.longestStallEndMs();
    return figures;
}

void report(const char *what, const Figures &figures)
{
    std::printf("%-8s %7d articles, %6d matched in %6.2f s; longest event-loop stall %lld ms "
                "(%lld ms in; target <= 50 ms)\n",
                what, figures.result.examined, figures.result.matchedCount,
                double(figures.elapsedMs) / 1000, qlonglong(figures.longestStallMs),
                qlonglong(figures.stallEndMs));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles to generate."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("library"), QStringLiteral("Where the library is kept."),
                      QStringLiteral("FILE"),
                      QDir::temp().filePath(QStringLiteral("tidings-rule-bench.sqlite"))});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("library"));
    const int articles = parser.value(QStringLiteral("articles")).toInt();
    if (!QFile::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        if (!generate(path, articles))
            return 1;
        std::printf("generated %d articles in %.1f s\n", articles, double(timer.elapsed()) / 1000);
    } else {
        Storage::Database database(path); // migrates a library of an older schema
        if (!database.open())
            return 1;
    }

    Storage::Rule rule;
    rule.name = QStringLiteral("bench");
    rule.conditions = {
        {Storage::RuleCondition::Field::Title, Storage::RuleCondition::Match::WholeWord,
         commonWord()},
        {Storage::RuleCondition::Field::Text, Storage::RuleCondition::Match::Contains,
         QStringLiteral("zzqx")},
        {Storage::RuleCondition::Field::Author, Storage::RuleCondition::Match::Regex,
         QStringLiteral("^b\\w+ b")},
    };
    rule.actions.tag = QStringLiteral("bench");
    rule.actions.highlight = QStringLiteral("#ff8800");

    Models::DatabaseWorker worker(path);
    report("Try", run(worker, rule, Rules::RuleApplier::Mode::Preview));
    report("Apply", run(worker, rule, Rules::RuleApplier::Mode::Apply));
    return 0;
}
