#include "feeds/plaintext.h"

#include <QtTest>

using namespace Feeds;

class TestPlainText final : public QObject
{
    Q_OBJECT

private slots:
    void collapseWhitespace_data();
    void collapseWhitespace();
    void fromHtml_data();
    void fromHtml();
    void fromMaybeHtml_data();
    void fromMaybeHtml();
    void toHtml();
};

void TestPlainText::collapseWhitespace_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already clean") << QStringLiteral("a b") << QStringLiteral("a b");
    QTest::newRow("trimmed") << QStringLiteral("  a b \n") << QStringLiteral("a b");
    QTest::newRow("runs collapsed") << QStringLiteral("a \t\n b") << QStringLiteral("a b");
    QTest::newRow("no-break spaces")
        << QStringLiteral("a\u00a0\u00a0b\u00a0") << QStringLiteral("a b");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only space") << QStringLiteral(" \n ") << QString();
}

void TestPlainText::collapseWhitespace()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PlainText::collapseWhitespace(input), expected);
}

void TestPlainText::fromHtml_data()
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
    QTest::newRow("quoted > in attribute")
        << QStringLiteral("<a title=\"a>b\">x</a>") << QStringLiteral("x");
    QTest::newRow("lone less-than") << QStringLiteral("1 < 2") << QStringLiteral("1 < 2");
    QTest::newRow("unclosed tag is text") << QStringLiteral("text <b") << QStringLiteral("text <b");
}

void TestPlainText::fromHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(PlainText::fromHtml(html), expected);
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
#include "tst_feedplaintext.moc"
