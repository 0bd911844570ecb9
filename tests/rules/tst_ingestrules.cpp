#include "temporarylibrary.h"

#include "refresh/ingestworker.h"
#include "storage/folderrepository.h"
#include "storage/rulerepository.h"
#include "storage/tagrepository.h"

#include <QSignalSpy>
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

Feeds::Item storyOf(const QString &guid, const QString &title, const QString &author = {},
                    const QStringList &categories = {})
{
    Feeds::Item item = makeItem(guid, QStringLiteral("https://news.example/") + guid, title,
                                QStringLiteral("<p>Body of ") + guid + QStringLiteral("</p>"));
    item.author = author;
    item.categories = categories;
    return item;
}

} // namespace

/// Rules on the ingest thread's path: IngestWorker stores a fetched feed and the rules in force
/// act on its new articles in the same batch.
class TestIngestRules final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void rulesActOnNewArticles_data();
    void rulesActOnNewArticles();
    void knownArticlesAreLeftAlone();
    void aRuleSavedMeanwhileAppliesToTheNextBatch();

private:
    /// Ingests \a items as the feed of the Harbour source and commits; the outcome.
    Refresh::SourceOutcome ingest(const QList<Feeds::Item> &items);
    [[nodiscard]] QVariant column(const QString &guid, const QString &expression) const;

    std::unique_ptr<TemporaryLibrary> m_library;
    std::unique_ptr<Refresh::IngestWorker> m_worker;
    qint64 m_harbour = 0;
};

void TestIngestRules::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    const auto folder =
        Storage::FolderRepository(m_library->connection()).add(QStringLiteral("Town"));
    QVERIFY(folder);
    m_harbour = m_library->addSource(QStringLiteral("https://harbour.example/feed.xml"),
                                     QStringLiteral("Harbour Gazette"), *folder);
    m_worker = std::make_unique<Refresh::IngestWorker>(m_library->filePath(), Refresh::Schedule());
}

Refresh::SourceOutcome TestIngestRules::ingest(const QList<Feeds::Item> &items)
{
    QSignalSpy ingested(m_worker.get(), &Refresh::IngestWorker::ingested);
    Net::FetchResult fetched;
    fetched.sourceId = m_harbour;
    fetched.status = Net::FetchResult::Status::Ok;
    Refresh::ParsedFeed parsed;
    parsed.parse.feed = makeFeed(items);
    m_worker->ingest(fetched, parsed);
    m_worker->commit();
    if (ingested.size() != 1)
        return {};
    return ingested.first().first().value<Refresh::SourceOutcome>();
}

QVariant TestIngestRules::column(const QString &guid, const QString &expression) const
{
    QSqlQuery query(m_library->connection());
    query.prepare(QStringLiteral("SELECT ") + expression +
                  QStringLiteral(" FROM articles WHERE guid = ?"));
    query.addBindValue(guid);
    return query.exec() && query.next() ? query.value(0) : QVariant();
}

void TestIngestRules::rulesActOnNewArticles_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("expression"); // of the matching article a1
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("notified");

    const auto ruleOn = [](Field field, Match match, const QString &pattern) {
        Rule rule;
        rule.conditions = {{field, match, pattern}};
        return rule;
    };
    Rule read = ruleOn(Field::Title, Match::WholeWord, QStringLiteral("sport"));
    read.actions.markRead = true;
    QTest::newRow("title: mark read") << read << QStringLiteral("read") << QVariant(1) << false;
    Rule hide = ruleOn(Field::Author, Match::Contains, QStringLiteral("pundit"));
    hide.actions.hide = true;
    QTest::newRow("author: hide") << hide << QStringLiteral("hidden") << QVariant(1) << false;
    Rule bookmark = ruleOn(Field::Category, Match::WholeWord, QStringLiteral("sport"));
    bookmark.actions.bookmark = true;
    QTest::newRow("category: bookmark")
        << bookmark << QStringLiteral("bookmarked") << QVariant(1) << false;
    Rule highlight = ruleOn(Field::Folder, Match::WholeWord, QStringLiteral("town"));
    highlight.matchAll = true;
    highlight.conditions.append({Field::Text, Match::Contains, QStringLiteral("body of a1")});
    highlight.actions.highlight = QStringLiteral("#123456");
    QTest::newRow("folder and text: highlight")
        << highlight << QStringLiteral("highlight") << QVariant(QStringLiteral("#123456")) << false;
    Rule tag = ruleOn(Field::Source, Match::Regex, QStringLiteral("^harbour"));
    tag.conditions.append({Field::Link, Match::Contains, QStringLiteral("/a1")});
    tag.matchAll = true;
    tag.actions.tag = QStringLiteral("harbour sport");
    QTest::newRow("source and link: tag")
        << tag
        << QStringLiteral("(SELECT group_concat(t.name) FROM article_tags at JOIN tags t"
                          " ON t.id = at.tag_id WHERE at.article_id = articles.id)")
        << QVariant(QStringLiteral("harbour sport")) << false;
    Rule notify = ruleOn(Field::Title, Match::Contains, QStringLiteral("derby"));
    notify.actions.notify = true;
    QTest::newRow("notify") << notify << QStringLiteral("read") << QVariant(0) << true;
}

void TestIngestRules::rulesActOnNewArticles()
{
    QFETCH(Rule, rule);
    QFETCH(QString, expression);
    QFETCH(QVariant, value);
    QFETCH(bool, notified);
    QVERIFY(Storage::RuleRepository(m_library->connection()).save(rule) > 0);

    const Refresh::SourceOutcome outcome =
        ingest({storyOf(QStringLiteral("a1"), QStringLiteral("Sport: the derby"),
                        QStringLiteral("The Pundit"), {QStringLiteral("Sport")}),
                storyOf(QStringLiteral("a2"), QStringLiteral("Weather"), QStringLiteral("Ann"))});
    QCOMPARE(outcome.added, 2);
    QCOMPARE(outcome.notifyTitles,
             notified ? QStringList{QStringLiteral("Sport: the derby")} : QStringList());
    QCOMPARE(column(QStringLiteral("a1"), expression).toString(), value.toString());
    // The other article is untouched.
    QCOMPARE(column(QStringLiteral("a2"),
                    QStringLiteral("read + hidden + bookmarked + coalesce(highlight, 0)"))
                 .toInt(),
             0);
}

void TestIngestRules::knownArticlesAreLeftAlone()
{
    QCOMPARE(ingest({storyOf(QStringLiteral("a1"), QStringLiteral("Sport news"))}).added, 1);
    Rule rule;
    rule.conditions = {{Field::Title, Match::Contains, QStringLiteral("sport")}};
    rule.actions.markRead = true;
    QVERIFY(Storage::RuleRepository(m_library->connection()).save(rule) > 0);
    // Updated, not new: rules at ingest look at new articles only.
    const Refresh::SourceOutcome outcome =
        ingest({storyOf(QStringLiteral("a1"), QStringLiteral("Sport news, updated"))});
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(column(QStringLiteral("a1"), QStringLiteral("read")).toInt(), 0);
}

void TestIngestRules::aRuleSavedMeanwhileAppliesToTheNextBatch()
{
    QCOMPARE(ingest({storyOf(QStringLiteral("a1"), QStringLiteral("Sport one"))}).added, 1);
    Rule rule;
    rule.conditions = {{Field::Title, Match::Contains, QStringLiteral("sport")}};
    rule.actions.hide = true;
    QVERIFY(Storage::RuleRepository(m_library->connection()).save(rule) > 0);
    QCOMPARE(ingest({storyOf(QStringLiteral("a2"), QStringLiteral("Sport two"))}).added, 1);
    QCOMPARE(column(QStringLiteral("a1"), QStringLiteral("hidden")).toInt(), 0);
    QCOMPARE(column(QStringLiteral("a2"), QStringLiteral("hidden")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestIngestRules)
#include "tst_ingestrules.moc"
