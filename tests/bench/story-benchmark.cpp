// Duplicate stories benchmark (not a test; see tests/bench/CMakeLists.txt): a generated library
// of 100,000 articles (librarygenerator.h) in which a quarter of the articles retell a story of
// another source, opened in the article list with stories collapsed.
//
//   first rows painted   what the window does on the UI thread when a view opens: the first
//                        page of ids, its stories, the model, and painting the list offscreen
//                        (target <= 200 ms), against the same without collapsing
//   full grouping        what the query worker does next: every id of the view, every joined
//                        article, StoryGroups::group()
//   refresh regrouping   the same with the previous rows kept (StoryGroups' stickiness)
//
//     story-benchmark [--articles N] [--runs N]
// Runs offscreen (QT_QPA_PLATFORM=offscreen is set unless another platform is).

#include "librarygenerator.h"
#include "models/articlelistmodel.h"
#include "models/storygroups.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/storyrepository.h"
#include "ui/articlelistpane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>

namespace {

constexpr int Sources = 500;
constexpr int TextBytes = 300;
constexpr int FirstPageSize = 120; // As Ui::SelectionController.
// Sources come in groups of four; in each, every third item of the last three retells the
// first source's item of the same number.
constexpr int GroupSize = 4;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption articlesOption(QStringLiteral("articles"),
                                            QStringLiteral("Articles to store."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                                        QStringLiteral("n"), QStringLiteral("9"));
    parser.addOptions({articlesOption, runsOption});
    parser.process(app);
    const int articleCount = parser.value(articlesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir folder;
    Storage::Database database(folder.filePath(QStringLiteral("library.db")));
    if (!database.open()) {
        out() << "cannot open the library: " << database.errorMessage() << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = database.connection();

    std::mt19937 vocabularyRandom(20260301);
    const QStringList vocabulary = Bench::makeVocabulary(30000, vocabularyRandom);
    Bench::TextGenerator text(vocabulary, 42);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Storage::SourceRepository sources(db);
    Storage::ArticleRepository articles(db);
    QElapsedTimer ingest;
    ingest.start();
    QStringList groupTitles;
    qint64 visible = 0;
    QList<Storage::SourceFeed> batch;
    for (int s = 0; s < Sources; ++s) {
        const qint64 id = sources
                              .add({QUrl(QStringLiteral("https://source%1.example/feed").arg(s)),
                                    QStringLiteral("Source %1").arg(s),
                                    {},
                                    0})
                              .id;
        const int items = articleCount / Sources;
        Feeds::Feed feed = Bench::makeFeed(text, s, items, TextBytes, now, &visible);
        if (s % GroupSize == 0) {
            groupTitles.clear();
            for (const Feeds::Item &item : std::as_const(feed.items))
                groupTitles.append(item.title);
        } else {
            for (int i = 0; i < items; i += 3)
                feed.items[i].title = groupTitles.at(i);
        }
        batch.append({id, feed, {}});
        if (batch.size() == 50 || s + 1 == Sources) {
            if (!articles.storeMany(batch, now)) {
                out() << "store failed: " << articles.errorMessage() << Qt::endl;
                return 1;
            }
            batch.clear();
        }
    }
    const double ingestSeconds = milliseconds(ingest) / 1000;
    Storage::StoryRepository stories(db);
    const int joined = int(stories.joinedArticles().value_or(QHash<qint64, qint64>()).size());

    Models::ArticleListModel model(
        [&articles](const QList<qint64> &ids) { return articles.rows(ids); });
    Ui::ArticleListPane pane(&model, nullptr);
    pane.resize(520, 1000);
    pane.show();
    QCoreApplication::processEvents();

    Storage::ArticleFilter firstPage;
    firstPage.limit = FirstPageSize;
    const auto openView = [&](bool collapse) {
        model.setIds({});
        pane.list()->viewport()->grab();
        QElapsedTimer timer;
        timer.start();
        const QList<qint64> ids = articles.ids(firstPage);
        const Models::StoryGroups groups =
            collapse ? Models::StoryGroups::group(
                           ids, stories.joinedArticles(ids).value_or(QHash<qint64, qint64>()))
                     : Models::StoryGroups::ungrouped(ids);
        model.setIds(groups.visibleIds);
        model.setStories(groups);
        pane.list()->viewport()->grab(); // Paints the rows, reading them on demand.
        return milliseconds(timer);
    };
    QList<double> collapsed;
    QList<double> plain;
    for (int run = 0; run < runs; ++run) {
        collapsed.append(openView(true));
        plain.append(openView(false));
    }

    QList<double> full;
    QList<double> regroup;
    Models::StoryGroups groups;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<qint64> ids = articles.ids({});
        groups = Models::StoryGroups::group(
            ids, stories.joinedArticles().value_or(QHash<qint64, qint64>()));
        full.append(milliseconds(timer));
        timer.restart();
        const Models::StoryGroups again = Models::StoryGroups::group(
            ids, stories.joinedArticles().value_or(QHash<qint64, qint64>()), groups);
        regroup.append(milliseconds(timer));
    }

    out() << "library              " << articleCount << " articles in " << Sources << " sources, "
          << joined << " joined to another's story; stored in "
          << QString::number(ingestSeconds, 'f', 1) << " s\n";
    out() << "first rows painted   median " << QString::number(median(collapsed), 'f', 1)
          << " ms collapsed, " << QString::number(median(plain), 'f', 1) << " ms not collapsed ("
          << runs << " runs)\n";
    out() << "full grouping        median " << QString::number(median(full), 'f', 1)
          << " ms: " << groups.visibleIds.size() << " rows, " << groups.others.size()
          << " stories of several sources\n";
    out() << "refresh regrouping   median " << QString::number(median(regroup), 'f', 1) << " ms\n";
    out().flush();
    return 0;
}
