#include "temporarylibrary.h"

#include "ai/briefing.h"
#include "ai/summarizer.h"
#include "storage/articlerepository.h"

#include <QTest>

#include <algorithm>
#include <memory>

using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

namespace {

// Local noon: the day's articles are dated in its morning, yesterday's a day earlier.
const QDateTime Now = QDateTime(QDate(2026, 3, 10), QTime(12, 0));

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestBriefing final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void articlesAboutOneEventFormOneStory_data();
    void articlesAboutOneEventFormOneStory();
    void unrelatedArticlesStayAlone();
    void storiesRankBySourcesThenRecency();
    void yesterdaysArticlesAreLeftOut();
    void storyFieldsDescribeItsArticles();
    void anUntitledPostIsHeadedByItsFirstSentence();
    void summaryIsTakenFromTheStorysArticles();
    void maxStoriesCutsTheList();
    void dayWithoutArticlesHasNoStories();

private:
    void add(const QString &source, const QString &key, const QString &title, const QString &text,
             const QDateTime &published);
    QList<qint64> ids(const QStringList &keys) const;
    const Ai::Story *storyOf(const QList<Ai::Story> &stories, const QString &key) const;

    std::unique_ptr<TemporaryLibrary> m_library;
    QHash<QString, qint64> m_sources;
    QHash<QString, qint64> m_articles;
    QHash<QString, QString> m_texts;
};

// Three stories told by several sources in their own words, three unrelated single articles,
// and yesterday's news (one of it an earlier report of the crane story).
void TestBriefing::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    const QStringList sources = {"Coast Gazette", "Daily Ledger", "Metro Wire", "Valley Post",
                                 "Morning Bulletin"};
    for (const QString &title : sources) {
        const QString slug = title.toLower().remove(QLatin1Char(' '));
        m_sources.insert(title, m_library->addSource("https://" + slug + ".example/feed", title));
    }
    const auto hoursAgo = [](int hours) { return Now.addSecs(-3600 * hours); };

    // Story "algae": four sources.
    add("Coast Gazette", "algae1", "Algae bloom closes all beaches on Lake Orvo",
        "Toxic blue-green algae have spread across Lake Orvo, and the health office closed all "
        "seven beaches on Tuesday. Swimmers and dogs must stay out of the water. Tests showed "
        "toxin levels far above the safe limit.",
        hoursAgo(9));
    add("Daily Ledger", "algae2", "Lake Orvo beaches shut as toxic algae spread",
        "Health inspectors shut the beaches of Lake Orvo after finding toxic algae in the water. "
        "The bloom followed two weeks of warm, still weather. Officials said the beaches would "
        "stay closed until tests show the toxin has gone.",
        hoursAgo(7));
    add("Metro Wire", "algae3", "Swimming banned on Lake Orvo because of algae toxin",
        "Nobody may swim in Lake Orvo for now: a bloom of toxic algae has covered the lake. Pet "
        "owners were told to keep dogs away from the shore. The health office will test the "
        "water again on Friday.",
        hoursAgo(6));
    add("Valley Post", "algae4", "Algae on Lake Orvo: what the beach closures mean",
        "The closure of the Lake Orvo beaches because of toxic algae hits cafes and boat hire "
        "firms in the busiest week. Warm weather fed the bloom. The lake's beaches reopen only "
        "after clean tests.",
        hoursAgo(3));

    // Story "crane": three sources, one of them twice; an earlier report came yesterday.
    add("Coast Gazette", "crane1", "Crane collapses at Port Milvey container terminal",
        "A large container crane collapsed at the Port Milvey terminal early on Tuesday. Nobody "
        "was hurt, but the terminal stopped loading ships. Engineers are examining the crane.",
        hoursAgo(8));
    add("Metro Wire", "crane2", "Port Milvey halts loading after crane falls",
        "Loading at the Port Milvey container terminal was halted after a crane fell onto the "
        "quay. The port said no workers were injured. Ships are waiting outside the harbour.",
        hoursAgo(5));
    add("Coast Gazette", "crane3", "Port Milvey crane: investigators look at the wind",
        "Investigators at Port Milvey believe strong wind gusts may have toppled the container "
        "crane. The terminal hopes to resume loading ships on Thursday.",
        hoursAgo(2));
    add("Morning Bulletin", "crane4", "Port Milvey container crane collapse stops terminal",
        "The collapse of a container crane at Port Milvey has closed the terminal to ships. The "
        "crane fell onto the quay; no one was injured, port officials said.",
        hoursAgo(4));

    // Story "battery": two sources.
    add("Daily Ledger", "battery1", "Quillon raises money to recycle electric car batteries",
        "The startup Quillon has raised 40 million euros to build a plant that recycles electric "
        "car batteries. The plant will recover lithium, nickel and cobalt.",
        hoursAgo(10));
    add("Valley Post", "battery2", "Battery recycler Quillon plans plant after funding round",
        "Quillon, a young battery recycling company, will use new funding of 40 million euros "
        "for its first recycling plant for electric car batteries, recovering lithium and cobalt.",
        hoursAgo(1));

    // Single articles on unrelated subjects.
    add("Morning Bulletin", "chess", "Fifth round of the chess championship ends in a draw",
        "The fifth game of the national chess championship ended in a draw after six hours. The "
        "two grandmasters remain level on points.",
        hoursAgo(2));
    add("Metro Wire", "soup", "Recipe: a warming pumpkin soup with ginger",
        "Roast the pumpkin with garlic, then blend it with ginger, stock and a little cream. "
        "Serve the soup with toasted seeds.",
        hoursAgo(5));
    add("Daily Ledger", "choir", "Children's choir of Ardel wins national award",
        "The children's choir of the town of Ardel won the national choir award with a "
        "programme of folk songs. Its conductor has led the choir for twenty years.",
        hoursAgo(11));

    // Yesterday.
    add("Valley Post", "craneYesterday", "Port Milvey crane inspection announced",
        "Port Milvey announced an inspection of every container crane at its terminal after "
        "cracks were found on one of them.",
        Now.addDays(-1));
    add("Morning Bulletin", "marathonYesterday", "City marathon draws record field",
        "A record twelve thousand runners took part in the city marathon on a cold morning.",
        Now.addDays(-1).addSecs(3600 * 3));
}

void TestBriefing::cleanup()
{
    m_library.reset();
    m_sources.clear();
    m_articles.clear();
    m_texts.clear();
}

void TestBriefing::add(const QString &source, const QString &key, const QString &title,
                       const QString &text, const QDateTime &published)
{
    Feeds::Item item = makeItem(key, "https://news.example/" + key, title, "<p>" + text + "</p>");
    item.published = published;
    Storage::ArticleRepository articles(m_library->connection());
    const auto stored = articles.store(m_sources.value(source), makeFeed({item}), Now);
    QVERIFY(stored);
    QCOMPARE(stored->added, 1);
    m_articles.insert(key, stored->addedIds.first());
    m_texts.insert(key, text);
}

QList<qint64> TestBriefing::ids(const QStringList &keys) const
{
    QList<qint64> result;
    for (const QString &key : keys)
        result.append(m_articles.value(key));
    return sorted(result);
}

const Ai::Story *TestBriefing::storyOf(const QList<Ai::Story> &stories, const QString &key) const
{
    const qint64 id = m_articles.value(key);
    for (const Ai::Story &story : stories) {
        if (story.articleIds.contains(id))
            return &story;
    }
    return nullptr;
}

void TestBriefing::articlesAboutOneEventFormOneStory_data()
{
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QStringList>("sources");

    QTest::newRow("four sources, different words")
        << QStringList{"algae1", "algae2", "algae3", "algae4"}
        << QStringList{"Coast Gazette", "Daily Ledger", "Metro Wire", "Valley Post"};
    QTest::newRow("three sources, one of them twice")
        << QStringList{"crane1", "crane2", "crane3", "crane4"}
        << QStringList{"Coast Gazette", "Metro Wire", "Morning Bulletin"};
    QTest::newRow("two sources") << QStringList{"battery1", "battery2"}
                                 << QStringList{"Daily Ledger", "Valley Post"};
}

void TestBriefing::articlesAboutOneEventFormOneStory()
{
    QFETCH(QStringList, articles);
    QFETCH(QStringList, sources);
    const QList<Ai::Story> stories = Ai::Briefing::build(m_library->connection(), Now, 20);
    const Ai::Story *story = storyOf(stories, articles.first());
    QVERIFY(story);
    QCOMPARE(sorted(story->articleIds), ids(articles));
    QCOMPARE(sorted(story->sourceTitles), sorted(sources));
}

void TestBriefing::unrelatedArticlesStayAlone()
{
    const QList<Ai::Story> stories = Ai::Briefing::build(m_library->connection(), Now, 20);
    QCOMPARE(stories.size(), 6);
    for (const char *key : {"chess", "soup", "choir"}) {
        const Ai::Story *story = storyOf(stories, QLatin1String(key));
        QVERIFY2(story, key);
        QCOMPARE(story->articleIds, QList<qint64>{m_articles.value(QLatin1String(key))});
        QCOMPARE(story->sourceTitles.size(), 1);
    }
}

// Most sources first; among equals (the single articles) the most recent first.
void TestBriefing::storiesRankBySourcesThenRecency()
{
    const QList<Ai::Story> stories = Ai::Briefing::build(m_library->connection(), Now, 20);
    QStringList order;
    for (const Ai::Story &story : stories) {
        for (const char *key : {"algae1", "crane1", "battery1", "chess", "soup", "choir"}) {
            if (story.articleIds.contains(m_articles.value(QLatin1String(key))))
                order.append(QLatin1String(key));
        }
    }
    QCOMPARE(order, (QStringList{"algae1", "crane1", "battery1", "chess", "soup", "choir"}));
}

void TestBriefing::yesterdaysArticlesAreLeftOut()
{
    const QList<Ai::Story> stories = Ai::Briefing::build(m_library->connection(), Now, 20);
    QVERIFY(!stories.isEmpty());
    for (const Ai::Story &story : stories) {
        QVERIFY(!story.articleIds.contains(m_articles.value("craneYesterday")));
        QVERIFY(!story.articleIds.contains(m_articles.value("marathonYesterday")));
        QVERIFY(story.latest.date() == Now.date());
    }
    // Yesterday's briefing has exactly yesterday's two articles, as two stories.
    const QList<Ai::Story> yesterday =
        Ai::Briefing::build(m_library->connection(), Now.addDays(-1).addSecs(3600 * 6), 20);
    QCOMPARE(yesterday.size(), 2);
    QList<qint64> all;
    for (const Ai::Story &story : yesterday)
        all += story.articleIds;
    QCOMPARE(sorted(all), ids({"craneYesterday", "marathonYesterday"}));
}

void TestBriefing::storyFieldsDescribeItsArticles()
{
    const QList<Ai::Story> stories = Ai::Briefing::build(m_library->connection(), Now, 20);
    const Ai::Story *crane = storyOf(stories, "crane1");
    QVERIFY(crane);
    // Newest first: crane3 (2 h ago), crane4 (4 h), crane2 (5 h), crane1 (8 h).
    QCOMPARE(crane->articleIds,
             (QList<qint64>{m_articles.value("crane3"), m_articles.value("crane4"),
                            m_articles.value("crane2"), m_articles.value("crane1")}));
    // Sources in the order they first reported the story.
    QCOMPARE(crane->sourceTitles, (QStringList{"Coast Gazette", "Metro Wire", "Morning Bulletin"}));
    QCOMPARE(crane->latest, Now.addSecs(-2 * 3600));
    const QStringList titles = {"Crane collapses at Port Milvey container terminal",
                                "Port Milvey halts loading after crane falls",
                                "Port Milvey crane: investigators look at the wind",
                                "Port Milvey container crane collapse stops terminal"};
    QVERIFY2(titles.contains(crane->headline), qPrintable(crane->headline));
    // The lead is the article whose title is the headline.
    QVERIFY(crane->articleIds.contains(crane->leadId));
    const auto lead = Storage::ArticleRepository(m_library->connection()).article(crane->leadId);
    QVERIFY(lead);
    QCOMPARE(lead->row.title, crane->headline);
}

void TestBriefing::anUntitledPostIsHeadedByItsFirstSentence()
{
    add("Coast Gazette", "seals", QString(),
        "Seals are back on the sandbank at Hollow Point. Rangers counted forty on Sunday, the "
        "most since the survey began there.",
        Now.addSecs(-3600));
    const QList<Ai::Story> stories = Ai::Briefing::build(m_library->connection(), Now, 20);
    const Ai::Story *seals = storyOf(stories, "seals");
    QVERIFY(seals);
    QCOMPARE(seals->headline, QStringLiteral("Seals are back on the sandbank at Hollow Point."));
}

void TestBriefing::summaryIsTakenFromTheStorysArticles()
{
    const QList<Ai::Story> stories = Ai::Briefing::build(m_library->connection(), Now, 20);
    for (const char *key : {"algae1", "crane1", "battery1", "chess"}) {
        const Ai::Story *story = storyOf(stories, QLatin1String(key));
        QVERIFY(story);
        QStringList sentences;
        for (auto it = m_articles.cbegin(); it != m_articles.cend(); ++it) {
            if (story->articleIds.contains(it.value()))
                sentences += Ai::splitSentences(m_texts.value(it.key()));
        }
        const int expected = story->articleIds.size() > 1 ? 3 : 2;
        QCOMPARE(story->summary.size(), std::min<qsizetype>(expected, sentences.size()));
        for (const QString &sentence : story->summary)
            QVERIFY2(sentences.contains(sentence), qPrintable(sentence));
    }
}

void TestBriefing::maxStoriesCutsTheList()
{
    const QList<Ai::Story> all = Ai::Briefing::build(m_library->connection(), Now, 20);
    const QList<Ai::Story> top = Ai::Briefing::build(m_library->connection(), Now, 2);
    QCOMPARE(top.size(), 2);
    QCOMPARE(top[0].articleIds, all[0].articleIds);
    QCOMPARE(top[1].articleIds, all[1].articleIds);
    QVERIFY(Ai::Briefing::build(m_library->connection(), Now, 0).isEmpty());
}

void TestBriefing::dayWithoutArticlesHasNoStories()
{
    QVERIFY(Ai::Briefing::build(m_library->connection(), Now.addDays(-3), 10).isEmpty());
    TemporaryLibrary empty;
    QVERIFY(empty.isOpen());
    QVERIFY(Ai::Briefing::build(empty.connection(), Now, 10).isEmpty());
}

QTEST_GUILESS_MAIN(TestBriefing)
#include "tst_briefing.moc"
