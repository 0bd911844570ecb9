#include "temporarylibrary.h"

#include "pages/briefingpage.h"
#include "storage/articlerepository.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using Pages::BriefingContent;
using Pages::BriefingPage;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

namespace {

// Local noon; the day's articles are dated in its morning.
const QDateTime Now = QDateTime(QDate(2026, 3, 10), QTime(12, 0));

QDateTime hoursAgo(int hours)
{
    return Now.addSecs(-3600 * hours);
}

Pages::BriefingPageOptions options()
{
    Pages::BriefingPageOptions result;
    result.now = Now;
    result.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    result.madeBy = QStringLiteral("Built-in summarizer (on this computer)");
    return result;
}

// The page's story blocks, in page order.
QStringList storyBlocks(const QString &html)
{
    QStringList blocks = html.split(QStringLiteral("<article class=\"brief\">"));
    blocks.removeFirst();
    return blocks;
}

QString link(qint64 id)
{
    return QStringLiteral("href=\"tidings://article/%1\"").arg(id);
}

} // namespace

class TestBriefingPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storiesComeInRankOrderWithTheirSources();
    void headlineOpensTheLeadAndTheOthersAreListed();
    void listOrderIsStoryByStoryLeadFirst();
    void pageHasTheDateAndTheCaveat();
    void feedTextIsEscaped_data();
    void feedTextIsEscaped();
    void tooFewArticlesGiveTheEmptyState_data();
    void tooFewArticlesGiveTheEmptyState();
    void preparingPageSaysSo();

private:
    qint64 add(const QString &source, const QString &key, const QString &title, const QString &html,
               const QDateTime &published);
    void addSampleDay();

    std::unique_ptr<TemporaryLibrary> m_library;
    QHash<QString, qint64> m_sources;
    QHash<QString, qint64> m_articles;
};

void TestBriefingPage::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
}

void TestBriefingPage::cleanup()
{
    m_library.reset();
    m_sources.clear();
    m_articles.clear();
}

qint64 TestBriefingPage::add(const QString &source, const QString &key, const QString &title,
                             const QString &html, const QDateTime &published)
{
    if (!m_sources.contains(source)) {
        const QString slug = QString::number(m_sources.size() + 1);
        m_sources.insert(source,
                         m_library->addSource("https://feeds" + slug + ".example/rss", source));
    }
    Feeds::Item item = makeItem(key, "https://news.example/" + key, title, html);
    item.published = published;
    const auto stored = Storage::ArticleRepository(m_library->connection())
                            .store(m_sources.value(source), makeFeed({item}), Now);
    if (!stored || stored->added != 1)
        return 0;
    m_articles.insert(key, stored->addedIds.first());
    return stored->addedIds.first();
}

// Three sources on the bridge, two on the festival, one lone article; yesterday's ferry news.
void TestBriefingPage::addSampleDay()
{
    add("Harbour Times", "bridge1", "Kestrel Bridge reopens after repairs",
        "<p>The Kestrel Bridge reopened to traffic on Tuesday after eight months of repairs. "
        "Commuters can cross the river again without the long detour.</p>",
        hoursAgo(9));
    add("Evening Courier", "bridge2", "Traffic returns as Kestrel Bridge repairs end",
        "<p>Repairs on the Kestrel Bridge have ended and traffic crossed the bridge again this "
        "morning. The detour through the old town is closed.</p>",
        hoursAgo(6));
    add("Ridge Radio", "bridge3", "Kestrel Bridge open again: what commuters need to know",
        "<p>The reopened Kestrel Bridge carries traffic in both directions after the repairs. "
        "Commuters should expect short delays while the last lane markings dry.</p>",
        hoursAgo(2));
    add("Evening Courier", "festival1", "Lantern festival fills the harbour with light",
        "<p>Thousands came to the lantern festival at the harbour. Paper lanterns floated on "
        "the water until midnight.</p>",
        hoursAgo(8));
    add("Harbour Times", "festival2", "Harbour lantern festival draws thousands",
        "<p>The harbour lantern festival drew thousands of visitors, who set paper lanterns "
        "afloat on the water.</p>",
        hoursAgo(4));
    add("Ridge Radio", "orchard", "Apple growers expect an early orchard harvest",
        "<p>A warm spring means the apple harvest in the valley orchards may start two weeks "
        "early.</p>",
        hoursAgo(3));
    add("Ridge Radio", "ferryYesterday", "Ferry timetable changes announced",
        "<p>The island ferry will sail more often in summer.</p>", Now.addDays(-1));
}

void TestBriefingPage::storiesComeInRankOrderWithTheirSources()
{
    addSampleDay();
    const BriefingContent content = BriefingPage::load(m_library->connection(), Now);
    QCOMPARE(content.day, Now.date());
    const QStringList blocks = storyBlocks(BriefingPage::render(content, options()));
    QCOMPARE(blocks.size(), 3);

    // Most sources first; each story lists its sources in the order they reported it.
    QVERIFY(blocks[0].contains(link(m_articles.value("bridge1"))));
    QVERIFY(blocks[0].contains(
        "<span class=\"brief-sources\">Harbour Times, Evening Courier, Ridge Radio</span>"));
    QVERIFY(blocks[0].contains("<span class=\"brief-count\">3 source(s)</span>"));
    QVERIFY(blocks[1].contains(link(m_articles.value("festival1"))));
    QVERIFY(
        blocks[1].contains("<span class=\"brief-sources\">Evening Courier, Harbour Times</span>"));
    QVERIFY(blocks[2].contains(link(m_articles.value("orchard"))));
    QVERIFY(blocks[2].contains("<span class=\"brief-sources\">Ridge Radio</span>"));
    QVERIFY(blocks[1].contains("<span class=\"brief-count\">2 source(s)</span>"));
    // One source needs no count.
    QVERIFY(!blocks[2].contains("brief-count"));
    // The time of a story is its latest report: 10:00 for the bridge (2 hours ago).
    QVERIFY(blocks[0].contains(">10:00 AM</time>"));
    for (const QString &block : blocks)
        QVERIFY(!block.contains(link(m_articles.value("ferryYesterday"))));
}

void TestBriefingPage::headlineOpensTheLeadAndTheOthersAreListed()
{
    addSampleDay();
    const BriefingContent content = BriefingPage::load(m_library->connection(), Now);
    const Ai::Story &bridge = content.stories.first();
    const QString block = storyBlocks(BriefingPage::render(content, options())).first();

    const QRegularExpression headline(
        QStringLiteral("<h2 class=\"brief-headline\" dir=\"auto\"><a href=\"tidings://article/"
                       "(\\d+)\">([^<]*)</a></h2>"));
    const QRegularExpressionMatch match = headline.match(block);
    QVERIFY(match.hasMatch());
    QCOMPARE(match.captured(1).toLongLong(), bridge.leadId);
    QCOMPARE(match.captured(2), bridge.headline);
    // The other two articles are links below, with their source names.
    const QString others = block.mid(block.indexOf(QStringLiteral("<ul class=\"brief-more\">")));
    int listed = 0;
    for (const char *key : {"bridge1", "bridge2", "bridge3"}) {
        const qint64 id = m_articles.value(QLatin1String(key));
        if (id == bridge.leadId) {
            QVERIFY(!others.contains(link(id)));
            continue;
        }
        QVERIFY2(others.contains(link(id)), key);
        QCOMPARE(content.articles.value(id).id, id);
        QVERIFY(others.contains(content.articles.value(id).title.toHtmlEscaped()));
        QVERIFY(others.contains("<span class=\"brief-source\">" +
                                content.articles.value(id).sourceTitle + "</span>"));
        ++listed;
    }
    QCOMPARE(listed, 2);
    // The summary is made of the story's own sentences.
    QVERIFY(!bridge.summary.isEmpty());
    QVERIFY(block.contains("<p class=\"brief-summary\" dir=\"auto\">" +
                           bridge.summary.join(QLatin1Char(' ')).toHtmlEscaped() + "</p>"));
}

void TestBriefingPage::listOrderIsStoryByStoryLeadFirst()
{
    addSampleDay();
    const BriefingContent content = BriefingPage::load(m_library->connection(), Now);
    const QList<qint64> ids = content.articleIds();
    QCOMPARE(ids.size(), 6);
    QCOMPARE(content.articleCount(), 6);
    qsizetype at = 0;
    for (const Ai::Story &story : content.stories) {
        QCOMPARE(ids.at(at), story.leadId);
        const QList<qint64> part = ids.mid(at, story.articleIds.size());
        for (const qint64 id : story.articleIds)
            QVERIFY(part.contains(id));
        at += story.articleIds.size();
    }
    QCOMPARE(content.articles.size(), 6);
}

void TestBriefingPage::pageHasTheDateAndTheCaveat()
{
    addSampleDay();
    const QString html =
        BriefingPage::render(BriefingPage::load(m_library->connection(), Now), options());
    QVERIFY(html.contains("<h1>Tuesday, March 10, 2026</h1>"));
    QVERIFY(html.contains("3 top stories · 6 article(s) · 3 source(s)"));
    QVERIFY(html.contains("Stories grouped and summarized by: Built-in summarizer (on this "
                          "computer). AI output can be wrong"));
    QVERIFY(html.contains("script-src 'none'"));
    QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
    QVERIFY(!html.contains("{{"));
}

void TestBriefingPage::feedTextIsEscaped_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("markup in the title")
        << "Quiet Gazette"
        << "<img src=x onerror=alert(1)>Mayor <b>resigns</b>"
        << "<p>The mayor resigned this morning.</p>"
        << "<img src=x onerror=alert(1)>"
        << "&lt;img src=x onerror=alert(1)&gt;Mayor &lt;b&gt;resigns&lt;/b&gt;";
    QTest::newRow("markup in the source name") << "<script>alert('source')</script>"
                                               << "Mayor resigns"
                                               << "<p>The mayor resigned this morning.</p>"
                                               << "<script>alert('source')</script>"
                                               << "&lt;script&gt;alert('source')&lt;/script&gt;";
    QTest::newRow("markup written as text in the article")
        << "Quiet Gazette"
        << "Mayor resigns"
        << "<p>The mayor wrote &lt;iframe src=&quot;https://evil.example&quot;&gt; in a "
           "letter and resigned.</p>"
        << "<iframe src=\"https://evil.example\">"
        << "&lt;iframe src=&quot;https://evil.example&quot;&gt;";
    QTest::newRow("a placeholder in the title is not expanded") << "Quiet Gazette"
                                                                << "Mayor {{css}} resigns"
                                                                << "<p>The mayor resigned.</p>"
                                                                << "Mayor /* The reading page"
                                                                << "Mayor {{css}} resigns";
}

void TestBriefingPage::feedTextIsEscaped()
{
    QFETCH(QString, source);
    QFETCH(QString, title);
    QFETCH(QString, html);
    QFETCH(QString, raw);
    QFETCH(QString, escaped);

    addSampleDay();
    QVERIFY(add(source, "hostile", title, html, hoursAgo(1)) != 0);
    const QString page =
        BriefingPage::render(BriefingPage::load(m_library->connection(), Now), options());
    QVERIFY2(page.contains(escaped), qPrintable(escaped));
    QVERIFY2(!page.contains(raw), qPrintable(raw));
    QVERIFY(!page.contains("<script", Qt::CaseInsensitive));
}

void TestBriefingPage::tooFewArticlesGiveTheEmptyState_data()
{
    QTest::addColumn<int>("todays");
    QTest::addColumn<bool>("empty");

    QTest::newRow("no articles at all") << 0 << true;
    QTest::newRow("two of today's") << 2 << true;
    QTest::newRow("three of today's") << 3 << false;
}

void TestBriefingPage::tooFewArticlesGiveTheEmptyState()
{
    QFETCH(int, todays);
    QFETCH(bool, empty);

    const QStringList titles = {"Kestrel Bridge reopens", "Lantern festival at the harbour",
                                "Apple harvest starts early"};
    for (int i = 0; i < todays; ++i)
        QVERIFY(
            add("Harbour Times", QString::number(i), titles[i], "<p>Text.</p>", hoursAgo(i + 1)));
    // Yesterday's articles do not count.
    for (int i = 0; i < 4; ++i)
        QVERIFY(add("Harbour Times", "old" + QString::number(i), "Old news " + QString::number(i),
                    "<p>Text.</p>", Now.addDays(-1).addSecs(i * 60)));

    const QString page =
        BriefingPage::render(BriefingPage::load(m_library->connection(), Now), options());
    QCOMPARE(page.contains("Not enough of today's articles yet to build a briefing — refresh or "
                           "come back later."),
             empty);
    QCOMPARE(page.contains(QStringLiteral("href=\"%1\"").arg(BriefingPage::refreshAction())),
             empty);
    QCOMPARE(storyBlocks(page).isEmpty(), empty);
    QCOMPARE(page.contains("AI output can be wrong"), !empty);
    QVERIFY(page.contains("<h1>Tuesday, March 10, 2026</h1>"));
}

void TestBriefingPage::preparingPageSaysSo()
{
    const QString page = BriefingPage::renderPreparing(Now.date(), options());
    QVERIFY(page.contains("<p class=\"brief-preparing\">Preparing today's briefing…</p>"));
    QVERIFY(page.contains("<h1>Tuesday, March 10, 2026</h1>"));
    QVERIFY(storyBlocks(page).isEmpty());
    QCOMPARE(BriefingPage::pageUrl().toString(), QStringLiteral("tidings://briefing/today"));
}

QTEST_GUILESS_MAIN(TestBriefingPage)
#include "tst_briefingpage.moc"
