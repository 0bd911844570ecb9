#include "reading/relatedarticles.h"
#include "searchindexcheck.h"
#include "storage/articlerepository.h"
#include "temporarylibrary.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <random>

using Reading::ArticleCard;
using Reading::RelatedArticles;

namespace {

// One article of the test library. Topics are far apart so that relatedness is unambiguous;
// every text also uses everyday words, so that the common ones are in the index too.
struct Story
{
    const char *key; ///< Its guid.
    const char *topic;
    const char *source;
    int hoursAgo;
    const char *title;
    const char *text;
};

// clang-format off
const Story Stories[] = {
    {"v1", "volcano", "Morning Ledger", 10, "Lava fountains return to the summit crater",
     "Scientists watching the volcano said fresh lava fountains rose from the summit crater overnight. Tremor stayed high and ash drifted east of the caldera."},
    {"v2", "volcano", "Field Notes", 30, "Ash plume closes regional airport",
     "A tall ash plume from the erupting volcano forced the airport to close. Pilots reported ash at high altitude while magma kept rising under the crater."},
    {"v3", "volcano", "Weekend Review", 50, "Why magma chambers swell before an eruption",
     "Geologists explain how a magma chamber inflates, lifting the ground around a volcano weeks before an eruption. Satellite radar measures the swelling."},
    {"v4", "volcano", "Morning Ledger", 70, "Villagers evacuated as lava flow nears road",
     "Emergency crews evacuated three villages as a slow lava flow crept toward the coastal road. The volcano observatory raised its alert level as magma kept feeding the eruption and ash fell on the crater rim."},
    {"v5", "volcano", "Field Notes", 90, "Sulphur dioxide readings spike near the caldera",
     "Gas sensors around the caldera recorded a spike in sulphur dioxide, a sign that fresh magma is degassing below the volcano."},
    {"v6", "volcano", "Weekend Review", 110, "Drone maps a new fissure on the volcano's flank",
     "A drone flight mapped a fissure that opened on the flank of the volcano, spattering lava and steam across old ash fields."},
    {"v7", "volcano", "Morning Ledger", 130, "Ancient eruption layers found in lake sediment",
     "Cores of lake sediment hold thin ash layers from an ancient eruption, letting researchers date how often the volcano erupted."},

    {"c1", "chess", "Field Notes", 12, "Young grandmaster wins the rapid chess final",
     "The grandmaster won the rapid chess final with a bold knight sacrifice in the middlegame. Her opponent resigned after the queen trade left a lost endgame."},
    {"c2", "chess", "Weekend Review", 32, "A fresh look at the Sicilian opening",
     "Chess coaches revisit the Sicilian opening, where Black answers the king pawn with a flank pawn. Engines still rate the main line as balanced for the grandmaster."},
    {"c3", "chess", "Morning Ledger", 52, "Endgame study: king and pawn against rook",
     "In this endgame study the king escorts a lone pawn while the rook checks from behind. Precise chess technique decides whether it is a draw."},
    {"c4", "chess", "Field Notes", 72, "Club tournament draws record entry",
     "The local chess club tournament drew a record entry of players, from beginners to a titled grandmaster, playing seven rounds over the weekend."},
    {"c5", "chess", "Weekend Review", 92, "How engines changed opening preparation",
     "Chess engines now guide opening preparation. Players memorise long lines, yet the middlegame still rewards a grandmaster who calculates knight and bishop tactics."},
    {"c6", "chess", "Morning Ledger", 112, "Blitz chess online: time trouble explained",
     "In blitz chess the clock matters as much as the board. Time trouble leads to blunders: a hanging queen, a missed rook fork, a lost endgame."},
    {"c7", "chess", "Field Notes", 132, "Teaching chess in primary schools",
     "Teachers report that weekly chess lessons improve focus. Pupils learn how the knight moves, why the king needs safety and how to checkmate with a rook."},

    {"s1", "sourdough", "Weekend Review", 14, "Keeping a sourdough starter alive",
     "A sourdough starter needs flour and water every day. Feed the starter at room temperature and it will bubble and rise before you bake the loaf."},
    {"s2", "sourdough", "Morning Ledger", 34, "Shaping a tight sourdough boule",
     "Shaping builds tension in the dough. Fold the sourdough toward the centre, flip it and drag it across the bench until the boule holds its shape for the loaf."},
    {"s3", "sourdough", "Field Notes", 54, "Why a long cold proof improves flavour",
     "Letting the shaped dough proof overnight in the fridge slows the yeast and lets the bacteria in the sourdough starter build a tangy flavour and an open crumb."},
    {"s4", "sourdough", "Weekend Review", 74, "Baking in a Dutch oven for a crisp crust",
     "A preheated Dutch oven traps steam around the sourdough loaf, so the crust stays soft long enough for oven spring before it turns crisp and dark."},
    {"s5", "sourdough", "Morning Ledger", 94, "Rye flour and a livelier starter",
     "Adding rye flour to the starter feeds the wild yeast, making the sourdough rise faster. Bakers use it when the dough proof is sluggish."},
    {"s6", "sourdough", "Field Notes", 114, "Reading the crumb of a sourdough loaf",
     "Cut the loaf and look at the crumb: tight holes mean an underproofed dough, large tunnels mean weak shaping or a starter that lost its strength."},
    {"s7", "sourdough", "Weekend Review", 134, "Hydration: how much water the dough takes",
     "High hydration gives an open crumb but a sticky dough. Beginners should bake sourdough at lower hydration until shaping the loaf becomes easy."},

    {"m1", "mars", "Morning Ledger", 16, "Rover drills a new rock sample in Jezero crater",
     "The Mars rover drilled its latest rock sample on the rim of Jezero crater. Engineers sealed the core in a tube for a future return mission."},
    {"m2", "mars", "Field Notes", 36, "Helicopter completes another flight over Mars",
     "The small helicopter that travels with the rover flew over the Martian dunes, scouting a route. Thin air on Mars makes each flight a test of the rotor."},
    {"m3", "mars", "Weekend Review", 56, "Dust storm season and rover solar power",
     "Dust storms on Mars cover solar panels and cut the power a rover can use. Mission teams plan driving and drilling around the Martian seasons."},
    {"m4", "mars", "Morning Ledger", 76, "Ancient river delta holds clues to past water",
     "Layers in the delta that the Mars rover studies were laid down by a river flowing into a crater lake billions of years ago."},
    {"m5", "mars", "Field Notes", 96, "Rover wheels show wear after long drives",
     "Images of the rover wheels reveal dents and cracks from sharp Martian rocks. Drivers on Earth now choose smoother routes across the crater floor of Mars."},
    {"m6", "mars", "Weekend Review", 116, "Laser spectrometer reads the chemistry of Martian rocks",
     "A laser on the rover mast zaps rocks from metres away, and a spectrometer reads their chemistry to tell the Mars team which sample to drill."},
    {"m7", "mars", "Morning Ledger", 136, "Planning a Mars sample return mission",
     "Space agencies outline how a lander would collect the tubes the rover left on Mars and launch them toward Earth for study in laboratories."},

    {"b1", "bees", "Field Notes", 18, "Spring inspection of the beehive",
     "On the first warm day the beekeeper opens the hive to check the brood, the honey stores and whether the queen bee is laying."},
    {"b2", "bees", "Weekend Review", 38, "Swarm season: catching a colony in the garden",
     "A swarm of bees hung from an apple branch. The beekeeper shook the cluster into a box and the colony moved into a new hive by evening."},
    {"b3", "bees", "Morning Ledger", 58, "Varroa mites and colony health",
     "Varroa mites weaken a bee colony by feeding on brood. Beekeepers count mites on a sticky board and treat the hive before winter."},
    {"b4", "bees", "Field Notes", 78, "Harvesting honey without harming the bees",
     "Harvest honey only from frames the bees have capped, and leave enough stores in the hive so the colony survives the cold months."},
    {"b5", "bees", "Weekend Review", 98, "Why wildflower meadows help honey bees",
     "Meadows full of clover and wildflowers give honey bees pollen through the summer, and the colony raises more brood and stores more honey."},
    {"b6", "bees", "Morning Ledger", 118, "Queen rearing for small apiaries",
     "A small apiary can rear its own queen bees by grafting young larvae into cups. The colony feeds them royal jelly until they hatch in the hive."},
    {"b7", "bees", "Field Notes", 138, "Winter cluster: how bees keep warm",
     "In winter the bees form a tight cluster around the queen, shivering their flight muscles and eating honey to keep the hive warm."},

    // One source to itself, for moreFromSource().
    {"h1", "sailing", "Harbour Log", 5, "Reefing the mainsail before the squall",
     "The skipper reefed the mainsail as the squall line crossed the bay, and the yacht heeled less on the next tack."},
    {"h2", "sailing", "Harbour Log", 25, "Tides and the harbour entrance",
     "Sailing through the harbour entrance against the ebb tide is slow; the pilot book advises waiting for slack water before the tack."},
    {"h3", "sailing", "Harbour Log", 45, "Choosing a spinnaker for light winds",
     "A light spinnaker keeps the yacht moving when the breeze drops, but the crew must gybe it with care on a sailing day. The skipper kept the mainsail trimmed on every tack."},
    {"h4", "sailing", "Harbour Log", 65, "Anchoring overnight in a sheltered cove",
     "The crew dropped anchor in a sheltered cove, let out five times the depth in chain and watched the yacht swing with the tide."},
    {"h5", "sailing", "Harbour Log", 85, "Night watches on a coastal passage",
     "Night watches on the coastal passage ran three hours each; the skipper logged every light and kept the mainsail trimmed."},

    // Near-duplicates: the same story in another source (same title), a retitled copy (nearly
    // the same words), and a copy of v1 itself.
    {"v2copy", "volcano", "Weekend Review", 31, "Ash Plume Closes Regional Airport!",
     "A tall ash plume from the erupting volcano forced the regional airport to close. Pilots reported ash at high altitude as magma kept rising under the crater."},
    {"m1copy", "mars", "Field Notes", 17, "Jezero crater rock sample drilled by a rover",
     "The Mars rover drilled its latest rock sample on the rim of Jezero crater. Engineers sealed the core in a tube for a future return mission."},
    {"v1copy", "volcano", "Weekend Review", 11, "Lava fountains return to the summit crater",
     "Lava fountains rose again from the summit crater of the volcano overnight, scientists said, with ash drifting east of the caldera."},

    // Pairs that match their query article equally (the same query words in the same columns,
    // texts of the same length) and differ only in date; the newer is stored first in one pair
    // and last in the other.
    {"lq", "lighthouse", "Morning Ledger", 40, "Lighthouse lens restored on the rocky headland",
     "Volunteers restored the old lighthouse lens on the rocky headland."},
    {"la", "lighthouse", "Field Notes", 60, "Lighthouse lens cleaning north",
     "keepers polish brass rails every morning"},
    {"lb", "lighthouse", "Field Notes", 200, "Lighthouse lens cleaning south",
     "walkers admire painted stripes every evening"},
    {"wq", "windmill", "Morning Ledger", 42, "Windmill sails turned for the first time in decades",
     "Millwrights fitted new windmill sails and the miller ground flour again."},
    {"wa", "windmill", "Field Notes", 220, "Windmill sails repaired east",
     "carpenters replace oak shutters each summer"},
    {"wb", "windmill", "Field Notes", 80, "Windmill sails repaired west",
     "painters renew white lattice each spring"},

    // Nothing to relate by: no words at all, and words no other article has.
    {"empty", "none", "Morning Ledger", 3, "", ""},
    {"unique", "none", "Morning Ledger", 4, "Zyxqua plorfen",
     "Quibbrax threndol vashmir oppluk."},
};
// clang-format on

const QDateTime Now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// Everyday words, none of them a topic word above, the most common first. A library holds far
// more articles than those on any one topic; fillers made of these give the common words the
// low weight they have in a real library, instead of the high one a few dozen articles would
// give them.
const char *const EverydayWords[] = {
    "the",     "a",        "an",     "and",    "or",     "but",     "of",      "to",      "in",
    "on",      "at",       "for",    "with",   "from",   "by",      "as",      "is",      "was",
    "are",     "were",     "be",     "been",   "it",     "its",     "this",    "that",    "these",
    "they",    "we",       "you",    "he",     "she",    "her",     "his",     "their",   "our",
    "said",    "says",     "new",    "old",    "first",  "last",    "next",    "one",     "two",
    "three",   "four",     "five",   "seven",  "day",    "week",    "weekend", "month",   "year",
    "years",   "time",     "people", "city",   "town",   "local",   "council", "plan",    "plans",
    "report",  "reported", "team",   "work",   "school", "schools", "road",    "roads",   "park",
    "market",  "price",    "prices", "shop",   "open",   "opened",  "close",   "closed",  "made",
    "make",    "take",     "takes",  "left",   "right",  "high",    "low",     "long",    "short",
    "small",   "large",    "big",    "good",   "best",   "early",   "late",    "morning", "evening",
    "night",   "summer",   "winter", "spring", "how",    "why",     "when",    "where",   "what",
    "more",    "most",     "less",   "after",  "before", "over",    "under",   "around",  "across",
    "toward",  "until",    "still",  "again",  "now",    "then",    "every",   "each",    "much",
    "many",    "few",      "light",  "warm",   "cold",   "young",   "slow",    "fast",    "study",
    "record",  "main",     "line",   "test",   "future", "past",    "power",   "board",   "club",
    "reading", "keep",     "keeps",  "let",    "lets",   "would",   "can",     "should",  "must",
    "will",    "need"};
constexpr int FillerArticles = 600;
constexpr int FillerWords = 80;

QDateTime dateOf(const Story &story)
{
    return Now.addSecs(-qint64(story.hoursAgo) * 3600);
}

} // namespace

class TestRelatedArticles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void topRelatedShareTheTopic_data();
    void topRelatedShareTheTopic();
    void neverReturnsTheArticleItself();
    void nearDuplicatesAreCollapsed_data();
    void nearDuplicatesAreCollapsed();
    void recencyBreaksTies_data();
    void recencyBreaksTies();
    void cardsCarryTheListFields();
    void limitIsRespected();
    void nothingToRelate_data();
    void nothingToRelate();
    void moreFromSourceIsNewestFirst_data();
    void moreFromSourceIsNewestFirst();
    void moreFromSourceOfUnknownArticleIsEmpty();

private:
    [[nodiscard]] QStringList keysOf(const QList<ArticleCard> &cards) const;
    [[nodiscard]] const Story &story(const QString &key) const;

    TestSupport::TemporaryLibrary m_library;
    QHash<QString, qint64> m_ids;
    QHash<qint64, QString> m_keys;
};

void TestRelatedArticles::initTestCase()
{
    QVERIFY(m_library.isOpen());
    // Each source's stories in the order of the table above, so ids follow it.
    QStringList sourceTitles;
    for (const Story &story : Stories) {
        if (!sourceTitles.contains(QLatin1String(story.source)))
            sourceTitles.append(QLatin1String(story.source));
    }
    Storage::ArticleRepository articles(m_library.connection());
    for (const QString &title : std::as_const(sourceTitles)) {
        const qint64 sourceId = m_library.addSource(
            QStringLiteral("https://feeds.example/%1.xml").arg(sourceTitles.indexOf(title)), title);
        QVERIFY(sourceId > 0);
        QList<Feeds::Item> items;
        for (const Story &story : Stories) {
            if (QLatin1String(story.source) != title)
                continue;
            Feeds::Item item = TestSupport::makeItem(
                QLatin1String(story.key), QStringLiteral("https://news.example/%1").arg(story.key),
                QString::fromUtf8(story.title));
            if (story.text[0] != '\0')
                item.content = QStringLiteral("<p>%1</p>").arg(QString::fromUtf8(story.text));
            item.published = dateOf(story);
            if (QLatin1String(story.key) == QLatin1String("c3"))
                item.image = QStringLiteral("https://img.example/endgame.jpg");
            items.append(item);
        }
        const auto stored = articles.store(sourceId, TestSupport::makeFeed(items), Now);
        QVERIFY2(stored, qPrintable(articles.errorMessage()));
        QCOMPARE(stored->added, items.size());
    }

    // Fillers, the same every run.
    std::mt19937 random(20260301);
    // Skewed like real text: the first words in nearly every article, the last in a few.
    const auto word = [&random] {
        const double u = std::uniform_real_distribution<double>(0.0, 1.0)(random);
        const auto index = std::size_t(u * u * double(std::size(EverydayWords)));
        return QLatin1String(EverydayWords[std::min(index, std::size(EverydayWords) - 1)]);
    };
    QList<Feeds::Item> fillers;
    for (int i = 0; i < FillerArticles; ++i) {
        QString title;
        for (int w = 0; w < 5; ++w)
            title += (w ? QStringLiteral(" ") : QString()) + word();
        QString text;
        for (int w = 0; w < FillerWords; ++w)
            text += (w ? QStringLiteral(" ") : QString()) + word();
        Feeds::Item item = TestSupport::makeItem(
            QStringLiteral("filler%1").arg(i), QStringLiteral("https://daily.example/%1").arg(i),
            title, QStringLiteral("<p>") + text + QStringLiteral(".</p>"));
        item.published = Now.addSecs(-qint64(i) * 1800);
        fillers.append(item);
    }
    const qint64 dailyId =
        m_library.addSource(QStringLiteral("https://daily.example/feed"), QStringLiteral("Daily"));
    const auto stored = articles.store(dailyId, TestSupport::makeFeed(fillers), Now);
    QVERIFY2(stored && stored->added == FillerArticles, qPrintable(articles.errorMessage()));
    QVERIFY(TestSupport::catchUpSearchIndex(m_library.filePath()));

    QSqlQuery query(m_library.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, guid FROM articles")));
    while (query.next()) {
        m_ids.insert(query.value(1).toString(), query.value(0).toLongLong());
        m_keys.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    QCOMPARE(m_ids.size(), qsizetype(std::size(Stories)) + FillerArticles);
}

QStringList TestRelatedArticles::keysOf(const QList<ArticleCard> &cards) const
{
    QStringList keys;
    for (const ArticleCard &card : cards)
        keys.append(m_keys.value(card.id, QStringLiteral("?")));
    return keys;
}

const Story &TestRelatedArticles::story(const QString &key) const
{
    static const Story filler{"filler", "filler", "Daily", 0, "", ""};
    for (const Story &story : Stories) {
        if (QLatin1String(story.key) == key)
            return story;
    }
    return filler;
}

void TestRelatedArticles::topRelatedShareTheTopic_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("limit");

    QTest::newRow("volcano article: volcano cards") << QStringLiteral("v4") << 5;
    QTest::newRow("chess article: chess cards") << QStringLiteral("c1") << 5;
    QTest::newRow("sourdough article: sourdough cards") << QStringLiteral("s3") << 5;
    QTest::newRow("mars article: mars cards") << QStringLiteral("m3") << 5;
    QTest::newRow("beekeeping article: beekeeping cards") << QStringLiteral("b5") << 5;
    QTest::newRow("sailing article: sailing cards") << QStringLiteral("h3") << 4;
    QTest::newRow("short title-led article: its topic") << QStringLiteral("c7") << 3;
}

void TestRelatedArticles::topRelatedShareTheTopic()
{
    QFETCH(QString, key);
    QFETCH(int, limit);
    const QList<ArticleCard> cards =
        RelatedArticles::find(m_library.connection(), m_ids.value(key), limit);
    const QStringList keys = keysOf(cards);
    QCOMPARE(cards.size(), limit);
    const QString topic = QLatin1String(story(key).topic);
    for (const QString &found : keys)
        QVERIFY2(QLatin1String(story(found).topic) == topic, qPrintable(keys.join(u' ')));
    QVERIFY(!keys.contains(key));
}

void TestRelatedArticles::neverReturnsTheArticleItself()
{
    for (const Story &story : Stories) {
        const qint64 id = m_ids.value(QLatin1String(story.key));
        const QList<ArticleCard> cards = RelatedArticles::find(m_library.connection(), id, 50);
        for (const ArticleCard &card : cards)
            QVERIFY2(card.id != id, story.key);
    }
}

void TestRelatedArticles::nearDuplicatesAreCollapsed_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("absent"); // never among the cards
    QTest::addColumn<QStringList>("oneOf");  // exactly one of these among the cards

    QTest::newRow("same title in two sources: one card")
        << QStringLiteral("v3") << QStringList() << QStringList{"v2", "v2copy"};
    QTest::newRow("retitled copy with the same words: one card")
        << QStringLiteral("m4") << QStringList() << QStringList{"m1", "m1copy"};
    QTest::newRow("copy of the article itself: no card")
        << QStringLiteral("v1") << QStringList{"v1copy"} << QStringList{"v2", "v2copy"};
    QTest::newRow("article's own duplicate as the query: the original is left out")
        << QStringLiteral("v1copy") << QStringList{"v1"} << QStringList{"v2", "v2copy"};
}

void TestRelatedArticles::nearDuplicatesAreCollapsed()
{
    QFETCH(QString, key);
    QFETCH(QStringList, absent);
    QFETCH(QStringList, oneOf);
    const QStringList keys =
        keysOf(RelatedArticles::find(m_library.connection(), m_ids.value(key), 20));
    QVERIFY2(!keys.isEmpty(), qPrintable(key));
    for (const QString &gone : std::as_const(absent))
        QVERIFY2(!keys.contains(gone), qPrintable(keys.join(u' ')));
    const qsizetype present = std::count_if(oneOf.cbegin(), oneOf.cend(),
                                            [&keys](const QString &k) { return keys.contains(k); });
    QVERIFY2(present == 1, qPrintable(keys.join(u' ')));
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
}

void TestRelatedArticles::recencyBreaksTies_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("expected"); // the first cards, in order

    QTest::newRow("newer stored first comes first")
        << QStringLiteral("lq") << QStringList{"la", "lb"};
    QTest::newRow("newer stored last comes first")
        << QStringLiteral("wq") << QStringList{"wb", "wa"};
}

void TestRelatedArticles::recencyBreaksTies()
{
    QFETCH(QString, key);
    QFETCH(QStringList, expected);
    const QList<ArticleCard> cards =
        RelatedArticles::find(m_library.connection(), m_ids.value(key), 6);
    QVERIFY(cards.size() >= expected.size());
    QCOMPARE(keysOf(cards).mid(0, expected.size()), expected);
    QVERIFY(cards.at(0).date > cards.at(1).date);
}

void TestRelatedArticles::cardsCarryTheListFields()
{
    const QList<ArticleCard> cards =
        RelatedArticles::find(m_library.connection(), m_ids.value(QStringLiteral("c6")), 6);
    const auto card = std::find_if(cards.cbegin(), cards.cend(), [this](const ArticleCard &c) {
        return c.id == m_ids.value(QStringLiteral("c3"));
    });
    QVERIFY2(card != cards.cend(), qPrintable(keysOf(cards).join(u' ')));
    const Story &expected = story(QStringLiteral("c3"));
    QCOMPARE(card->title, QString::fromUtf8(expected.title));
    QCOMPARE(card->sourceTitle, QLatin1String(expected.source));
    QCOMPARE(card->date, dateOf(expected));
    QVERIFY2(card->excerpt.startsWith(QLatin1String("In this endgame study the king")),
             qPrintable(card->excerpt));
    QCOMPARE(card->imageUrl, QStringLiteral("https://img.example/endgame.jpg"));
}

void TestRelatedArticles::limitIsRespected()
{
    const qint64 id = m_ids.value(QStringLiteral("b2"));
    QCOMPARE(RelatedArticles::find(m_library.connection(), id, 1).size(), 1);
    QCOMPARE(RelatedArticles::find(m_library.connection(), id, 2).size(), 2);
    // The one best card is the first of a longer list.
    QCOMPARE(RelatedArticles::find(m_library.connection(), id, 1).constFirst().id,
             RelatedArticles::find(m_library.connection(), id, 4).constFirst().id);
}

void TestRelatedArticles::nothingToRelate_data()
{
    QTest::addColumn<QString>("key"); // a stored story, or empty for \a id
    QTest::addColumn<qint64>("id");
    QTest::addColumn<int>("limit");

    QTest::newRow("unknown id") << QString() << qint64(999999) << 6;
    QTest::newRow("zero id") << QString() << qint64(0) << 6;
    QTest::newRow("negative id") << QString() << qint64(-3) << 6;
    QTest::newRow("article with neither title nor text")
        << QStringLiteral("empty") << qint64(0) << 6;
    QTest::newRow("article sharing no word with the library")
        << QStringLiteral("unique") << qint64(0) << 6;
    QTest::newRow("zero limit") << QStringLiteral("v1") << qint64(0) << 0;
}

void TestRelatedArticles::nothingToRelate()
{
    QFETCH(QString, key);
    QFETCH(qint64, id);
    QFETCH(int, limit);
    if (!key.isEmpty())
        id = m_ids.value(key);
    // Nothing to relate is not an error: nothing is logged.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QCOMPARE(RelatedArticles::find(m_library.connection(), id, limit).size(), 0);
}

void TestRelatedArticles::moreFromSourceIsNewestFirst_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("middle article: the others, newest first")
        << QStringLiteral("h3") << 4 << QStringList{"h1", "h2", "h4", "h5"};
    QTest::newRow("newest article: the next ones")
        << QStringLiteral("h1") << 4 << QStringList{"h2", "h3", "h4", "h5"};
    QTest::newRow("limit cuts the oldest") << QStringLiteral("h5") << 2 << QStringList{"h1", "h2"};
    QTest::newRow("zero limit: nothing") << QStringLiteral("h2") << 0 << QStringList();
}

void TestRelatedArticles::moreFromSourceIsNewestFirst()
{
    QFETCH(QString, key);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    const QList<ArticleCard> cards =
        RelatedArticles::moreFromSource(m_library.connection(), m_ids.value(key), limit);
    QCOMPARE(keysOf(cards), expected);
    for (const ArticleCard &card : cards) {
        QCOMPARE(card.sourceTitle, QStringLiteral("Harbour Log"));
        QCOMPARE(card.date, dateOf(story(m_keys.value(card.id))));
    }
}

void TestRelatedArticles::moreFromSourceOfUnknownArticleIsEmpty()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QCOMPARE(RelatedArticles::moreFromSource(m_library.connection(), 999999).size(), 0);
    QCOMPARE(RelatedArticles::moreFromSource(m_library.connection(), 0).size(), 0);
}

QTEST_APPLESS_MAIN(TestRelatedArticles)
#include "tst_relatedarticles.moc"
