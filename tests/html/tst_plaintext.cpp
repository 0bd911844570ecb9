#include "html/sanitizer.h"

#include <QTest>

class TestPlainText final : public QObject
{
    Q_OBJECT

private slots:
    void toPlainText_data();
    void toPlainText();
    void firstImageUrl_data();
    void firstImageUrl();
};

void TestPlainText::toPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << -1 << QString();
    QTest::newRow("tags dropped") << QStringLiteral(
                                         "<p>Hello <b>bold</b> <a href=\"/x\">link</a></p>")
                                  << -1 << QStringLiteral("Hello bold link");
    QTest::newRow("inline tags do not split words")
        << QStringLiteral("un<b>believ</b>able") << -1 << QStringLiteral("unbelievable");
    QTest::newRow("named, decimal and hex entities decoded")
        << QStringLiteral("caf&eacute; &#8220;quoted&#x201D; &amp; more&hellip;") << -1
        << QStringLiteral("café “quoted” & more…");
    QTest::newRow("escaped markup becomes literal text")
        << QStringLiteral("&lt;b&gt; is bold") << -1 << QStringLiteral("<b> is bold");
    QTest::newRow("legacy entity without semicolon")
        << QStringLiteral("&copy 2024 &amp more") << -1 << QStringLiteral("© 2024 & more");
    QTest::newRow("unknown entity kept literally")
        << QStringLiteral("a &bogus; b") << -1 << QStringLiteral("a &bogus; b");
    QTest::newRow("block boundaries become spaces")
        << QStringLiteral("<h1>Title</h1><p>One</p><p>Two</p><ul><li>a</li><li>b</li></ul>") << -1
        << QStringLiteral("Title One Two a b");
    QTest::newRow("line break and table cells become spaces")
        << QStringLiteral("a<br>b<table><tr><td>c</td><td>d</td></tr></table>") << -1
        << QStringLiteral("a b c d");
    QTest::newRow("whitespace collapsed and trimmed")
        << QStringLiteral("  \n<p>  a \t\n b  </p>\r\n ") << -1 << QStringLiteral("a b");
    QTest::newRow("no-break spaces collapsed")
        << QStringLiteral("a&nbsp;&nbsp;b\u00A0c") << -1 << QStringLiteral("a b c");
    QTest::newRow("script and style contents skipped")
        << QStringLiteral("a<script>var x = '<p>no</p>';</script>b<style>p{}</style>c") << -1
        << QStringLiteral("abc");
    QTest::newRow("svg, template and noscript contents skipped")
        << QStringLiteral("a <svg><text>no</text></svg> b <template>no</template><noscript>no"
                          "</noscript> c")
        << -1 << QStringLiteral("a b c");
    QTest::newRow("comments skipped")
        << QStringLiteral("a<!-- hidden <p>x</p> -->b") << -1 << QStringLiteral("ab");
    QTest::newRow("lone less-than kept")
        << QStringLiteral("1 < 2 and 3 <4") << -1 << QStringLiteral("1 < 2 and 3 <4");
    QTest::newRow("cut at word boundary with ellipsis")
        << QStringLiteral("The quick brown fox jumps") << 12 << QStringLiteral("The quick…");
    QTest::newRow("no cut when it fits exactly")
        << QStringLiteral("<p>The quick brown</p>") << 15 << QStringLiteral("The quick brown");
    QTest::newRow("cut counts the ellipsis")
        << QStringLiteral("The quick brown") << 14 << QStringLiteral("The quick…");
    QTest::newRow("space right at the limit")
        << QStringLiteral("abc def ghi") << 5 << QStringLiteral("abc…");
    QTest::newRow("long word cut hard")
        << QStringLiteral("Supercalifragilistic") << 10 << QStringLiteral("Supercali…");
    QTest::newRow("trailing punctuation dropped before ellipsis")
        << QStringLiteral("Hello, world and more") << 8 << QStringLiteral("Hello…");
    QTest::newRow("counts characters, not bytes")
        << QStringLiteral("ééééé ééééé") << 8 << QStringLiteral("ééééé…");
    QTest::newRow("surrogate pair never split")
        << QStringLiteral("\U0001F600\U0001F600\U0001F600") << 4 << QStringLiteral("\U0001F600…");
    QTest::newRow("zero characters") << QStringLiteral("text") << 0 << QString();
    QTest::newRow("negative means no cut")
        << QStringLiteral("a b c d e f g") << -5 << QStringLiteral("a b c d e f g");
    QTest::newRow("long input stops early but cuts correctly")
        << QStringLiteral("word ").repeated(100000) << 20 << QStringLiteral("word word word word…");
}

void TestPlainText::toPlainText()
{
    QFETCH(QString, html);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    const QString text = Html::toPlainText(html, maxChars);
    QCOMPARE(text, expected);
    if (maxChars >= 0)
        QVERIFY(text.size() <= maxChars);
}

void TestPlainText::firstImageUrl_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no image") << QStringLiteral("<p>text</p>") << QString();
    QTest::newRow("first image")
        << QStringLiteral("<p><img src=\"https://a.test/1.jpg\"><img src=\"https://a.test/2.jpg\">")
        << QStringLiteral("https://a.test/1.jpg");
    QTest::newRow("small icons skipped")
        << QStringLiteral("<img src=\"https://a.test/icon.png\" width=\"16\" height=\"16\">"
                          "<img src=\"https://a.test/photo.jpg\" width=\"800\">")
        << QStringLiteral("https://a.test/photo.jpg");
    QTest::newRow("data URL skipped")
        << QStringLiteral(
               "<img src=\"data:image/png;base64,iVBO\"><img src=\"http://a.test/p.png\">")
        << QStringLiteral("http://a.test/p.png");
    QTest::newRow("escaped ampersand decoded")
        << QStringLiteral("<img src=\"https://a.test/p?w=1&amp;h=2\">")
        << QStringLiteral("https://a.test/p?w=1&h=2");
    QTest::newRow("works on sanitizer output")
        << Html::sanitize(QStringLiteral("<img src=\"/p.jpg\" width=\"1\" height=\"1\">"
                                         "<figure><img src=\"/big.jpg\"></figure>"),
                          QUrl(QStringLiteral("https://a.test/x/")))
        << QStringLiteral("https://a.test/big.jpg");
}

void TestPlainText::firstImageUrl()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(Html::firstImageUrl(html), expected);
}

QTEST_APPLESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
