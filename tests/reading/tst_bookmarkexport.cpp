#include "reading/bookmarkexport.h"
#include "storage/articlerepository.h"
#include "temporarylibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestBookmarkExport final : public QObject
{
    Q_OBJECT

private slots:
    void bookmarksAsJson();
    void bookmarksAsHtmlEscapeEverything();
    void writeBookmarksPicksTheFormat_data();
    void writeBookmarksPicksTheFormat();
    void bookmarkedArticlesAreTheLibrarysBookmarks();
};

void TestBookmarkExport::bookmarksAsJson()
{
    Storage::ArticleRow dated;
    dated.title = QStringLiteral("Tides \"rise\"");
    dated.link = QStringLiteral("https://example.org/tides");
    dated.sourceTitle = QStringLiteral("Coast");
    dated.date = QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC);
    Storage::ArticleRow undated;
    undated.title = QStringLiteral("Undated");

    const QJsonArray array =
        QJsonDocument::fromJson(Reading::bookmarksToJson({dated, undated})).array();
    QCOMPARE(array.size(), 2);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("title")).toString(), dated.title);
    QCOMPARE(first.value(QLatin1String("link")).toString(), dated.link);
    QCOMPARE(first.value(QLatin1String("source")).toString(), QStringLiteral("Coast"));
    QCOMPARE(first.value(QLatin1String("date")).toString(), QStringLiteral("2024-02-29T12:00:00Z"));
    QVERIFY(array.at(1).toObject().value(QLatin1String("date")).isNull());
    QCOMPARE(Reading::bookmarksToJson({}).trimmed(), QByteArray("[\n]"));
}

void TestBookmarkExport::bookmarksAsHtmlEscapeEverything()
{
    Storage::ArticleRow row;
    row.title = QStringLiteral("<script>alert(1)</script> & more");
    row.link = QStringLiteral("https://example.org/a?b=1&c=2");
    row.sourceTitle = QStringLiteral("Quotes \"here\"");
    row.date = QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC);
    Storage::ArticleRow hostile;
    hostile.title = QStringLiteral("Click");
    hostile.link = QStringLiteral("javascript:alert(1)");

    const QString html = QString::fromUtf8(
        Reading::bookmarksToHtml({row, hostile}, QStringLiteral("My <bookmarks>")));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<title>My &lt;bookmarks&gt;</title>")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more")));
    QVERIFY(html.contains(QLatin1String("href=\"https://example.org/a?b=1&amp;c=2\"")));
    QVERIFY(html.contains(QLatin1String("<cite>Quotes &quot;here&quot;</cite>")));
    QVERIFY(html.contains(QLatin1String("datetime=\"2024-01-02T03:04:00Z\"")));
    QVERIFY(!html.contains(QLatin1String("javascript:")));
    QVERIFY(html.contains(QLatin1String("<li>Click</li>")));
}

void TestBookmarkExport::writeBookmarksPicksTheFormat_data()
{
    QTest::addColumn<Reading::BookmarkFormat>("format");
    QTest::addColumn<QByteArray>("start");

    QTest::newRow("html: a web page titled as asked")
        << Reading::BookmarkFormat::Html << QByteArray("<!DOCTYPE html>");
    QTest::newRow("json: an array") << Reading::BookmarkFormat::Json << QByteArray("[");
}

void TestBookmarkExport::writeBookmarksPicksTheFormat()
{
    QFETCH(Reading::BookmarkFormat, format);
    QFETCH(QByteArray, start);

    Storage::ArticleRow row;
    row.title = QStringLiteral("Harbour news");
    row.link = QStringLiteral("https://example.org/harbour");
    const QByteArray bytes = Reading::writeBookmarks({row}, format, QStringLiteral("Saved"));
    QVERIFY2(bytes.startsWith(start), bytes.constData());
    QVERIFY(bytes.contains("https://example.org/harbour"));
    QCOMPARE(bytes.contains("<title>Saved</title>"), format == Reading::BookmarkFormat::Html);
}

void TestBookmarkExport::bookmarkedArticlesAreTheLibrarysBookmarks()
{
    TestSupport::TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 sourceId =
        library.addSource(QStringLiteral("https://example.org/feed"), QStringLiteral("Harbour"));
    QVERIFY(sourceId > 0);
    Storage::ArticleRepository articles(library.connection());
    const QDateTime now(QDate(2025, 5, 27), QTime(9, 0), Qt::UTC);
    const auto stored = articles.store(
        sourceId,
        TestSupport::makeFeed(
            {TestSupport::makeItem(QStringLiteral("a"), QStringLiteral("https://example.org/a"),
                                   QStringLiteral("Kept")),
             TestSupport::makeItem(QStringLiteral("b"), QStringLiteral("https://example.org/b"),
                                   QStringLiteral("Not kept"))}),
        now);
    QVERIFY(stored);
    QVERIFY(Reading::bookmarkedArticles(library.connection()).isEmpty());

    const qint64 keptId =
        library.scalar(QStringLiteral("SELECT id FROM articles WHERE title = 'Kept'")).toLongLong();
    QVERIFY(keptId > 0);
    QVERIFY(articles.setBookmarked(keptId, true, now));

    const QList<Storage::ArticleRow> rows = Reading::bookmarkedArticles(library.connection());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().title, QStringLiteral("Kept"));
    QCOMPARE(rows.constFirst().sourceTitle, QStringLiteral("Harbour"));
}

QTEST_GUILESS_MAIN(TestBookmarkExport)
#include "tst_bookmarkexport.moc"
