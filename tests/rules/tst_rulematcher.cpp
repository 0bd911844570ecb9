#include "rules/rulematcher.h"

#include <QTest>

using Storage::Rule;
using Storage::RuleCondition;
using Field = Storage::RuleCondition::Field;
using Match = Storage::RuleCondition::Match;

Q_DECLARE_METATYPE(Storage::RuleCondition)

namespace {

Storage::RuleSubject article()
{
    Storage::RuleSubject subject;
    subject.id = 7;
    subject.sourceId = 3;
    subject.title = QStringLiteral("Élection results: the Mayor's race");
    subject.author = QStringLiteral("Ada Lovelace");
    subject.text = QStringLiteral("Counting went on late. Re-election is likely.");
    subject.link = QStringLiteral("https://news.example/politics/2026/race");
    subject.categories = {QStringLiteral("Politics"), QStringLiteral("Local news")};
    subject.source = QStringLiteral("Harbour Gazette");
    subject.folder = QStringLiteral("Town");
    return subject;
}

Rule ruleOf(const QList<RuleCondition> &conditions, bool matchAll = false)
{
    Rule rule;
    rule.conditions = conditions;
    rule.matchAll = matchAll;
    rule.actions.markRead = true;
    return rule;
}

} // namespace

class TestRuleMatcher final : public QObject
{
    Q_OBJECT

private slots:
    void oneCondition_data();
    void oneCondition();
    void anyAndAll_data();
    void anyAndAll();
    void sourceScope();
    void invalidRegexMatchesNothing();
    void actionsOfSeveralRulesMerge();
    void disabledRulesAreLeftOut();
};

void TestRuleMatcher::oneCondition_data()
{
    QTest::addColumn<RuleCondition>("condition");
    QTest::addColumn<bool>("matches");

    const auto row = [](const char *name, Field field, Match match, const char *pattern,
                        bool matches) {
        QTest::newRow(name) << RuleCondition{field, match, QString::fromUtf8(pattern)} << matches;
    };
    row("title contains, any case", Field::Title, Match::Contains, "RESULTS", true);
    row("title contains, accented", Field::Title, Match::Contains, "élection", true);
    row("title lacks", Field::Title, Match::Contains, "weather", false);
    row("blank pattern matches nothing", Field::Title, Match::Contains, "  ", false);
    row("whole word", Field::Text, Match::WholeWord, "election", true);
    row("whole word, not inside a word", Field::Text, Match::WholeWord, "count", false);
    row("contains inside a word", Field::Text, Match::Contains, "count", true);
    row("whole word at the end", Field::Text, Match::WholeWord, "likely.", true);
    row("whole word of two words", Field::Title, Match::WholeWord, "mayor's race", true);
    row("author", Field::Author, Match::WholeWord, "lovelace", true);
    row("link", Field::Link, Match::Contains, "/politics/", true);
    row("category whole word", Field::Category, Match::WholeWord, "local", true);
    row("category regex per category", Field::Category, Match::Regex, "^local news$", true);
    row("category regex does not span two", Field::Category, Match::Regex, "politics.local", false);
    row("source", Field::Source, Match::Contains, "gazette", true);
    row("folder", Field::Folder, Match::WholeWord, "town", true);
    row("folder, another", Field::Folder, Match::WholeWord, "city", false);
    row("regex ignores case", Field::Title, Match::Regex, "^élection\\s+RESULTS", true);
    row("regex, digits in link", Field::Link, Match::Regex, "/\\d{4}/", true);
    row("regex no match", Field::Author, Match::Regex, "^Lovelace", false);
}

void TestRuleMatcher::oneCondition()
{
    QFETCH(RuleCondition, condition);
    QFETCH(bool, matches);
    const Rules::RuleSet rules = Rules::RuleSet::single(ruleOf({condition}));
    QCOMPARE(rules.actionsFor(article()).has_value(), matches);
    QCOMPARE(rules.needsText(), condition.field == Field::Text);
}

void TestRuleMatcher::anyAndAll_data()
{
    QTest::addColumn<bool>("matchAll");
    QTest::addColumn<bool>("secondHolds");
    QTest::addColumn<bool>("matches");

    QTest::newRow("any: one of two holds") << false << false << true;
    QTest::newRow("any: both hold") << false << true << true;
    QTest::newRow("all: one of two holds") << true << false << false;
    QTest::newRow("all: both hold") << true << true << true;
}

void TestRuleMatcher::anyAndAll()
{
    QFETCH(bool, matchAll);
    QFETCH(bool, secondHolds);
    QFETCH(bool, matches);
    const RuleCondition first{Field::Title, Match::Contains, QStringLiteral("results")};
    const RuleCondition second{Field::Author, Match::Contains,
                               secondHolds ? QStringLiteral("ada") : QStringLiteral("grace")};
    const Rules::RuleSet rules = Rules::RuleSet::single(ruleOf({first, second}, matchAll));
    QCOMPARE(rules.actionsFor(article()).has_value(), matches);
}

void TestRuleMatcher::sourceScope()
{
    Rule rule = ruleOf({{Field::Title, Match::Contains, QStringLiteral("results")}});
    rule.sourceId = 3;
    QVERIFY(Rules::RuleSet::single(rule).actionsFor(article()).has_value());
    QCOMPARE(Rules::RuleSet::single(rule).sourceScope(), qint64(3));
    rule.sourceId = 4;
    QVERIFY(!Rules::RuleSet::single(rule).actionsFor(article()).has_value());
}

void TestRuleMatcher::invalidRegexMatchesNothing()
{
    const Rule rule = ruleOf({{Field::Title, Match::Regex, QStringLiteral("(unclosed")},
                              {Field::Title, Match::Contains, QStringLiteral("results")}});
    const Rules::RuleMatcher matcher(rule);
    QVERIFY(!matcher.isValid());
    QVERIFY(matcher.errorText().contains(QStringLiteral("(unclosed")));
    QVERIFY(!Rules::RuleSet::single(rule).actionsFor(article()).has_value());
}

void TestRuleMatcher::actionsOfSeveralRulesMerge()
{
    Rule tagging = ruleOf({{Field::Title, Match::Contains, QStringLiteral("results")}});
    tagging.actions = {};
    tagging.actions.tag = QStringLiteral("politics");
    tagging.actions.highlight = QStringLiteral("#ff0000");
    Rule hiding = ruleOf({{Field::Author, Match::Contains, QStringLiteral("ada")}});
    hiding.actions = {};
    hiding.actions.hide = true;
    hiding.actions.highlight = QStringLiteral("#00ff00");
    Rule missing = ruleOf({{Field::Author, Match::Contains, QStringLiteral("grace")}});
    missing.actions.bookmark = true;

    const auto actions = Rules::RuleSet::enabled({tagging, hiding, missing}).actionsFor(article());
    QVERIFY(actions.has_value());
    QCOMPARE(actions->tag, QStringLiteral("politics"));
    QVERIFY(actions->hide);
    QVERIFY(!actions->bookmark);
    QVERIFY(!actions->markRead);
    QCOMPARE(actions->highlight, QStringLiteral("#ff0000")); // the first rule's colour stays
}

void TestRuleMatcher::disabledRulesAreLeftOut()
{
    Rule rule = ruleOf({{Field::Title, Match::Contains, QStringLiteral("results")}});
    rule.enabled = false;
    QVERIFY(Rules::RuleSet::enabled({rule}).isEmpty());
    Rule noAction = ruleOf({{Field::Title, Match::Contains, QStringLiteral("results")}});
    noAction.actions = {};
    QVERIFY(Rules::RuleSet::enabled({noAction}).isEmpty());
    // Trying a rule out works whether it is enabled or not.
    QVERIFY(Rules::RuleSet::single(rule).actionsFor(article()).has_value());
}

QTEST_APPLESS_MAIN(TestRuleMatcher)
#include "tst_rulematcher.moc"
