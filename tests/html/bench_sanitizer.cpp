// Throughput of the sanitizer on a generated ~1 MB article; MB/s = 1.0 / (msecs per iteration)
// * 1000 * size in MB (the size is printed first). gumboParse is the bare gumbo parse of the
// same input, kept for comparison because it motivated the hand-written tokenizer.
#include "html/sanitizer.h"
#include "text/plaintext.h"

#include <QTest>

#include <gumbo.h>

namespace {

QString generateArticle(qsizetype targetBytes)
{
    QString html;
    html.reserve(targetBytes + 1024);
    for (int i = 0; html.size() < targetBytes; ++i) {
        html += QStringLiteral("<p>Paragraph %1 with <a href=\"/path/to/page?x=1&amp;y=%1\">a "
                               "link</a>, some <em>emphasis</em>, &ldquo;quotes&rdquo; &amp; a "
                               "sentence that runs on like a real article body does.</p>\n")
                    .arg(i);
        if (i % 10 == 0) {
            html += QStringLiteral("<figure class=\"wide\"><img src=\"images/p%1.jpg\" "
                                   "alt=\"Picture %1\" width=\"640\" height=\"480\" "
                                   "style=\"border:0\"><figcaption>Caption</figcaption></figure>\n"
                                   "<ul><li>one</li><li>two <b>bold</b></li></ul>\n"
                                   "<div class=\"ad\"><script>track(%1);</script></div>\n")
                        .arg(i);
        }
    }
    return html;
}

} // namespace

class BenchSanitizer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sanitize();
    void sanitizePlainText();
    void toPlainText();
    void toPlainTextExcerpt();
    void gumboParse();

private:
    QString m_article;
    QUrl m_base{QStringLiteral("https://example.org/blog/post/")};
};

void BenchSanitizer::initTestCase()
{
    m_article = generateArticle(1024 * 1024);
    qInfo("article: %lld bytes of UTF-8", qlonglong(m_article.toUtf8().size()));
}

void BenchSanitizer::sanitize()
{
    QString result;
    QBENCHMARK
    {
        result = Html::sanitize(m_article, m_base);
    }
    QVERIFY(result.size() > m_article.size() / 2);
}

void BenchSanitizer::sanitizePlainText()
{
    const QString text =
        QStringLiteral("Just a sentence of plain text without markup. ").repeated(1024 * 1024 / 47);
    QString result;
    QBENCHMARK
    {
        result = Html::sanitize(text, m_base);
    }
    QVERIFY(!result.isEmpty());
}

void BenchSanitizer::toPlainText()
{
    QString result;
    QBENCHMARK
    {
        result = Text::PlainText::fromHtml(m_article);
    }
    QVERIFY(!result.isEmpty());
}

void BenchSanitizer::toPlainTextExcerpt()
{
    QString result;
    QBENCHMARK
    {
        result = Text::PlainText::fromHtml(m_article, {200});
    }
    QVERIFY(result.size() <= 200);
}

void BenchSanitizer::gumboParse()
{
    const QByteArray utf8 = m_article.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_DIV;
    options.max_errors = 0;
    QBENCHMARK
    {
        GumboOutput *output =
            gumbo_parse_with_options(&options, utf8.constData(), std::size_t(utf8.size()));
        gumbo_destroy_output(&options, output);
    }
}

QTEST_APPLESS_MAIN(BenchSanitizer)
#include "bench_sanitizer.moc"
