#include "searchindexcheck.h"
#include "temporarylibrary.h"

#include "rules/ruleapplier.h"
#include "storage/articlecounts.h"
#include "storage/articlerepository.h"
#include "storage/muterepository.h"
#include "storage/rulerepository.h"
#include "storage/sourcerepository.h"
#include "storage/tagrepository.h"

#include <QTest>

#include <memory>

using Storage::Rule;
using Field = Storage::RuleCondition::Field;
using Match = Storage::RuleCondition::Match;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

Q_DECLARE_METATYPE(Storage::Rule)

namespace {

const QDateTime Now = QDateTime::currentDateTimeUtc();

Rule titleRule(const QString &word, Match match = Match::Contains)
{
    Rule rule;
    rule.name = word;
    rule.conditions = {{Field::Title, match, word}};
    return rule;
}

} // namespace

class TestRuleStorage final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void rulesRoundTrip();
    void removingASourceRemovesItsRules();
    void previewCountsWithoutWriting();
    void applyDoesTheActions_data();
    void applyDoesTheActions();
    void applyCanBeCancelled();
    void mutesHideUntilTheyExpire_data();
    void mutesHideUntilTheyExpire();
    void hiddenArticlesLeaveListsAndCounts();
    void tagsByHandAndFromRules();
    void tagSearch_data();
    void tagSearch();
    void tagsGoWithTheirArticle();

private:
    [[nodiscard]] qint64 idOf(const QString &guid) const;
    [[nodiscard]] QList<qint64> listed(const Storage::ArticleFilter &filter) const;

    std::unique_ptr<TemporaryLibrary> m_library;
    qint64 m_harbour = 0;
    qint64 m_market = 0;
};

// Harbour: h1 "Election night", h2 "Harbour festival", h3 "Election recount";
// Market: m1 "Markets calm before election", m2 "Fish prices".
void TestRuleStorage::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_harbour = m_library->addSource(QStringLiteral("https://harbour.example/feed.xml"),
                                     QStringLiteral("Harbour"));
    m_market = m_library->addSource(QStringLiteral("https://market.example/feed.xml"),
                                    QStringLiteral("Market"));
    Storage::ArticleRepository articles(m_library->connection());
    const auto item = [](const char *guid, const char *title, const char *text = "") {
        return makeItem(QString::fromLatin1(guid), {}, QString::fromLatin1(title),
                        QString::fromLatin1(text));
    };
    QVERIFY(articles.store(m_harbour,
                           makeFeed({item("h1", "Election night"), item("h2", "Harbour festival"),
                                     item("h3", "Election recount")}),
                           Now));
    QVERIFY(articles.store(
        m_market,
        makeFeed({item("m1", "Markets calm before election"), item("m2", "Fish prices",
                                                                   "<p>The election of a new "
                                                                   "harbour master</p>")}),
        Now));
    // Searches and mutes are matched through the index.
    QVERIFY(TestSupport::catchUpSearchIndex(m_library->filePath()));
}

qint64 TestRuleStorage::idOf(const QString &guid) const
{
    QSqlQuery query(m_library->connection());
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE guid = ?"));
    query.addBindValue(guid);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<qint64> TestRuleStorage::listed(const Storage::ArticleFilter &filter) const
{
    QList<qint64> ids = Storage::ArticleRepository(m_library->connection()).ids(filter);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestRuleStorage::rulesRoundTrip()
{
    Storage::RuleRepository rules(m_library->connection());
    Rule rule = titleRule(QStringLiteral("election"), Match::WholeWord);
    rule.name = QStringLiteral("Politics");
    rule.matchAll = true;
    rule.sourceId = m_harbour;
    rule.conditions.append({Field::Category, Match::Regex, QStringLiteral("^news$")});
    rule.actions.tag = QStringLiteral("politics");
    rule.actions.highlight = QStringLiteral("#aa0000");
    rule.actions.notify = true;
    rule.id = rules.save(rule);
    QVERIFY2(rule.id > 0, qPrintable(rules.errorMessage()));

    const std::optional<Rule> stored = rules.find(rule.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, rule.name);
    QCOMPARE(stored->conditions, rule.conditions);
    QCOMPARE(stored->matchAll, true);
    QCOMPARE(stored->sourceId, m_harbour);
    QCOMPARE(stored->actions.tag, QStringLiteral("politics"));
    QCOMPARE(stored->actions.highlight, QStringLiteral("#aa0000"));
    QVERIFY(stored->actions.notify && !stored->actions.hide);

    rule.conditions = {{Field::Author, Match::Contains, QStringLiteral("ada")}};
    rule.enabled = false;
    QCOMPARE(rules.save(rule), rule.id);
    QCOMPARE(rules.find(rule.id)->conditions, rule.conditions);
    QVERIFY(!rules.find(rule.id)->enabled);
    QCOMPARE(rules.list().size(), 1);

    QVERIFY(rules.remove(rule.id));
    QVERIFY(!rules.remove(rule.id));
    QVERIFY(rules.list().isEmpty());
    QCOMPARE(m_library->scalar(QStringLiteral("SELECT count(*) FROM rule_conditions")).toInt(), 0);
}

void TestRuleStorage::removingASourceRemovesItsRules()
{
    Storage::RuleRepository rules(m_library->connection());
    Rule rule = titleRule(QStringLiteral("fish"));
    rule.sourceId = m_market;
    QVERIFY(rules.save(rule) > 0);
    QVERIFY(Storage::SourceRepository(m_library->connection()).remove(m_market));
    QVERIFY(rules.list().isEmpty());
}

void TestRuleStorage::previewCountsWithoutWriting()
{
    Rule rule = titleRule(QStringLiteral("election"), Match::WholeWord);
    rule.actions.markRead = true;
    const Rules::RuleApplier applier(Rules::RuleSet::single(rule),
                                     Rules::RuleApplier::Mode::Preview);
    QString error;
    const std::optional<Rules::RunResult> run =
        applier.runAll(m_library->connection(), 2, {}, &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->examined, 5);
    QCOMPARE(run->matchedCount, 3);
    QCOMPARE(run->matched, (QList<qint64>{idOf(QStringLiteral("m1")), idOf(QStringLiteral("h3"))}));
    QCOMPARE(
        m_library->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE read = 1")).toInt(),
        0);
}

void TestRuleStorage::applyDoesTheActions_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("check"); // counts the articles the rule changed
    QTest::addColumn<int>("expected");

    Rule read = titleRule(QStringLiteral("election"));
    read.actions.markRead = true;
    QTest::newRow("mark read") << read << QStringLiteral("read = 1") << 3;
    Rule bookmark = titleRule(QStringLiteral("festival"));
    bookmark.actions.bookmark = true;
    QTest::newRow("bookmark") << bookmark << QStringLiteral("bookmarked = 1 AND bookmarked_at > 0")
                              << 1;
    Rule hide = titleRule(QStringLiteral("election"));
    hide.sourceId = 0;
    hide.actions.hide = true;
    QTest::newRow("hide") << hide << QStringLiteral("hidden = 1") << 3;
    Rule highlight = titleRule(QStringLiteral("recount"));
    highlight.actions.highlight = QStringLiteral("#336699");
    QTest::newRow("highlight") << highlight << QStringLiteral("highlight = '#336699'") << 1;
    Rule text;
    text.conditions = {{Field::Text, Match::WholeWord, QStringLiteral("harbour master")}};
    text.actions.markRead = true;
    QTest::newRow("text needs the decompressed text") << text << QStringLiteral("read = 1") << 1;
    Rule scoped = titleRule(QStringLiteral("election"));
    scoped.actions.markRead = true;
    QTest::newRow("a source's rule") << scoped << QStringLiteral("read = 1") << 2; // see below
}

void TestRuleStorage::applyDoesTheActions()
{
    QFETCH(Rule, rule);
    QFETCH(QString, check);
    QFETCH(int, expected);
    if (QByteArray(QTest::currentDataTag()) == "a source's rule")
        rule.sourceId = m_harbour;
    const Rules::RuleApplier applier(Rules::RuleSet::single(rule), Rules::RuleApplier::Mode::Apply);
    QString error;
    const std::optional<Rules::RunResult> run =
        applier.runAll(m_library->connection(), 0, {}, &error);
    QVERIFY2(run, qPrintable(error));
    QCOMPARE(run->matchedCount, expected);
    QCOMPARE(
        m_library->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE ") + check).toInt(),
        expected);
}

void TestRuleStorage::applyCanBeCancelled()
{
    // 1,200 more articles: three slices of 500, so the run can stop between two.
    Storage::ArticleRepository articles(m_library->connection());
    QList<Feeds::Item> items;
    for (int i = 0; i < 1200; ++i)
        items.append(makeItem(QStringLiteral("bulk-%1").arg(i), {},
                              QStringLiteral("Bulk election story %1").arg(i)));
    QVERIFY(articles.store(m_market, makeFeed(items), Now));

    Rule rule = titleRule(QStringLiteral("election"));
    rule.actions.markRead = true;
    const Rules::RuleApplier applier(Rules::RuleSet::single(rule), Rules::RuleApplier::Mode::Apply);
    QList<std::pair<int, int>> heard;
    QString error;
    const std::optional<Rules::RunResult> run = applier.runAll(
        m_library->connection(), 0,
        [&heard](int examined, int total) {
            heard.append({examined, total});
            return false; // cancel after the first slice
        },
        &error);
    QVERIFY2(run, qPrintable(error));
    QVERIFY(run->cancelled);
    QCOMPARE(heard, (QList<std::pair<int, int>>{{500, 1205}}));
    // The first slice was applied and kept; nothing after it.
    QCOMPARE(
        m_library->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE read = 1")).toInt(),
        500);

    // Run to the end, and every match is read.
    const std::optional<Rules::RunResult> all = applier.runAll(
        m_library->connection(), 0, [](int, int) { return true; }, &error);
    QVERIFY(all && !all->cancelled);
    QCOMPARE(all->examined, 1205);
    QCOMPARE(
        m_library->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE read = 1")).toInt(),
        1203);
}

void TestRuleStorage::mutesHideUntilTheyExpire_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("untilSeconds"); // from now
    QTest::addColumn<QStringList>("hidden");

    QTest::newRow("in force: title and text")
        << QStringLiteral("election") << 3600 << QStringList{"h1", "h3", "m1", "m2"};
    QTest::newRow("expired: hides nothing") << QStringLiteral("election") << -60 << QStringList();
    QTest::newRow("a phrase") << QStringLiteral("harbour festival") << 3600 << QStringList{"h2"};
    QTest::newRow("any case, quotes harmless")
        << QStringLiteral("\"FISH\"") << 3600 << QStringList{"m2"};
}

void TestRuleStorage::mutesHideUntilTheyExpire()
{
    QFETCH(QString, word);
    QFETCH(int, untilSeconds);
    QFETCH(QStringList, hidden);
    Storage::MuteRepository mutes(m_library->connection());
    const qint64 id = mutes.add(word, QDateTime::currentDateTimeUtc().addSecs(untilSeconds));
    QVERIFY2(id > 0, qPrintable(mutes.errorMessage()));
    QCOMPARE(mutes.list().first().isActive(QDateTime::currentDateTimeUtc()), untilSeconds > 0);

    QList<qint64> expectedHidden;
    for (const QString &guid : hidden)
        expectedHidden.append(idOf(guid));
    std::sort(expectedHidden.begin(), expectedHidden.end());
    Storage::ArticleFilter hiddenView;
    hiddenView.hiddenOnly = true;
    QCOMPARE(listed(hiddenView), expectedHidden);
    QCOMPARE(listed({}).size(), 5 - hidden.size());
    QCOMPARE(Storage::ArticleCounts(m_library->connection()).unread(), 5 - int(hidden.size()));

    QVERIFY(mutes.remove(id));
    QCOMPARE(listed({}).size(), 5);
    QVERIFY(mutes.add(QStringLiteral("  "), Now.addDays(1)) == 0);
}

void TestRuleStorage::hiddenArticlesLeaveListsAndCounts()
{
    Rule rule = titleRule(QStringLiteral("election"));
    rule.actions.hide = true;
    rule.actions.bookmark = true;
    QString error;
    QVERIFY(Rules::RuleApplier(Rules::RuleSet::single(rule), Rules::RuleApplier::Mode::Apply)
                .runAll(m_library->connection(), 0, {}, &error));

    const Storage::ArticleCounts counts(m_library->connection());
    QCOMPARE(counts.unread(), 2);
    QCOMPARE(counts.bookmarked(), 0);
    QCOMPARE(counts.unreadOfSource(m_harbour), 1);
    const auto harbour = Storage::SourceRepository(m_library->connection()).find(m_harbour);
    QCOMPARE(harbour->unreadCount, 1);
    QCOMPARE(harbour->totalCount, 3);

    Storage::ArticleFilter all;
    QCOMPARE(listed(all), (QList<qint64>{idOf(QStringLiteral("h2")), idOf(QStringLiteral("m2"))}));
    Storage::ArticleFilter hiddenView;
    hiddenView.hiddenOnly = true;
    QCOMPARE(listed(hiddenView).size(), 3);
    // A search finds no hidden article either; marking a view read leaves them alone.
    all.search = QStringLiteral("election");
    QCOMPARE(listed(all), QList<qint64>{idOf(QStringLiteral("m2"))});
    Storage::ArticleRepository articles(m_library->connection());
    QCOMPARE(articles.markAllRead({})->size(), 2);
    QCOMPARE(
        m_library->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE read = 0")).toInt(),
        3);
}

void TestRuleStorage::tagsByHandAndFromRules()
{
    Storage::TagRepository tags(m_library->connection());
    QVERIFY(tags.add(idOf(QStringLiteral("h2")), QStringLiteral("Local")));
    QVERIFY(tags.add(idOf(QStringLiteral("h2")), QStringLiteral("local"))); // the same tag
    QVERIFY(!tags.add(9999, QStringLiteral("local")));
    QVERIFY(!tags.add(idOf(QStringLiteral("h2")), QStringLiteral(" ")));

    Rule rule = titleRule(QStringLiteral("election"));
    rule.actions.tag = QStringLiteral("Politics");
    QString error;
    QVERIFY(Rules::RuleApplier(Rules::RuleSet::single(rule), Rules::RuleApplier::Mode::Apply)
                .runAll(m_library->connection(), 0, {}, &error));
    QVERIFY(tags.add(idOf(QStringLiteral("h1")), QStringLiteral("local")));
    QVERIFY(Storage::ArticleRepository(m_library->connection()).setRead(idOf("h1"), true));

    const QList<Storage::Tag> all = tags.tags();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Local"));
    QCOMPARE(all.at(0).count, 2);
    QCOMPARE(all.at(0).unread, 1);
    QCOMPARE(all.at(1).name, QStringLiteral("Politics"));
    QCOMPARE(all.at(1).count, 3);
    QCOMPARE(tags.tagsOf(idOf(QStringLiteral("h1"))),
             (QStringList{QStringLiteral("Local"), QStringLiteral("Politics")}));

    // The list rows carry them, sorted; the view of a tag shows its articles.
    const QList<Storage::ArticleRow> rows =
        Storage::ArticleRepository(m_library->connection()).rows({idOf(QStringLiteral("h1"))});
    QCOMPARE(rows.first().tags, (QStringList{QStringLiteral("Local"), QStringLiteral("Politics")}));
    Storage::ArticleFilter tagView;
    tagView.tagId = all.at(0).id;
    QCOMPARE(listed(tagView),
             (QList<qint64>{idOf(QStringLiteral("h1")), idOf(QStringLiteral("h2"))}));

    QVERIFY(tags.remove(idOf(QStringLiteral("h2")), QStringLiteral("LOCAL")));
    QCOMPARE(tags.tagsOf(idOf(QStringLiteral("h2"))), QStringList());
}

void TestRuleStorage::tagSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found");

    QTest::newRow("tag alone") << QStringLiteral("tag:local") << QStringList{"h1", "h2"};
    QTest::newRow("tag in any case") << QStringLiteral("TAG:LOCAL") << QStringList{"h1", "h2"};
    QTest::newRow("tag and a word") << QStringLiteral("election tag:local") << QStringList{"h1"};
    QTest::newRow("quoted tag") << QStringLiteral("tag:\"long reads\"") << QStringList{"m1"};
    QTest::newRow("two tags") << QStringLiteral("tag:local tag:\"long reads\"") << QStringList();
    QTest::newRow("unknown tag") << QStringLiteral("tag:nothing") << QStringList();
}

void TestRuleStorage::tagSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, found);
    Storage::TagRepository tags(m_library->connection());
    QVERIFY(tags.add(idOf(QStringLiteral("h1")), QStringLiteral("local")));
    QVERIFY(tags.add(idOf(QStringLiteral("h2")), QStringLiteral("local")));
    QVERIFY(tags.add(idOf(QStringLiteral("m1")), QStringLiteral("long reads")));
    QList<qint64> expected;
    for (const QString &guid : found)
        expected.append(idOf(guid));
    std::sort(expected.begin(), expected.end());
    Storage::ArticleFilter filter;
    filter.search = search;
    QCOMPARE(listed(filter), expected);
    QCOMPARE(Storage::ArticleRepository(m_library->connection()).count(filter),
             int(expected.size()));
}

void TestRuleStorage::tagsGoWithTheirArticle()
{
    Storage::TagRepository tags(m_library->connection());
    QVERIFY(tags.add(idOf(QStringLiteral("m1")), QStringLiteral("markets")));
    QVERIFY(Storage::SourceRepository(m_library->connection()).remove(m_market));
    QCOMPARE(m_library->scalar(QStringLiteral("SELECT count(*) FROM article_tags")).toInt(), 0);
    QVERIFY(tags.tags().isEmpty());
}

QTEST_GUILESS_MAIN(TestRuleStorage)
#include "tst_rulestorage.moc"
