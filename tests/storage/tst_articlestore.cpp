#include "searchindexcheck.h"
#include "temporarylibrary.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/sqliteconnection.h"
#include "storage/sqlitehandle.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using Storage::ArticleRepository;
using Storage::StoreResult;
using TestSupport::catchUpSearchIndex;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

namespace {

const QDateTime FirstFetch = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
const QDateTime SecondFetch = FirstFetch.addSecs(3600);

// Rows in the full-text index that match \a expression.
int ftsMatches(const TemporaryLibrary &library, const QString &expression)
{
    QSqlQuery query(library.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"));
    query.addBindValue(expression);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// What is wrong with the index: it must be intact and hold exactly the articles' texts.
QString indexFaults(const TemporaryLibrary &library)
{
    return TestSupport::searchIndexFaults(library.connection());
}

int totalChanges(const TemporaryLibrary &library)
{
    return library.scalar(QStringLiteral("SELECT total_changes()")).toInt();
}

} // namespace

class TestArticleStore final : public QObject
{
    Q_OBJECT

private slots:
    void identity_data();
    void identity();
    void sameGuidInTwoSourcesIsTwoArticles();
    void repeatedItemInOneFeedIsOneArticle();
    void addedIdsFollowFeedOrder();
    void changedArticleIsUpdatedInPlaceKeepingState();
    void unchangedArticleIsNotRewritten();
    void onlyANewUpdatedDateIsNoChange();
    void indexFollowsInsertUpdateAndDelete();
    void plainTextComesFromContentOrSummary_data();
    void plainTextComesFromContentOrSummary();
    void image_data();
    void image();
    void articleKeepsEveryField();
    void emptyValuesAreStoredAsBefore_data();
    void emptyValuesAreStoredAsBefore();
    void enclosuresAreReplacedOnUpdate();
    void removingSourceKeepsOnlyBookmarkedArticles();
    void storeIntoUnknownSourceChangesNothing();
    void storeManyWritesSeveralSources();
    void bulkWriteCacheIsTakenAndGivenBack();
    void sqliteCountsNoMemory();
    void pageSizeStaysAsCreated_data();
    void pageSizeStaysAsCreated();
    void onlyNewAndChangedItemsArePrepared();
    void articlesPreparedAheadAreStoredAlike();
};

void TestArticleStore::identity_data()
{
    QTest::addColumn<Feeds::Item>("first");
    QTest::addColumn<Feeds::Item>("second");
    QTest::addColumn<bool>("sameArticle");

    const QString a = QStringLiteral("https://example.org/a");
    const QString b = QStringLiteral("https://example.org/b");
    const QString t = QStringLiteral("Title");
    const QString c = QStringLiteral("<p>Text</p>");
    QTest::newRow("same guid, other link and title")
        << makeItem("g1", a, t, c) << makeItem("g1", b, "Other", c) << true;
    QTest::newRow("guid surrounded by spaces matches")
        << makeItem("g1", a, t, c) << makeItem("  g1\n", a, t, c) << true;
    QTest::newRow("other guid, same link")
        << makeItem("g1", a, t, c) << makeItem("g2", a, t, c) << false;
    QTest::newRow("guid is case sensitive")
        << makeItem("Guid", a, t, c) << makeItem("guid", a, t, c) << false;
    QTest::newRow("no guid, same link, other title")
        << makeItem({}, a, t, c) << makeItem({}, a, "Other", "<p>More</p>") << true;
    QTest::newRow("no guid, other link") << makeItem({}, a, t, c) << makeItem({}, b, t, c) << false;
    QTest::newRow("neither, same title and content")
        << makeItem({}, {}, t, c) << makeItem({}, {}, t, c) << true;
    QTest::newRow("neither, other content")
        << makeItem({}, {}, t, c) << makeItem({}, {}, t, "<p>Else</p>") << false;
    QTest::newRow("neither, other title")
        << makeItem({}, {}, t, c) << makeItem({}, {}, "Other", c) << false;
    QTest::newRow("neither, no title either")
        << makeItem({}, {}, {}, c) << makeItem({}, {}, {}, c) << true;
    const QString longGuid =
        QStringLiteral("https://example.org/?") + QString(400, QLatin1Char('x'));
    QTest::newRow("very long guid")
        << makeItem(longGuid, a, t, c) << makeItem(longGuid, b, t, c) << true;
    QTest::newRow("very long guids that differ at the end")
        << makeItem(longGuid + "1", a, t, c) << makeItem(longGuid + "2", a, t, c) << false;
}

void TestArticleStore::identity()
{
    QFETCH(Feeds::Item, first);
    QFETCH(Feeds::Item, second);
    QFETCH(bool, sameArticle);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());

    const std::optional<StoreResult> stored = articles.store(source, makeFeed({first}), FirstFetch);
    QVERIFY(stored);
    QCOMPARE(stored->added, 1);
    const std::optional<StoreResult> again =
        articles.store(source, makeFeed({second}), SecondFetch);
    QVERIFY(again);
    QCOMPARE(again->added, sameArticle ? 0 : 1);
    QCOMPARE(library.scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(),
             sameArticle ? 1 : 2);
}

void TestArticleStore::sameGuidInTwoSourcesIsTwoArticles()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 one = library.addSource(QStringLiteral("https://one.example/feed"));
    const qint64 two = library.addSource(QStringLiteral("https://two.example/feed"));
    ArticleRepository articles(library.connection());
    const Feeds::Feed feed = makeFeed({makeItem("1", "https://x.example/1", "Shared")});

    const auto first = articles.store(one, feed, FirstFetch);
    const auto second = articles.store(two, feed, FirstFetch);
    QVERIFY(first && second);
    QCOMPARE(first->added, 1);
    QCOMPARE(second->added, 1);
    QVERIFY(first->addedIds.first() != second->addedIds.first());
}

void TestArticleStore::repeatedItemInOneFeedIsOneArticle()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    const Feeds::Item item = makeItem("dup", {}, "Twice");

    const auto result = articles.store(source, makeFeed({item, item}), FirstFetch);
    QVERIFY(result);
    QCOMPARE(result->added, 1);
    QCOMPARE(result->unchanged, 1);
    QCOMPARE(library.scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), 1);
}

void TestArticleStore::addedIdsFollowFeedOrder()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());

    const auto result = articles.store(
        source, makeFeed({makeItem("c", {}, "C"), makeItem("a", {}, "A"), makeItem("b", {}, "B")}),
        FirstFetch);
    QVERIFY(result);
    QCOMPARE(result->added, 3);
    QCOMPARE(result->addedIds.size(), 3);
    const QStringList expected = {QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(articles.article(result->addedIds.at(i))->row.title, expected.at(i));
}

void TestArticleStore::changedArticleIsUpdatedInPlaceKeepingState()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    Feeds::Item item = makeItem("g", "https://example.org/1", "Draft", "<p>first words</p>");
    item.published = FirstFetch.addDays(-1);

    const auto stored = articles.store(source, makeFeed({item}), FirstFetch);
    QVERIFY(stored);
    const qint64 id = stored->addedIds.value(0);
    QVERIFY(articles.setRead(id, true));
    QVERIFY(articles.setBookmarked(id, true, FirstFetch));

    item.title = QStringLiteral("Final");
    item.content = QStringLiteral("<p>second words</p>");
    const auto updated = articles.store(source, makeFeed({item}), SecondFetch);
    QVERIFY(updated);
    QCOMPARE(updated->updated, 1);
    QCOMPARE(updated->added, 0);
    QCOMPARE(updated->unchanged, 0);
    QVERIFY(updated->addedIds.isEmpty());

    const std::optional<Storage::Article> article = articles.article(id);
    QVERIFY(article);
    QCOMPARE(article->row.title, QStringLiteral("Final"));
    QCOMPARE(article->content, QStringLiteral("<p>second words</p>"));
    QVERIFY(article->row.read);
    QVERIFY(article->row.bookmarked);
    QCOMPARE(article->bookmarkedAt, FirstFetch);
    QCOMPARE(article->firstSeen, FirstFetch);
    QCOMPARE(article->updated, SecondFetch);
    QCOMPARE(article->published, item.published);
}

void TestArticleStore::unchangedArticleIsNotRewritten()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    Feeds::Item item = makeItem("g", "https://example.org/1", "Same", "<p>unchanged</p>");
    item.enclosures = {
        {QStringLiteral("https://example.org/a.mp3"), QStringLiteral("audio/mpeg"), 9}};
    const Feeds::Feed feed = makeFeed({item, makeItem("h", {}, "Other")});
    QVERIFY(articles.store(source, feed, FirstFetch));

    const int changesBefore = totalChanges(library);
    const auto again = articles.store(source, feed, SecondFetch);
    QVERIFY(again);
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->added, 0);
    // Not a single row written: no article, no enclosure, no entry for the search index.
    QCOMPARE(totalChanges(library), changesBefore);
}

void TestArticleStore::onlyANewUpdatedDateIsNoChange()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    Feeds::Item item = makeItem("g", {}, "Same", "<p>same</p>");
    item.updated = FirstFetch;
    QVERIFY(articles.store(source, makeFeed({item}), FirstFetch));

    item.updated = SecondFetch;
    const auto again = articles.store(source, makeFeed({item}), SecondFetch);
    QVERIFY(again);
    QCOMPARE(again->unchanged, 1);
}

void TestArticleStore::indexFollowsInsertUpdateAndDelete()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    Feeds::Item item = makeItem("g", {}, "Harbour report", "<p>The ferries run late.</p>");
    item.author = QStringLiteral("Quentin Marlowe");
    const auto stored = articles.store(source, makeFeed({item}), FirstFetch);
    QVERIFY(stored);
    QVERIFY(catchUpSearchIndex(library.filePath()));
    QCOMPARE(ftsMatches(library, "harbour"), 1);
    QCOMPARE(ftsMatches(library, "ferries"), 1);
    QCOMPARE(ftsMatches(library, "marlowe"), 1);
    QCOMPARE(indexFaults(library), QString());

    item.content = QStringLiteral("<p>The trains run early.</p>");
    QVERIFY(articles.store(source, makeFeed({item}), SecondFetch));
    // Until the index catches up, it still holds the old text.
    QCOMPARE(ftsMatches(library, "ferries"), 1);
    QVERIFY(catchUpSearchIndex(library.filePath()));
    QCOMPARE(ftsMatches(library, "ferries"), 0);
    QCOMPARE(ftsMatches(library, "trains"), 1);
    QCOMPARE(indexFaults(library), QString());

    // Marking read leaves the index alone (the trigger only fires for indexed text): the one
    // row written is the article's, nothing is queued for the index.
    const int changes = totalChanges(library);
    QVERIFY(articles.setRead(stored->addedIds.first(), true));
    QCOMPARE(totalChanges(library) - changes, 1);

    Storage::SourceRepository sources(library.connection());
    QVERIFY(sources.remove(source));
    QVERIFY(catchUpSearchIndex(library.filePath()));
    QCOMPARE(ftsMatches(library, "trains"), 0);
    QCOMPARE(ftsMatches(library, "harbour"), 0);
    QCOMPARE(indexFaults(library), QString());
}

void TestArticleStore::plainTextComesFromContentOrSummary_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("excerpt");

    QTest::newRow("content wins") << "<p>short summary</p>"
                                  << "<p>The <b>full</b> story.</p>"
                                  << "The full story.";
    QTest::newRow("summary when no content")
        << "<p>Only &amp; summary</p>" << QString() << "Only & summary";
    QTest::newRow("neither") << QString() << QString() << QString();
}

void TestArticleStore::plainTextComesFromContentOrSummary()
{
    QFETCH(QString, summary);
    QFETCH(QString, content);
    QFETCH(QString, excerpt);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    Feeds::Item item = makeItem("g", {}, "T", content);
    item.summary = summary;
    const auto stored = articles.store(source, makeFeed({item}), FirstFetch);
    QVERIFY(stored);
    const auto article = articles.article(stored->addedIds.value(0));
    QVERIFY(article);
    QCOMPARE(article->row.excerpt, excerpt);
    QCOMPARE(article->summary, summary);
    QCOMPARE(article->content, content);
}

void TestArticleStore::image_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QList<Feeds::Enclosure>>("enclosures");
    QTest::addColumn<QString>("expected");

    const Feeds::Enclosure audio{QStringLiteral("https://e.example/a.mp3"),
                                 QStringLiteral("audio/mpeg"), 1};
    const Feeds::Enclosure photo{QStringLiteral("https://e.example/p.jpg"),
                                 QStringLiteral("image/jpeg"), 1};
    const Feeds::Enclosure untyped{QStringLiteral("https://e.example/u.PNG"), QString(), 0};
    QTest::newRow("item image first")
        << "https://e.example/lead.webp" << QList<Feeds::Enclosure>{photo}
        << "https://e.example/lead.webp";
    QTest::newRow("first image enclosure")
        << QString() << QList<Feeds::Enclosure>{audio, photo} << "https://e.example/p.jpg";
    QTest::newRow("untyped enclosure with an image name")
        << QString() << QList<Feeds::Enclosure>{audio, untyped} << "https://e.example/u.PNG";
    QTest::newRow("no image at all") << QString() << QList<Feeds::Enclosure>{audio} << QString();
}

void TestArticleStore::image()
{
    QFETCH(QString, image);
    QFETCH(QList<Feeds::Enclosure>, enclosures);
    QFETCH(QString, expected);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    Feeds::Item item = makeItem("g", {}, "T", "<p>text</p>");
    item.image = image;
    item.enclosures = enclosures;
    const auto stored = articles.store(source, makeFeed({item}), FirstFetch);
    QVERIFY(stored);
    QCOMPARE(articles.article(stored->addedIds.value(0))->row.imageUrl, expected);
}

void TestArticleStore::articleKeepsEveryField()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source =
        library.addSource(QStringLiteral("https://example.org/feed"), QStringLiteral("Example"));
    ArticleRepository articles(library.connection());
    Feeds::Item item = makeItem("urn:x:1", "https://example.org/post", "A post", "<p>Body</p>");
    item.author = QStringLiteral("Ada");
    item.summary = QStringLiteral("<p>Sum</p>");
    item.published = FirstFetch.addDays(-2);
    item.updated = FirstFetch.addDays(-1);
    item.commentsUrl = QStringLiteral("https://example.org/post#comments");
    item.commentFeedUrl = QStringLiteral("https://example.org/post/feed");
    item.commentCount = 7;
    item.categories = {QStringLiteral("Tides"), QStringLiteral("Local news")};
    item.enclosures = {
        {QStringLiteral("https://example.org/e.ogg"), QStringLiteral("audio/ogg"), 1234},
        {QStringLiteral("https://example.org/f.pdf"), QString(), 0}};
    const auto stored = articles.store(source, makeFeed({item}), FirstFetch);
    QVERIFY(stored);

    const std::optional<Storage::Article> article = articles.article(stored->addedIds.value(0));
    QVERIFY(article);
    QCOMPARE(article->row.sourceId, source);
    QCOMPARE(article->row.sourceTitle, QStringLiteral("Example"));
    QCOMPARE(article->row.title, item.title);
    QCOMPARE(article->row.link, item.link);
    QCOMPARE(article->row.author, item.author);
    QCOMPARE(article->row.date, item.published);
    QCOMPARE(article->row.read, false);
    QCOMPARE(article->row.bookmarked, false);
    QCOMPARE(article->guid, item.id);
    QCOMPARE(article->published, item.published);
    QCOMPARE(article->updated, item.updated);
    QCOMPARE(article->firstSeen, FirstFetch);
    QCOMPARE(article->bookmarkedAt, QDateTime());
    QCOMPARE(article->summary, item.summary);
    QCOMPARE(article->content, item.content);
    QCOMPARE(article->commentsUrl, item.commentsUrl);
    QCOMPARE(article->commentFeedUrl, item.commentFeedUrl);
    QCOMPARE(article->commentCount, 7);
    QCOMPARE(article->categories, item.categories);
    QCOMPARE(article->enclosures.size(), 2);
    QCOMPARE(article->enclosures.at(0).url, item.enclosures.at(0).url);
    QCOMPARE(article->enclosures.at(0).type, item.enclosures.at(0).type);
    QCOMPARE(article->enclosures.at(0).length, 1234);
    QCOMPARE(article->enclosures.at(1).url, item.enclosures.at(1).url);
    QCOMPARE(article->enclosures.at(1).type, QString());
    QCOMPARE(article->enclosures.at(1).length, 0);
    QVERIFY(!articles.article(article->row.id + 100));
}

// The storage classes of what the writer stores: the search index's triggers and the readers
// count on title being '' rather than NULL and on empty texts being NULL.
namespace {

const QString ContentTypes = QStringLiteral(
    "SELECT typeof(guid) || ',' || typeof(link) || ',' || typeof(title) || ',' ||"
    " typeof(author) || ',' || typeof(published) || ',' || typeof(image_url) || ',' ||"
    " typeof(comments_url) || ',' || typeof(comment_feed_url) || ',' || typeof(comment_count)"
    " || ',' || typeof(excerpt) || ',' || typeof(summary) || ',' || typeof(content) || ',' ||"
    " typeof(categories) FROM articles WHERE id = %1");

QString storedTypes(const TemporaryLibrary &library, const QString &sql, qint64 id)
{
    return library.scalar(sql.arg(id)).toString();
}

QString enclosureTypes(const TemporaryLibrary &library, qint64 id)
{
    return library
        .scalar(QStringLiteral("SELECT group_concat(types, ';') FROM (SELECT typeof(url) || ','"
                               " || typeof(type) || ',' || typeof(length) AS types"
                               " FROM enclosures WHERE article_id = %1 ORDER BY id)")
                    .arg(id))
        .toString();
}

} // namespace

void TestArticleStore::emptyValuesAreStoredAsBefore_data()
{
    QTest::addColumn<Feeds::Item>("item");
    QTest::addColumn<QString>("content");    // ContentTypes
    QTest::addColumn<QString>("updated");    // of the article stored, then of it updated
    QTest::addColumn<QString>("stories");    // story_link, story_title of the article stored
    QTest::addColumn<QString>("enclosures"); // url, type, length of each

    const QString bare =
        QStringLiteral("text,null,text,null,null,null,null,null,null,null,null,null,null");
    QTest::newRow("a guid alone") << makeItem("urn:x:1", {}, {}) << bare
                                  << QStringLiteral("null,integer") << QStringLiteral("null,null")
                                  << QString();

    Feeds::Item empty =
        makeItem("  urn:x:1  ", QStringLiteral(" "), QStringLiteral(""), QStringLiteral(""));
    empty.author = QStringLiteral("");
    empty.summary = QStringLiteral("");
    empty.commentsUrl = QStringLiteral("");
    empty.commentFeedUrl = QStringLiteral("");
    empty.categories = {QString()};
    empty.enclosures = {{QString(), QStringLiteral("audio/ogg"), 5}};
    QTest::newRow("empty texts") << empty << bare << QStringLiteral("null,integer")
                                 << QStringLiteral("null,null") << QString();

    Feeds::Item noComments = makeItem("urn:x:1", {}, {});
    noComments.commentCount = 0;
    QTest::newRow("no comments yet")
        << noComments
        << QStringLiteral("text,null,text,null,null,null,null,null,integer,null,null,null,null")
        << QStringLiteral("null,integer") << QStringLiteral("null,null") << QString();

    Feeds::Item full = makeItem("urn:x:1", QStringLiteral("https://example.org/post"),
                                QStringLiteral("A post about the tides of the bay"),
                                QStringLiteral("<p>Body</p>"));
    full.author = QStringLiteral("Ada");
    full.summary = QStringLiteral("<p>Sum</p>");
    full.published = FirstFetch.addDays(-2);
    full.updated = FirstFetch.addDays(-1);
    full.image = QStringLiteral("https://example.org/lead.jpg");
    full.commentsUrl = QStringLiteral("https://example.org/post#comments");
    full.commentFeedUrl = QStringLiteral("https://example.org/post/feed");
    full.commentCount = 7;
    full.categories = {QStringLiteral("Tides")};
    full.enclosures = {
        {QStringLiteral("https://example.org/e.ogg"), QStringLiteral("audio/ogg"), 1234},
        {QStringLiteral("https://example.org/f.pdf"), QString(), 0}};
    QTest::newRow("every field")
        << full
        << QStringLiteral("text,text,text,text,integer,text,text,text,integer,text,blob,blob,text")
        << QStringLiteral("integer,integer") << QStringLiteral("integer,integer")
        << QStringLiteral("text,text,integer;text,null,null");
}

void TestArticleStore::emptyValuesAreStoredAsBefore()
{
    QFETCH(Feeds::Item, item);
    QFETCH(QString, content);
    QFETCH(QString, updated);
    QFETCH(QString, stories);
    QFETCH(QString, enclosures);
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    ArticleRepository articles(library.connection());

    // Stored new: the INSERT.
    const qint64 first = library.addSource(QStringLiteral("https://example.org/a"));
    const auto added = articles.store(first, makeFeed({item}), FirstFetch);
    QVERIFY2(added, qPrintable(articles.errorMessage()));
    QCOMPARE(added->added, 1);
    const qint64 id = added->addedIds.constFirst();
    QCOMPARE(storedTypes(library, ContentTypes, id), content);
    QCOMPARE(
        library.scalar(QStringLiteral("SELECT typeof(updated) FROM articles WHERE id = %1").arg(id))
            .toString(),
        updated.section(u',', 0, 0));
    QCOMPARE(library
                 .scalar(QStringLiteral("SELECT typeof(story_link) || ',' || typeof(story_title)"
                                        " FROM articles WHERE id = %1")
                             .arg(id))
                 .toString(),
             stories);
    QCOMPARE(library.scalar(QStringLiteral("SELECT title FROM articles WHERE id = %1").arg(id)),
             QVariant(item.title.isNull() ? QStringLiteral("") : item.title));
    QCOMPARE(enclosureTypes(library, id), enclosures);

    // Stored over an article of every field: the UPDATE.
    const qint64 second = library.addSource(QStringLiteral("https://example.org/b"));
    Feeds::Item before = item;
    before.id = QStringLiteral("urn:x:1");
    before.link = QStringLiteral("https://example.org/earlier");
    before.title = QStringLiteral("Earlier");
    before.author = QStringLiteral("Someone");
    before.summary = QStringLiteral("<p>Earlier summary</p>");
    before.content = QStringLiteral("<p>Earlier body</p>");
    before.image = QStringLiteral("https://example.org/earlier.jpg");
    before.published = FirstFetch.addDays(-3);
    before.commentsUrl = QStringLiteral("https://example.org/earlier#comments");
    before.commentFeedUrl = QStringLiteral("https://example.org/earlier/feed");
    before.commentCount = 3;
    before.categories = {QStringLiteral("Earlier")};
    before.enclosures = {{QStringLiteral("https://example.org/old.mp3"), {}, 0}};
    const auto earlier = articles.store(second, makeFeed({before}), FirstFetch);
    QVERIFY2(earlier, qPrintable(articles.errorMessage()));
    const auto changed = articles.store(second, makeFeed({item}), SecondFetch);
    QVERIFY2(changed, qPrintable(articles.errorMessage()));
    QCOMPARE(changed->updated, 1);
    const qint64 updatedId = earlier->addedIds.constFirst();
    QCOMPARE(storedTypes(library, ContentTypes, updatedId), content);
    QCOMPARE(
        library
            .scalar(
                QStringLiteral("SELECT typeof(updated) FROM articles WHERE id = %1").arg(updatedId))
            .toString(),
        updated.section(u',', 1, 1));
    QCOMPARE(enclosureTypes(library, updatedId), enclosures);
    QVERIFY(catchUpSearchIndex(library.filePath()));
    QVERIFY2(indexFaults(library).isEmpty(), qPrintable(indexFaults(library)));
}

void TestArticleStore::enclosuresAreReplacedOnUpdate()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    Feeds::Item item = makeItem("g", {}, "Episode", "<p>x</p>");
    item.enclosures = {
        {QStringLiteral("https://example.org/low.mp3"), QStringLiteral("audio/mpeg"), 1}};
    const auto stored = articles.store(source, makeFeed({item}), FirstFetch);
    QVERIFY(stored);

    item.enclosures = {
        {QStringLiteral("https://example.org/high.mp3"), QStringLiteral("audio/mpeg"), 2}};
    QVERIFY(articles.store(source, makeFeed({item}), SecondFetch));
    const auto article = articles.article(stored->addedIds.value(0));
    QVERIFY(article);
    QCOMPARE(article->enclosures.size(), 1);
    QCOMPARE(article->enclosures.first().url, QStringLiteral("https://example.org/high.mp3"));
    QCOMPARE(library.scalar(QStringLiteral("SELECT count(*) FROM enclosures")).toInt(), 1);
}

void TestArticleStore::removingSourceKeepsOnlyBookmarkedArticles()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source =
        library.addSource(QStringLiteral("https://example.org/feed"), QStringLiteral("Gazette"));
    const qint64 other = library.addSource(QStringLiteral("https://other.example/feed"));
    ArticleRepository articles(library.connection());
    Feeds::Item kept = makeItem("kept", {}, "Keeper", "<p>lighthouse</p>");
    Feeds::Item gone = makeItem("gone", {}, "Goner", "<p>windmill</p>");
    kept.enclosures = {{QStringLiteral("https://example.org/k.mp3"), {}, 0}};
    gone.enclosures = {{QStringLiteral("https://example.org/g.mp3"), {}, 0}};
    const auto stored = articles.store(source, makeFeed({kept, gone}), FirstFetch);
    QVERIFY(stored);
    QVERIFY(articles.store(other, makeFeed({makeItem("o", {}, "Elsewhere")}), FirstFetch));
    const qint64 keptId = stored->addedIds.at(0);
    const qint64 goneId = stored->addedIds.at(1);
    QVERIFY(articles.setBookmarked(keptId, true));

    Storage::SourceRepository sources(library.connection());
    QVERIFY(sources.remove(source));
    QVERIFY(!sources.find(source));

    QVERIFY(!articles.article(goneId));
    const auto article = articles.article(keptId);
    QVERIFY(article);
    QCOMPARE(article->row.sourceId, 0);
    QCOMPARE(article->row.sourceTitle, QStringLiteral("Gazette"));
    QCOMPARE(article->enclosures.size(), 1);
    QCOMPARE(library.scalar(QStringLiteral("SELECT count(*) FROM enclosures")).toInt(), 1);
    QVERIFY(catchUpSearchIndex(library.filePath()));
    QCOMPARE(ftsMatches(library, "windmill"), 0);
    QCOMPARE(ftsMatches(library, "lighthouse"), 1);
    QCOMPARE(indexFaults(library), QString());

    Storage::ArticleFilter bookmarks;
    bookmarks.bookmarkedOnly = true;
    const QList<Storage::ArticleRow> shown = articles.list(bookmarks);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().sourceTitle, QStringLiteral("Gazette"));
    QCOMPARE(articles.count({}), 2);
}

void TestArticleStore::storeIntoUnknownSourceChangesNothing()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    const QList<Storage::SourceFeed> feeds = {
        {source, makeFeed({makeItem("a", {}, "Fine")}), {}},
        {source + 42, makeFeed({makeItem("b", {}, "Orphan")}), {}},
    };
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("Cannot store.*FOREIGN KEY")));
    QVERIFY(!articles.storeMany(feeds, FirstFetch));
    QVERIFY(!articles.errorMessage().isEmpty());
    // One transaction: the first source's article went too.
    QCOMPARE(library.scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), 0);
}

void TestArticleStore::storeManyWritesSeveralSources()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 one = library.addSource(QStringLiteral("https://one.example/feed"));
    const qint64 two = library.addSource(QStringLiteral("https://two.example/feed"));
    ArticleRepository articles(library.connection());
    const auto result =
        articles.storeMany({{one, makeFeed({makeItem("a", {}, "A"), makeItem("b", {}, "B")}), {}},
                            {two, makeFeed({makeItem("a", {}, "A")}), {}}},
                           FirstFetch);
    QVERIFY(result);
    QCOMPARE(result->added, 3);
    Storage::ArticleFilter filter;
    filter.sourceId = two;
    QCOMPARE(articles.count(filter), 1);
}

namespace {

qint64 pageCacheBytes(const QSqlDatabase &db)
{
    int used = 0;
    int highwater = 0;
    sqlite3_db_status(Storage::nativeHandle(db), SQLITE_DBSTATUS_CACHE_USED, &used, &highwater, 0);
    return used;
}

} // namespace

void TestArticleStore::bulkWriteCacheIsTakenAndGivenBack()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const QSqlDatabase db = library.connection();
    QCOMPARE(library.scalar(QStringLiteral("PRAGMA cache_size")).toInt(), -2000);

    QVERIFY(Storage::useBulkWriteCache(db, true));
    QCOMPARE(library.scalar(QStringLiteral("PRAGMA cache_size")).toInt(),
             -Storage::BulkWriteCacheKiB);
    // Text that compresses poorly, so that the pages written outgrow SQLite's default cache.
    QRandomGenerator random(20261207);
    QList<Feeds::Item> items;
    for (int i = 0; i < 2000; ++i) {
        QString text(4000, QLatin1Char(' '));
        for (QChar &letter : text)
            letter = QLatin1Char(char('a' + random.bounded(26)));
        items.append(makeItem(QString::number(i), {}, QStringLiteral("Item %1").arg(i), text));
    }
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(db);
    QVERIFY(articles.store(source, makeFeed(items), FirstFetch));
    // The default's 2,000 KiB, give or take SQLite's bookkeeping per page.
    const qint64 defaultCacheBytes = 2000 * 1024;
    QVERIFY2(pageCacheBytes(db) > 2 * defaultCacheBytes,
             qPrintable(QString::number(pageCacheBytes(db))));

    QVERIFY(Storage::useBulkWriteCache(db, false));
    QCOMPARE(library.scalar(QStringLiteral("PRAGMA cache_size")).toInt(), -2000);
    QVERIFY2(pageCacheBytes(db) <= defaultCacheBytes * 11 / 10,
             qPrintable(QString::number(pageCacheBytes(db))));
    QCOMPARE(articles.count(Storage::ArticleFilter()), 2000);
}

void TestArticleStore::pageSizeStaysAsCreated_data()
{
    QTest::addColumn<int>("createdWith"); // 0: by Tidings
    QTest::addColumn<int>("pageSize");

    QTest::newRow("new library: large pages") << 0 << Storage::LibraryPageSize;
    QTest::newRow("library from before: its own pages") << 4096 << 4096;
}

void TestArticleStore::pageSizeStaysAsCreated()
{
    QFETCH(int, createdWith);
    QFETCH(int, pageSize);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("library.sqlite"));
    if (createdWith != 0) {
        // An empty database whose first page is written, as a library's is by its first open.
        Storage::SqliteConnection file(path, Storage::SqliteConnection::Mode::Create);
        QVERIFY(file.execute("PRAGMA page_size = " + QByteArray::number(createdWith) +
                             "; CREATE TABLE t (x); DROP TABLE t;"));
    }
    for (int open = 0; open < 2; ++open) {
        Storage::Database library(path);
        QVERIFY2(library.open(), qPrintable(library.errorMessage()));
        QSqlQuery query(library.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
        QCOMPARE(query.value(0).toInt(), pageSize);
        const qint64 source =
            Storage::SourceRepository(library.connection())
                .add({QUrl(QStringLiteral("https://example.org/%1").arg(open)), {}, {}, 0})
                .id;
        QVERIFY(
            ArticleRepository(library.connection())
                .store(source, makeFeed({makeItem(QString::number(open), {}, "A")}), FirstFetch));
    }
}

void TestArticleStore::sqliteCountsNoMemory()
{
    // Its count of memory in use, kept under one lock that every connection of the process
    // takes on each allocation, is off from the first connection on (configureSqliteLibrary()).
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    QVERIFY(ArticleRepository(library.connection())
                .store(source, makeFeed({makeItem("a", {}, "A")}), FirstFetch));
    QCOMPARE(sqlite3_memory_used(), 0);
    QCOMPARE(sqlite3_memory_highwater(0), 0);
}

void TestArticleStore::onlyNewAndChangedItemsArePrepared()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    QVERIFY(articles.store(
        source,
        makeFeed({makeItem("a", {}, "A", "<p>One</p>"), makeItem("b", {}, "B", "<p>Two</p>")}),
        FirstFetch));

    const QList<Feeds::Item> items = {makeItem("a", {}, "A", "<p>One</p>"),
                                      makeItem("b", {}, "B", "<p>Two, revised</p>"),
                                      makeItem("c", {}, "C", "<p>Three</p>")};
    const std::optional<Storage::StoredHashes> stored = articles.storedHashes(source, items);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    const QList<Storage::PreparedArticle> prepared = Storage::prepareArticles(items, *stored);
    QCOMPARE(prepared.size(), 3);
    QCOMPARE(prepared.at(0).identity, QStringLiteral("g:a"));
    QVERIFY(!prepared.at(0).ready);
    QVERIFY(prepared.at(1).ready);
    QVERIFY(prepared.at(2).ready);
    QCOMPARE(prepared.at(2).text, QStringLiteral("Three"));

    const auto result = articles.storeMany({{source, makeFeed(items), prepared}}, SecondFetch);
    QVERIFY(result);
    QCOMPARE(result->unchanged, 1);
    QCOMPARE(result->updated, 1);
    QCOMPARE(result->added, 1);
}

// The refresh prepares items on another thread before storing; the articles must come out as
// if they had been prepared while storing, even when the preparation was out of date.
void TestArticleStore::articlesPreparedAheadAreStoredAlike()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 ahead = library.addSource(QStringLiteral("https://ahead.example/feed"));
    const qint64 inPlace = library.addSource(QStringLiteral("https://inplace.example/feed"));
    ArticleRepository articles(library.connection());
    QList<Feeds::Item> items = {
        makeItem("a", {}, "Harbour opens", "<p>The <b>harbour</b> opens at dawn.</p>"),
        makeItem("b", {}, "Ferry late", "<p>The ferry is late again.</p>")};
    items[1].summary = QStringLiteral("<p>Late ferry.</p>");
    items[1].enclosures.append(
        {QStringLiteral("https://cdn.example/ferry.jpg"), QStringLiteral("image/jpeg"), 1200});
    const QList<Storage::PreparedArticle> prepared = Storage::prepareArticles(items, {});

    QVERIFY(articles.storeMany({{ahead, makeFeed(items), prepared}, {inPlace, makeFeed(items), {}}},
                               FirstFetch));
    QVERIFY(catchUpSearchIndex(library.filePath()));
    // The texts handed to the indexer in memory are those the triggers would take out again.
    QCOMPARE(indexFaults(library), QString());
    for (const char *search : {"harbour", "ferry", "dawn", "late"}) {
        Storage::ArticleFilter filter;
        filter.search = QString::fromLatin1(search);
        filter.sourceId = ahead;
        const QList<Storage::ArticleRow> preparedRows = articles.list(filter);
        filter.sourceId = inPlace;
        const QList<Storage::ArticleRow> inPlaceRows = articles.list(filter);
        QCOMPARE(preparedRows.size(), 1);
        QCOMPARE(inPlaceRows.size(), 1);
        QCOMPARE(preparedRows.first().title, inPlaceRows.first().title);
        QCOMPARE(preparedRows.first().excerpt, inPlaceRows.first().excerpt);
        QCOMPARE(preparedRows.first().imageUrl, inPlaceRows.first().imageUrl);
        const auto one = articles.article(preparedRows.first().id);
        const auto other = articles.article(inPlaceRows.first().id);
        QVERIFY(one && other);
        QCOMPARE(one->content, other->content);
        QCOMPARE(one->summary, other->summary);
    }

    // Prepared as new, but stored by now: nothing is written twice.
    const auto again = articles.storeMany({{ahead, makeFeed(items), prepared}}, SecondFetch);
    QVERIFY(again);
    QCOMPARE(again->unchanged, 2);
    QCOMPARE(again->added, 0);
}

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
