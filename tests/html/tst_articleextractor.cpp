#include "html/articleextractor.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using Html::ArticleExtractor;
using Html::ExtractedArticle;

namespace {

const QString kArticlesDir = QStringLiteral(TIDINGS_TEST_DATA_DIR "/articles");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList readLines(const QString &path)
{
    QStringList lines;
    const QStringList raw = QString::fromUtf8(readFile(path)).split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        if (!line.trimmed().isEmpty())
            lines.append(line.simplified());
    }
    return lines;
}

// NAME.meta.txt: "key: value" lines (title, image, content-type).
QHash<QString, QString> readMeta(const QString &path)
{
    QHash<QString, QString> meta;
    for (const QString &line : readLines(path)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            meta.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return meta;
}

QUrl pageUrl(const QString &name)
{
    return QUrl(QStringLiteral("https://news.example/%1/").arg(name));
}

struct Measure
{
    double precision = 0; // share of the extracted characters that belong to expected text
    double recall = 0;    // share of the expected characters that were extracted
};

Measure measure(const QStringList &extracted, const QStringList &expected)
{
    qsizetype extractedChars = 0;
    qsizetype relevantChars = 0;
    for (const QString &line : extracted) {
        extractedChars += line.size();
        for (const QString &paragraph : expected) {
            if (paragraph.contains(line) || line.contains(paragraph)) {
                relevantChars += line.size();
                break;
            }
        }
    }
    const QString all = extracted.join(QLatin1Char('\n'));
    qsizetype expectedChars = 0;
    qsizetype foundChars = 0;
    for (const QString &paragraph : expected) {
        expectedChars += paragraph.size();
        foundChars += all.contains(paragraph) ? paragraph.size() : 0;
    }
    return {extractedChars ? double(relevantChars) / extractedChars : 0.0,
            expectedChars ? double(foundChars) / expectedChars : 0.0};
}

void verifySafe(const ExtractedArticle &article)
{
    for (const char *forbidden : {"<script", "onerror", "onload", "onclick", "<iframe", "<object",
                                  "<embed", "javascript:", "<style", "<form"}) {
        QVERIFY2(
            !article.html.contains(QLatin1String(forbidden), Qt::CaseInsensitive),
            qPrintable(
                QStringLiteral("%1 survived in: %2").arg(QLatin1String(forbidden), article.html)));
    }
}

} // namespace

class TestArticleExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void corpusHasVariedPages();
    void pages_data();
    void pages();
    void hostileMarkupNeverSurvives_data();
    void hostileMarkupNeverSurvives();
    void noArticle_data();
    void noArticle();
    void deepNestingIsRefused();
    void oversizedPageIsRefused();
    void charsetFromContentTypeWinsOverMeta();
    void relativeUrlsResolveAgainstBaseHref();
};

void TestArticleExtractor::corpusHasVariedPages()
{
    QVERIFY(QDir(kArticlesDir).entryList({QStringLiteral("*.html")}, QDir::Files).size() >= 20);
}

void TestArticleExtractor::pages_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files =
        QDir(kArticlesDir).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestArticleExtractor::pages()
{
    QFETCH(QString, name);
    const QString base = kArticlesDir + QLatin1Char('/') + name;
    const QStringList expected = readLines(base + QStringLiteral(".expected.txt"));
    const QStringList boilerplate = readLines(base + QStringLiteral(".boilerplate.txt"));
    const QHash<QString, QString> meta = readMeta(base + QStringLiteral(".meta.txt"));
    QVERIFY(!expected.isEmpty());
    QVERIFY(!boilerplate.isEmpty());

    const ExtractedArticle article =
        ArticleExtractor::extract(readFile(base + QStringLiteral(".html")), pageUrl(name),
                                  meta.value(QStringLiteral("content-type")).toLatin1());
    QVERIFY2(article.ok, qPrintable(article.error));
    QVERIFY(article.error.isEmpty());
    const QStringList lines = article.text.split(QLatin1Char('\n'));
    for (const QString &paragraph : expected)
        QVERIFY2(
            article.text.contains(paragraph),
            qPrintable(QStringLiteral("missing: %1\n--- got:\n%2").arg(paragraph, article.text)));
    for (const QString &line : boilerplate)
        QVERIFY2(
            !article.text.contains(line),
            qPrintable(QStringLiteral("boilerplate: %1\n--- got:\n%2").arg(line, article.text)));
    if (meta.contains(QStringLiteral("title")))
        QCOMPARE(article.title, meta.value(QStringLiteral("title")));
    if (meta.contains(QStringLiteral("image")))
        QCOMPARE(article.leadImageUrl, meta.value(QStringLiteral("image")));
    // Every paragraph is in the HTML too, as text of the sanitized content.
    QVERIFY(!article.html.isEmpty());
    verifySafe(article);

    const Measure result = measure(lines, expected);
    qInfo("%s: precision %.3f recall %.3f", qPrintable(name), result.precision, result.recall);
    QCOMPARE(result.recall, 1.0);
    QVERIFY2(result.precision >= 0.85, qPrintable(article.text));
}

void TestArticleExtractor::hostileMarkupNeverSurvives_data()
{
    QTest::addColumn<QByteArray>("hostile");
    QTest::newRow("script in a paragraph")
        << QByteArray("<p>Before <script>alert(1)</script> after.</p>");
    QTest::newRow("script between paragraphs") << QByteArray("<script>document.cookie</script>");
    QTest::newRow("onerror on an image") << QByteArray("<p><img src=x onerror=alert(1)> text</p>");
    QTest::newRow("onload on svg") << QByteArray("<svg onload=alert(1)><circle r=4/></svg>");
    QTest::newRow("iframe") << QByteArray("<iframe src=\"https://evil.example/x\"></iframe>");
    QTest::newRow("object and embed")
        << QByteArray("<object data=\"x.swf\"><embed src=\"x.swf\"></object>");
    QTest::newRow("javascript link")
        << QByteArray("<p><a href=\"javascript:alert(1)\">click me please</a> now.</p>");
    QTest::newRow("style element") << QByteArray("<style>body{display:none}</style>");
    QTest::newRow("form") << QByteArray("<form action=\"/steal\"><input name=p></form>");
    QTest::newRow("onclick on a paragraph")
        << QByteArray("<p onclick=\"alert(1)\">A paragraph that wants to be clicked.</p>");
}

void TestArticleExtractor::hostileMarkupNeverSurvives()
{
    QFETCH(QByteArray, hostile);
    const QByteArray paragraph =
        "<p>The lighthouse was painted red and white in stripes, so that sailors could tell it "
        "apart from the one on the next headland, which was plain white.</p>";
    const QByteArray page = "<html><body><div class=\"article-body\">" + paragraph + hostile +
                            paragraph + hostile + paragraph + "</div></body></html>";
    const ExtractedArticle article =
        ArticleExtractor::extract(page, QUrl(QStringLiteral("https://news.example/a")));
    QVERIFY2(article.ok, qPrintable(article.error));
    QVERIFY(article.text.contains(QLatin1String("painted red and white")));
    QVERIFY(!article.text.contains(QLatin1String("alert")));
    QVERIFY(!article.text.contains(QLatin1String("cookie")));
    verifySafe(article);
}

void TestArticleExtractor::noArticle_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t ");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("only links") << QByteArray(
        "<html><body><ul><li><a href=/a>First link of the portal page</a></li>"
        "<li><a href=/b>Second link of the portal page</a></li>"
        "<li><a href=/c>Third link of the portal page here</a></li></ul>"
        "</body></html>");
    QTest::newRow("short text") << QByteArray("<html><body><p>Hello.</p></body></html>");
    QTest::newRow("only a script")
        << QByteArray("<html><body><script>var text = 'A long sentence, with commas, that "
                      "lives in a script and must never be taken for the article, ever, at "
                      "all, under any circumstances, whatever the page says.';</script>"
                      "</body></html>");
}

void TestArticleExtractor::noArticle()
{
    QFETCH(QByteArray, page);
    const ExtractedArticle article =
        ArticleExtractor::extract(page, QUrl(QStringLiteral("https://news.example/")));
    QVERIFY(!article.ok);
    QVERIFY(!article.error.isEmpty());
    QVERIFY(article.html.isEmpty());
    QVERIFY(article.text.isEmpty());
}

void TestArticleExtractor::deepNestingIsRefused()
{
    const QByteArray page = "<html><body>" + QByteArray("<div>").repeated(50'000) + "</body>";
    const ExtractedArticle article =
        ArticleExtractor::extract(page, QUrl(QStringLiteral("https://news.example/")));
    QVERIFY(!article.ok);
    const ExtractedArticle empty =
        ArticleExtractor::extract("<p>x</p>", QUrl(QStringLiteral("https://news.example/")));
    QVERIFY(!article.error.isEmpty());
    QVERIFY(article.error != empty.error); // says why, not just "no article"
}

void TestArticleExtractor::oversizedPageIsRefused()
{
    const QByteArray page(ArticleExtractor::MaxPageBytes + 1, 'a');
    const ExtractedArticle article =
        ArticleExtractor::extract(page, QUrl(QStringLiteral("https://news.example/")));
    QVERIFY(!article.ok);
    QVERIFY(article.error.contains(QLatin1String("MB")));
}

void TestArticleExtractor::charsetFromContentTypeWinsOverMeta()
{
    // "Привет, мир" and more in windows-1251, while the page claims ISO-8859-1.
    const QString russian = QStringLiteral(
        "\u041f\u0440\u0438\u0432\u0435\u0442, \u043c\u0438\u0440! "
        "\u042d\u0442\u043e \u0434\u043b\u0438\u043d\u043d\u044b\u0439 "
        "\u0430\u0431\u0437\u0430\u0446, "
        "\u043d\u0430\u043f\u0438\u0441\u0430\u043d\u043d\u044b\u0439 \u0434\u043b\u044f "
        "\u043f\u0440\u043e\u0432\u0435\u0440\u043a\u0438 "
        "\u043a\u043e\u0434\u0438\u0440\u043e\u0432\u043a\u0438.");
    // windows-1251 puts U+0410..U+044F at 0xC0..0xFF.
    QByteArray body;
    for (const QChar c : russian)
        body += c.unicode() >= 0x410 ? char(0xC0 + (c.unicode() - 0x410)) : char(c.unicode());
    const QByteArray page = "<html><head><meta charset=\"iso-8859-1\"></head><body><div><p>" +
                            body + "</p><p>" + body + "</p><p>" + body + "</p></div></body></html>";
    const ExtractedArticle article = ArticleExtractor::extract(
        page, QUrl(QStringLiteral("https://news.example/ru")), "text/html; charset=windows-1251");
    QVERIFY2(article.ok, qPrintable(article.error));
    QVERIFY2(article.text.contains(russian), qPrintable(article.text));
}

void TestArticleExtractor::relativeUrlsResolveAgainstBaseHref()
{
    const QByteArray page =
        "<html><head><base href=\"https://cdn.example/media/\"></head><body><article>"
        "<p><img src=\"pic.jpg\" width=\"600\" height=\"400\"> The lighthouse was painted red "
        "and white in stripes, so that sailors could tell it apart from the others.</p>"
        "<p>Its keeper, a patient man, wrote <a href=\"../log.html\">a log</a> every day, "
        "noting ships, storms, and the birds that rested on the gallery rail.</p>"
        "</article></body></html>";
    const ExtractedArticle article =
        ArticleExtractor::extract(page, QUrl(QStringLiteral("https://news.example/a/b")));
    QVERIFY2(article.ok, qPrintable(article.error));
    QVERIFY2(article.html.contains(QLatin1String("https://cdn.example/media/pic.jpg")),
             qPrintable(article.html));
    QVERIFY2(article.html.contains(QLatin1String("https://cdn.example/log.html")),
             qPrintable(article.html));
    QCOMPARE(article.leadImageUrl, QStringLiteral("https://cdn.example/media/pic.jpg"));
}

QTEST_APPLESS_MAIN(TestArticleExtractor)
#include "tst_articleextractor.moc"
