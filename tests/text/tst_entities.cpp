#include "text/entities.h"
#include "text/utf8.h"

#include <QTest>

using Text::ReferenceContext;

Q_DECLARE_METATYPE(ReferenceContext)

// The one table of character references and the UTF-8 helpers that HTML and XML share.
class TestEntities final : public QObject
{
    Q_OBJECT

private slots:
    void appendUtf8_data();
    void appendUtf8();
    void isValidUtf8_data();
    void isValidUtf8();
    void namedReference_data();
    void namedReference();
    void appendDecoded_data();
    void appendDecoded();
};

void TestEntities::appendUtf8_data()
{
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("ascii") << 0x41u << QByteArray("A");
    QTest::newRow("nul") << 0x0u << QByteArray("\0", 1);
    QTest::newRow("two bytes") << 0xE9u << QByteArray("\xC3\xA9");
    QTest::newRow("last of two bytes") << 0x7FFu << QByteArray("\xDF\xBF");
    QTest::newRow("three bytes") << 0x20ACu << QByteArray("\xE2\x82\xAC");
    QTest::newRow("four bytes") << 0x1F600u << QByteArray("\xF0\x9F\x98\x80");
    QTest::newRow("last code point") << 0x10FFFFu << QByteArray("\xF4\x8F\xBF\xBF");
    QTest::newRow("high surrogate replaced") << 0xD800u << QByteArray("\xEF\xBF\xBD");
    QTest::newRow("low surrogate replaced") << 0xDFFFu << QByteArray("\xEF\xBF\xBD");
    QTest::newRow("beyond U+10FFFF replaced") << 0x110000u << QByteArray("\xEF\xBF\xBD");
    QTest::newRow("far beyond replaced") << 0xFFFFFFFFu << QByteArray("\xEF\xBF\xBD");
}

void TestEntities::appendUtf8()
{
    QFETCH(uint, codePoint);
    QFETCH(QByteArray, expected);
    std::string out = "x";
    Text::appendUtf8(out, char32_t(codePoint));
    QCOMPARE(QByteArray(out.data(), qsizetype(out.size())), "x" + expected);
    QVERIFY(Text::isValidUtf8(out.data(), out.size()));
}

void TestEntities::isValidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("long ascii") << QByteArray(100, 'a') << true;
    QTest::newRow("mixed") << QByteArray("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 ok") << true;
    QTest::newRow("lone continuation") << QByteArray("a\x80") << false;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("cut off at the end") << QByteArray("abcdefgh\xE2\x82") << false;
    QTest::newRow("latin-1 byte") << QByteArray("caf\xE9") << false;
}

void TestEntities::isValidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(Text::isValidUtf8(bytes.constData(), std::size_t(bytes.size())), valid);
}

void TestEntities::namedReference_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<uint>("codePoint");
    QTest::newRow("html 4") << QByteArray("eacute") << 0xE9u;
    QTest::newRow("case matters") << QByteArray("Eacute") << 0xC9u;
    QTest::newRow("xml's apos") << QByteArray("apos") << 0x27u;
    QTest::newRow("no-break space") << QByteArray("nbsp") << 0xA0u;
    QTest::newRow("greek") << QByteArray("Omega") << 0x3A9u;
    QTest::newRow("html 5 punctuation") << QByteArray("colon") << 0x3Au;
    QTest::newRow("unknown") << QByteArray("bogus") << 0u;
    QTest::newRow("wrong case") << QByteArray("EACUTE") << 0u;
    QTest::newRow("empty") << QByteArray() << 0u;
    QTest::newRow("prefix of a name") << QByteArray("eacut") << 0u;
}

void TestEntities::namedReference()
{
    QFETCH(QByteArray, name);
    QFETCH(uint, codePoint);
    QCOMPARE(uint(Text::namedReference(std::string_view(name.constData(), size_t(name.size())))),
             codePoint);
}

void TestEntities::appendDecoded_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ReferenceContext>("context");
    QTest::addColumn<QString>("expected");
    const auto text = ReferenceContext::Text;
    const auto attribute = ReferenceContext::Attribute;
    QTest::newRow("named") << QByteArray("caf&eacute; &amp; &lt;") << text << "café & <";
    QTest::newRow("decimal and hex") << QByteArray("&#233;&#xE9;&#XE9;") << text << "ééé";
    QTest::newRow("numeric without semicolon") << QByteArray("&#233x") << text << "éx";
    QTest::newRow("unknown kept") << QByteArray("a &bogus; b") << text << "a &bogus; b";
    QTest::newRow("bare ampersands kept") << QByteArray("& &; &# &#x;") << text << "& &; &# &#x;";
    QTest::newRow("legacy name without semicolon") << QByteArray("&copy 2024") << text << "© 2024";
    QTest::newRow("longest legacy prefix") << QByteArray("&notit") << text << "¬it";
    QTest::newRow("new names need the semicolon") << QByteArray("&hellip") << text << "&hellip";
    QTest::newRow("legacy name in a query stays")
        << QByteArray("?a=1&copy=2") << attribute << "?a=1&copy=2";
    QTest::newRow("legacy name in text decodes") << QByteArray("?a=1&copy=2") << text << "?a=1©=2";
    QTest::newRow("C1 range is windows-1252") << QByteArray("&#128;&#x99;") << text << "€™";
    QTest::newRow("nul becomes U+FFFD") << QByteArray("&#0;") << text << "\uFFFD";
    QTest::newRow("surrogate becomes U+FFFD") << QByteArray("&#xDC00;") << text << "\uFFFD";
    QTest::newRow("overflow becomes U+FFFD") << QByteArray("&#99999999999999;") << text << "\uFFFD";
    QTest::newRow("astral") << QByteArray("&#x1F600;") << text << "\U0001F600";
}

void TestEntities::appendDecoded()
{
    QFETCH(QByteArray, input);
    QFETCH(ReferenceContext, context);
    QFETCH(QString, expected);
    std::string out;
    Text::appendDecoded(std::string_view(input.constData(), size_t(input.size())), context, out);
    QCOMPARE(QString::fromUtf8(out.data(), qsizetype(out.size())), expected);
    QVERIFY(Text::isValidUtf8(out.data(), out.size()));
}

QTEST_APPLESS_MAIN(TestEntities)
#include "tst_entities.moc"
