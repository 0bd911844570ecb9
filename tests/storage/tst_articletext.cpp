// How articles' long texts are stored: compressed HTML, a short excerpt, and a contentless
// full-text index kept exact by the SQL function tidings_article_text().

#include "searchindexcheck.h"
#include "storage/articlerepository.h"
#include "storage/articletext.h"
#include "storage/sourcerepository.h"
#include "temporarylibrary.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

#include <iterator>

using Storage::ArticleRepository;
using TestSupport::catchUpSearchIndex;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC);

QVariant articleColumn(const TemporaryLibrary &library, qint64 id, const char *expression)
{
    QSqlQuery query(library.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(QLatin1String(expression)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

// Rows of the index that match \a expression: a stale term left by an inexact delete shows here.
int ftsMatches(const TemporaryLibrary &library, const QString &expression)
{
    QSqlQuery query(library.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"));
    query.addBindValue(expression);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Documents the index still lists for \a term, whatever the articles say.
int indexedDocuments(const TemporaryLibrary &library, const QString &term)
{
    QSqlQuery query(library.connection());
    query.prepare(
        QStringLiteral("SELECT coalesce(sum(doc), 0) FROM temp.fts_terms WHERE term = ?"));
    query.addBindValue(term);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString longHtml(const QString &word, int paragraphs)
{
    QString html;
    for (int i = 0; i < paragraphs; ++i)
        html += QStringLiteral("<p>Paragraph %1 about the %2, with <b>some</b> markup.</p>")
                    .arg(i)
                    .arg(word);
    return html;
}

// Deterministic text of \a paragraphs paragraphs, varied enough that it compresses like prose.
QString variedHtml(int paragraphs)
{
    static const char16_t *const words[] = {
        u"harbour",      u"tide",          u"K\u00f6ln",
        u"\u6d77\u5cb8", u"\u00e9t\u00e9", u"wave",
        u"\U0001F30A",   u"pier",          u"\u0441\u0435\u0432\u0435\u0440",
        u"gull"};
    quint32 state = 2026;
    QString html;
    for (int p = 0; p < paragraphs; ++p) {
        html += QLatin1String("<p>");
        for (int w = 0; w < 40; ++w) {
            state = state * 1664525u + 1013904223u;
            html += QStringView(words[(state >> 24) % std::size(words)]);
            html += QLatin1Char(state % 7 == 0 ? ',' : ' ');
        }
        html += QLatin1String("</p>\n");
    }
    return html;
}

// Texts that compress() must keep exactly, from nothing to several megabytes.
void addTextRows()
{
    QTest::addColumn<QString>("html");

    QTest::newRow("empty") << QString();
    QTest::newRow("one letter") << QStringLiteral("a");
    QTest::newRow("short") << QStringLiteral("<p>Fish &amp; chips</p>");
    QTest::newRow("long") << longHtml(QStringLiteral("estuary"), 400);
    QTest::newRow("not ASCII") << QString::fromUcs4(
        U"<p>caf\u00e9 \u6f6e \U0001F4F0 na\u00efve</p>");
    QTest::newRow("byte order mark first") << QStringLiteral("\uFEFF<p>marked</p>");
    QTest::newRow("huge") << variedHtml(10'000);
}

QString breakwaterHtml()
{
    return longHtml(QStringLiteral("breakwater"), 50);
}

// \a bytes with the length header of the qCompress() format replaced by \a length.
QByteArray withLengthHeader(QByteArray bytes, quint32 length)
{
    qToBigEndian(length, bytes.data());
    return bytes;
}
} // namespace

class TestArticleText final : public QObject
{
    Q_OBJECT

private slots:
    void excerptSourceCountsCodePoints_data();
    void excerptSourceCountsCodePoints();
    void longTextsAreStoredCompressed();
    void emptyTextsAreStoredAsNull();
    void damagedColumnsReadAsEmpty();
    void compressionRoundTrips_data();
    void compressionRoundTrips();
    void oldZlibDataDecompresses_data();
    void oldZlibDataDecompresses();
    void inexactLengthHeadersStillRead_data();
    void inexactLengthHeadersStillRead();
    void damagedDataReadsAsEmpty_data();
    void damagedDataReadsAsEmpty();
    void sqlFunctionRecomputesTheIndexedText_data();
    void sqlFunctionRecomputesTheIndexedText();
    void furtherConnectionsHaveTheFunction();
    void noStaleTermsAfterUpdatesAndDeletes();
};

void TestArticleText::excerptSourceCountsCodePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QString letters(300, QLatin1Char('x'));
    QTest::newRow("short text is kept whole") << QStringLiteral("ab c") << QStringLiteral("ab c");
    QTest::newRow("long text is cut at 240") << letters << letters.left(240);
    // U+1F4F0 (newspaper) is one code point in two UTF-16 units, as SQLite's substr() counts.
    const QString newspaper = QString::fromUcs4(U"\U0001F4F0");
    QString pairs;
    for (int i = 0; i < 250; ++i)
        pairs += newspaper;
    QTest::newRow("surrogate pairs count once") << pairs << pairs.left(480);
    QTest::newRow("pair at the cut is not split")
        << QString(239, QLatin1Char('y')) + newspaper + QStringLiteral("tail")
        << QString(239, QLatin1Char('y')) + newspaper;
    QTest::newRow("empty") << QString() << QString();
}

void TestArticleText::excerptSourceCountsCodePoints()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Storage::ArticleText::excerptSource(text), expected);
}

void TestArticleText::longTextsAreStoredCompressed()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    Feeds::Item item = makeItem("g", {}, "Tides", longHtml(QStringLiteral("estuary"), 60));
    item.summary = longHtml(QStringLiteral("sandbank"), 10);
    const auto stored = articles.store(source, makeFeed({item}), Now);
    QVERIFY(stored);
    const qint64 id = stored->addedIds.value(0);

    QCOMPARE(articleColumn(library, id, "typeof(summary)").toString(), QStringLiteral("blob"));
    QCOMPARE(articleColumn(library, id, "typeof(content)").toString(), QStringLiteral("blob"));
    QVERIFY(articleColumn(library, id, "length(content)").toInt() < item.content.size() / 4);
    const QString plain = Storage::ArticleText::plainText(item.summary, item.content);
    QVERIFY(plain.startsWith(QLatin1String("Paragraph 0 about the estuary")));
    QCOMPARE(articleColumn(library, id, "excerpt").toString(), plain.left(240));

    const auto article = articles.article(id);
    QVERIFY(article);
    QCOMPARE(article->summary, item.summary);
    QCOMPARE(article->content, item.content);
    QCOMPARE(article->fullContent, QString());
    QVERIFY(article->row.excerpt.startsWith(QLatin1String("Paragraph 0 about the estuary")));
}

void TestArticleText::emptyTextsAreStoredAsNull()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    const auto stored = articles.store(source, makeFeed({makeItem("g", {}, "Bare")}), Now);
    QVERIFY(stored);
    const qint64 id = stored->addedIds.value(0);
    for (const char *column : {"summary", "content", "full_content", "excerpt"})
        QVERIFY2(articleColumn(library, id, column).isNull(), column);
    QVERIFY(articleColumn(library, id, "tidings_article_text(summary, content)").isNull());
}

void TestArticleText::damagedColumnsReadAsEmpty()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    const auto stored = articles.store(
        source, makeFeed({makeItem("g", {}, "Garbled", QStringLiteral("<p>fine</p>"))}), Now);
    QVERIFY(stored);
    const qint64 id = stored->addedIds.value(0);

    // Not written by compress(): bytes too short, and a length header with no zlib data. Qt
    // warns once for each damaged stream it is given.
    for (int i = 0; i < 3; ++i)
        QTest::ignoreMessage(QtWarningMsg, "qUncompress: Input data is corrupted");
    QSqlQuery query(library.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT tidings_article_text(x'01', x'00000010ffffffff'),"
                                      " tidings_article_text('text', 42)")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).isNull());
    QVERIFY(query.value(1).isNull());
    QCOMPARE(Storage::ArticleText::decompress(QVariant(QByteArray("\x00\x00\x00\x08zz", 6))),
             QString());

    QVERIFY(query.exec(QStringLiteral("UPDATE articles SET full_content = x'00000100aabbcc'")));
    const auto article = articles.article(id);
    QVERIFY(article);
    QCOMPARE(article->fullContent, QString());
    QCOMPARE(article->content, QStringLiteral("<p>fine</p>"));
}

void TestArticleText::compressionRoundTrips_data()
{
    addTextRows();
}

void TestArticleText::compressionRoundTrips()
{
    QFETCH(QString, html);
    const QVariant stored = Storage::ArticleText::compress(html);
    QCOMPARE(stored.isNull(), html.isEmpty());
    QCOMPARE(Storage::ArticleText::decompress(stored), html);
    if (html.isEmpty())
        return;
    // The qCompress() format, so that the zlib path of older versions reads it too.
    const QByteArray bytes = stored.toByteArray();
    const QByteArray utf8 = html.toUtf8();
    QCOMPARE(qFromBigEndian<quint32>(bytes.constData()), quint32(utf8.size()));
    QCOMPARE(qUncompress(bytes), utf8);
}

void TestArticleText::oldZlibDataDecompresses_data()
{
    addTextRows();
}

void TestArticleText::oldZlibDataDecompresses()
{
    QFETCH(QString, html);
    if (html.isEmpty())
        QSKIP("empty texts are stored as NULL");
    // Level 1 is what libraries written with zlib hold; the default level must read as well.
    for (const int level : {1, -1})
        QCOMPARE(Storage::ArticleText::decompress(QVariant(qCompress(html.toUtf8(), level))), html);
}

void TestArticleText::inexactLengthHeadersStillRead_data()
{
    QTest::addColumn<quint32>("header");

    const auto length = quint32(breakwaterHtml().toUtf8().size());
    QTest::newRow("one byte more") << length + 1;
    QTest::newRow("twice as much") << 2 * length;
    QTest::newRow("one byte less") << length - 1;
    QTest::newRow("zero") << 0u;
}

// The header is only a hint to qUncompress(), which older versions read columns with.
void TestArticleText::inexactLengthHeadersStillRead()
{
    QFETCH(quint32, header);
    const QByteArray stored = Storage::ArticleText::compress(breakwaterHtml()).toByteArray();
    QCOMPARE(Storage::ArticleText::decompress(QByteArrayView(withLengthHeader(stored, header))),
             breakwaterHtml());
}

void TestArticleText::damagedDataReadsAsEmpty_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<bool>("zlibWarns");

    const QByteArray valid =
        Storage::ArticleText::compress(longHtml(QStringLiteral("shoal"), 50)).toByteArray();
    QByteArray flipped = valid;
    flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x5a);

    QTest::newRow("cut in half") << valid.left(valid.size() / 2) << true;
    QTest::newRow("checksum cut off") << valid.chopped(4) << true;
    QTest::newRow("a byte changed") << flipped << true;
    QTest::newRow("garbage after the header") << withLengthHeader(QByteArray(64, 'x'), 100) << true;
    QTest::newRow("header and one byte") << QByteArray("\x00\x00\x00\x10\x78", 5) << true;
    QTest::newRow("header only") << QByteArray("\x00\x00\x00\x10", 4) << false;
    QTest::newRow("header claims 4 GB") << withLengthHeader(valid, 0xffffffffu) << false;
    QTest::newRow("nothing") << QByteArray() << false;
    // Checksums that match but bytes no QString writes: damage that Adler-32 missed.
    QTest::newRow("Latin-1 bytes") << qCompress(QByteArray("caf\xe9 cr\xe8me")) << false;
    QTest::newRow("a sequence cut short") << qCompress(QByteArray("tide \xe6\xbd")) << false;
    QTest::newRow("a stray continuation byte") << qCompress(QByteArray("\xbd\xef\xbf")) << false;
}

void TestArticleText::damagedDataReadsAsEmpty()
{
    QFETCH(QByteArray, stored);
    QFETCH(bool, zlibWarns);
    if (zlibWarns)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^qUncompress")));
    QCOMPARE(Storage::ArticleText::decompress(QByteArrayView(stored)), QString());
}

void TestArticleText::sqlFunctionRecomputesTheIndexedText_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("content");

    QTest::newRow("content wins") << "<p>short</p>"
                                  << "<p>The <i>long</i> story.</p>";
    QTest::newRow("summary only") << "<p>Fish &amp; chips</p>" << QString();
    QTest::newRow("content only") << QString() << "<ul><li>one</li><li>two</li></ul>";
    QTest::newRow("scripts are dropped") << QString() << "<p>a</p><script>var b;</script><p>c</p>";
    QTest::newRow("beyond the basic plane")
        << QString() << QString::fromUcs4(U"<p>caf\u00e9 \U0001F4F0 na\u00efve</p>");
    QTest::newRow("long") << longHtml(QStringLiteral("quay"), 3)
                          << longHtml(QStringLiteral("jetty"), 200);
}

void TestArticleText::sqlFunctionRecomputesTheIndexedText()
{
    QFETCH(QString, summary);
    QFETCH(QString, content);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    ArticleRepository articles(library.connection());
    Feeds::Item item = makeItem("g", {}, "T", content);
    item.summary = summary;
    const auto stored = articles.store(source, makeFeed({item}), Now);
    QVERIFY(stored);
    const QString expected = Storage::ArticleText::plainText(summary, content);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(
        articleColumn(library, stored->addedIds.value(0), "tidings_article_text(summary, content)")
            .toString(),
        expected);
}

void TestArticleText::furtherConnectionsHaveTheFunction()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    {
        QString error;
        QSqlDatabase other =
            Storage::openConnection(library.filePath(), QStringLiteral("other"), &error);
        QVERIFY2(other.isValid(), qPrintable(error));
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("SELECT tidings_article_text(NULL, NULL)")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).isNull());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

// Deletes from a contentless index need the exact indexed values; any mismatch would leave the
// old terms behind. After every kind of change only the current texts may be found.
void TestArticleText::noStaleTermsAfterUpdatesAndDeletes()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    QSqlQuery vocabulary(library.connection());
    QVERIFY(vocabulary.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(search, articles_fts, 'row')")));
    const qint64 source = library.addSource(QStringLiteral("https://example.org/feed"));
    const qint64 other = library.addSource(QStringLiteral("https://example.org/other"));
    ArticleRepository articles(library.connection());

    Feeds::Item byContent = makeItem("c", {}, "Lantern", longHtml(QStringLiteral("walrus"), 30));
    Feeds::Item bySummary = makeItem("s", {}, "Compass");
    bySummary.summary = QStringLiteral("<p>The albatross circles.</p>");
    Feeds::Item byTitle = makeItem("t", {}, "Quillfeather", QStringLiteral("<p>steady</p>"));
    byTitle.author = QStringLiteral("Ottoline Brack");
    Feeds::Item doomed = makeItem("d", {}, "Gone", QStringLiteral("<p>pelican</p>"));
    QVERIFY(articles.store(source, makeFeed({byContent, bySummary, byTitle}), Now));
    QVERIFY(articles.store(other, makeFeed({doomed}), Now));
    QVERIFY(catchUpSearchIndex(library.filePath()));
    for (const char *term : {"walrus", "albatross", "quillfeather", "brack", "pelican"})
        QVERIFY2(indexedDocuments(library, QLatin1String(term)) == 1, term);

    byContent.content = longHtml(QStringLiteral("narwhal"), 30);
    bySummary.summary = QStringLiteral("<p>The cormorant dives.</p>");
    byTitle.title = QStringLiteral("Inkwell");
    byTitle.author = QStringLiteral("Ottoline Varga");
    const auto updated =
        articles.store(source, makeFeed({byContent, bySummary, byTitle}), Now.addSecs(60));
    QVERIFY(updated);
    QCOMPARE(updated->updated, 3);
    Storage::SourceRepository sources(library.connection());
    QVERIFY(sources.remove(other));
    QVERIFY(catchUpSearchIndex(library.filePath()));

    for (const char *gone : {"walrus", "albatross", "quillfeather", "brack", "pelican"}) {
        QVERIFY2(ftsMatches(library, QLatin1String(gone)) == 0, gone);
        QVERIFY2(indexedDocuments(library, QLatin1String(gone)) == 0, gone);
    }
    for (const char *present : {"narwhal", "cormorant", "inkwell", "varga", "ottoline", "steady"})
        QVERIFY2(ftsMatches(library, QLatin1String(present)) == 1, present);
    QCOMPARE(indexedDocuments(library, QStringLiteral("paragraph")), 1);

    Storage::ArticleFilter filter;
    filter.search = QStringLiteral("narwhal");
    QCOMPARE(articles.ids(filter).size(), 1);
    filter.search = QStringLiteral("walrus");
    QCOMPARE(articles.ids(filter).size(), 0);
    QCOMPARE(TestSupport::searchIndexFaults(library.connection()), QString());
}

QTEST_GUILESS_MAIN(TestArticleText)
#include "tst_articletext.moc"
