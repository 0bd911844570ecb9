#include "text/plaintext.h"

#include <QTest>

using namespace Text;

// Plain text from HTML: the article form (snippets, cards, summaries) and the feed-field form
// (titles, authors, categories), and the helpers around them.
class TestPlainText final : public QObject
{
    Q_OBJECT

private slots:
    void fromHtml_data();
    void fromHtml();
    void feedFieldFromHtml_data();
    void feedFieldFromHtml();
    void bothFormsAgree_data();
    void bothFormsAgree();
    void collapseWhitespace_data();
    void collapseWhitespace();
    void fromMaybeHtml_data();
    void fromMaybeHtml();
    void toHtml();
};

void TestPlainText::fromHtml_data()
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
    QTest::newRow("unicode spaces collapse")
        << QStringLiteral("a\u2003b\u3000c\u2028d\u202Fe\u00A0f") << -1
        << QStringLiteral("a b c d e f");
    QTest::newRow("references to spaces collapse")
        << QStringLiteral("a&#x2003;&nbsp; b") << -1 << QStringLiteral("a b");
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

void TestPlainText::fromHtml()
{
    QFETCH(QString, html);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    const QString text = PlainText::fromHtml(html, {maxChars});
    QCOMPARE(text, expected);
    if (maxChars >= 0)
        QVERIFY(text.size() <= maxChars);
}

void TestPlainText::feedFieldFromHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("inline tags join") << QStringLiteral("a<b>b</b>c") << QStringLiteral("abc");
    QTest::newRow("blocks separate")
        << QStringLiteral("<p>one</p><p>two</p>") << QStringLiteral("one two");
    QTest::newRow("br separates") << QStringLiteral("a<br>b<br/>c") << QStringLiteral("a b c");
    QTest::newRow("script dropped")
        << QStringLiteral("x<script>var a = '<p>';</script>y") << QStringLiteral("x y");
    QTest::newRow("style dropped")
        << QStringLiteral("<style>p{}</style>text") << QStringLiteral("text");
    QTest::newRow("comment dropped") << QStringLiteral("a<!-- <b> -->b") << QStringLiteral("ab");
    QTest::newRow("named references")
        << QStringLiteral("&eacute;&amp;&lt;") << QStringLiteral("\u00e9&<");
    QTest::newRow("numeric references")
        << QStringLiteral("&#233;&#xE9;") << QStringLiteral("\u00e9\u00e9");
    QTest::newRow("unknown reference kept")
        << QStringLiteral("&bogus; &") << QStringLiteral("&bogus; &");
    QTest::newRow("typographic space references kept as characters")
        << QStringLiteral("a &nbsp; b&ensp;c&emsp;d&thinsp;e")
        << QStringLiteral("a \u00A0 b\u2002c\u2003d\u2009e");
    QTest::newRow("typographic spaces kept, line separator collapses")
        << QStringLiteral("a\u2003b\u3000c\u2028d\u202Fe\u00A0f")
        << QStringLiteral("a\u2003b\u3000c d\u202Fe\u00A0f");
    QTest::newRow("no-break spaces at the ends trimmed")
        << QStringLiteral("&#160;a&#160;&#160;b&#160; ") << QStringLiteral("a\u00A0\u00A0b");
    QTest::newRow("quoted > in attribute")
        << QStringLiteral("<a title=\"a>b\">x</a>") << QStringLiteral("x");
    QTest::newRow("lone less-than") << QStringLiteral("1 < 2") << QStringLiteral("1 < 2");
    QTest::newRow("unclosed tag is text") << QStringLiteral("text <b") << QStringLiteral("text <b");
}

void TestPlainText::feedFieldFromHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(PlainText::fromHtml(html, PlainText::feedField()), expected);
}

// Where the two forms do not differ by design, they give the same text.
void TestPlainText::bothFormsAgree_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("control characters vanish")
        << QStringLiteral("a\u0001b&#1;c") << QStringLiteral("abc");
    QTest::newRow("legacy reference without semicolon")
        << QStringLiteral("&copy 2024") << QStringLiteral("\u00A9 2024");
    QTest::newRow("numeric reference in the C1 range is windows-1252")
        << QStringLiteral("&#150;&#x93;") << QStringLiteral("\u2013\u201C");
    QTest::newRow("surrogate and out-of-range references")
        << QStringLiteral("&#xD800;&#x110000;") << QStringLiteral("\uFFFD\uFFFD");
    QTest::newRow("unknown and bare ampersands kept")
        << QStringLiteral("AT&T &bogus; &#; &") << QStringLiteral("AT&T &bogus; &#; &");
    QTest::newRow("html5 punctuation names")
        << QStringLiteral("a&colon;b&lpar;c&rpar;") << QStringLiteral("a:b(c)");
    QTest::newRow("empty svg keeps what follows")
        << QStringLiteral("<p>a<svg/>b</p>") << QStringLiteral("a b");
    QTest::newRow("non-ascii text") << QStringLiteral("<p>Привет, <b>мир</b> — 日本語</p>")
                                    << QStringLiteral("Привет, мир — 日本語");
}

void TestPlainText::bothFormsAgree()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(PlainText::fromHtml(html), expected);
    QCOMPARE(PlainText::fromHtml(html, PlainText::feedField()), expected);
}

void TestPlainText::collapseWhitespace_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already clean") << QStringLiteral("a b") << QStringLiteral("a b");
    QTest::newRow("trimmed") << QStringLiteral("  a b \n") << QStringLiteral("a b");
    QTest::newRow("runs collapsed") << QStringLiteral("a \t\n b") << QStringLiteral("a b");
    QTest::newRow("no-break spaces kept inside, trimmed at the ends")
        << QStringLiteral("\u00a0a\u00a0\u00a0b\u00a0") << QStringLiteral("a\u00a0\u00a0b");
    QTest::newRow("line separators collapse")
        << QStringLiteral("a\u2028\u2029 b") << QStringLiteral("a b");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only space") << QStringLiteral(" \n ") << QString();
}

void TestPlainText::collapseWhitespace()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PlainText::collapseWhitespace(input), expected);
}

void TestPlainText::fromMaybeHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text untouched")
        << QStringLiteral("5 > 3 and x<y") << QStringLiteral("5 > 3 and x<y");
    QTest::newRow("tag stripped") << QStringLiteral("<i>it</i>") << QStringLiteral("it");
    QTest::newRow("reference decoded") << QStringLiteral("AT&amp;T") << QStringLiteral("AT&T");
}

void TestPlainText::fromMaybeHtml()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(PlainText::fromMaybeHtml(text), expected);
}

void TestPlainText::toHtml()
{
    QCOMPARE(PlainText::toHtml(QStringLiteral(" a<b & \"c\"\nd ")),
             QStringLiteral("a&lt;b &amp; &quot;c&quot;<br>d"));
}

QTEST_APPLESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
