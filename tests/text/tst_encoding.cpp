#include "encodingfixtures.h"
#include "text/encoding.h"

#include <QRandomGenerator>
#include <QTest>

using TestSupport::elementText;
using TestSupport::fixture;
using TestSupport::kJapanese;
using TestSupport::kRussian;
using TestSupport::utf16;
using TestSupport::utf32;
using TestSupport::xmlDocument;

/// Which charset a document is read in: byte order marks, the HTTP header, the XML declaration,
/// JSON, and what happens without any of them.
class TestEncoding final : public QObject
{
    Q_OBJECT

private slots:
    void followsPrecedence_data();
    void followsPrecedence();
    void readsContentTypeCharset_data();
    void readsContentTypeCharset();
    void readsXmlDeclaration_data();
    void readsXmlDeclaration();
    void xmlReaderAcceptsDecodedText_data();
    void xmlReaderAcceptsDecodedText();
    void decodesJson_data();
    void decodesJson();
    void handlesEmptyInput();
    void survivesGarbage();
};

void TestEncoding::followsPrecedence_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("warnings");

    const QByteArray utf8Body = xmlDocument("KOI8-R", kRussian.toUtf8());
    const QByteArray cp1251 = fixture(QStringLiteral("windows-1251.txt"));
    const QByteArray koi8 = fixture(QStringLiteral("koi8-r.txt"));
    const QString utf16Doc = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?><t>") +
                             kRussian + QStringLiteral("</t>");
    const QString plainDoc =
        QStringLiteral("<?xml version=\"1.0\"?><t>") + kRussian + QStringLiteral("</t>");

    QTest::newRow("utf-8 bom beats http and declaration")
        << QByteArray("\xEF\xBB\xBF") + utf8Body << QByteArray("text/xml; charset=windows-1251")
        << QByteArray("UTF-8") << kRussian << 0;
    QTest::newRow("utf-16le bom beats http")
        << QByteArray("\xFF\xFE") + utf16(utf16Doc, false) << QByteArray("text/xml; charset=utf-8")
        << QByteArray("UTF-16LE") << kRussian << 0;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + utf16(utf16Doc, true) << QByteArray()
                                  << QByteArray("UTF-16BE") << kRussian << 0;
    QTest::newRow("utf-32le bom") << QByteArray("\xFF\xFE\x00\x00", 4) + utf32(plainDoc, false)
                                  << QByteArray() << QByteArray("UTF-32LE") << kRussian << 0;
    QTest::newRow("http beats declaration")
        << xmlDocument("KOI8-R", cp1251) << QByteArray("text/xml; charset=windows-1251")
        << QByteArray("windows-1251") << kRussian << 1;
    QTest::newRow("http agreeing with declaration")
        << xmlDocument("cp1251", cp1251) << QByteArray("text/xml;charset=Windows-1251")
        << QByteArray("windows-1251") << kRussian << 0;
    QTest::newRow("declaration without http")
        << xmlDocument("koi8-r", koi8) << QByteArray() << QByteArray("KOI8-R") << kRussian << 0;
    QTest::newRow("content type without charset")
        << xmlDocument("koi8-r", koi8) << QByteArray("application/rss+xml") << QByteArray("KOI8-R")
        << kRussian << 0;
    QTest::newRow("no information is utf-8") << xmlDocument({}, kRussian.toUtf8()) << QByteArray()
                                             << QByteArray("UTF-8") << kRussian << 0;
    QTest::newRow("utf-16le without bom")
        << utf16(utf16Doc, false) << QByteArray() << QByteArray("UTF-16LE") << kRussian << 0;
    QTest::newRow("utf-16be without bom")
        << utf16(utf16Doc, true) << QByteArray() << QByteArray("UTF-16BE") << kRussian << 0;
    QTest::newRow("utf-32be without bom")
        << utf32(plainDoc, true) << QByteArray() << QByteArray("UTF-32BE") << kRussian << 0;
    QTest::newRow("http utf-16 takes byte order from bytes")
        << utf16(utf16Doc, false) << QByteArray("text/xml; charset=utf-16")
        << QByteArray("UTF-16LE") << kRussian << 0;
    QTest::newRow("http utf-8 on utf-16 bytes")
        << utf16(utf16Doc, false) << QByteArray("text/xml; charset=utf-8") << QByteArray("UTF-16LE")
        << kRussian << 1;
    QTest::newRow("http utf-16 on ascii bytes falls back to declaration")
        << xmlDocument("koi8-r", koi8) << QByteArray("text/xml; charset=utf-16")
        << QByteArray("KOI8-R") << kRussian << 1;
    QTest::newRow("utf-16 declared in ascii bytes is utf-8")
        << xmlDocument("UTF-16", kRussian.toUtf8()) << QByteArray() << QByteArray("UTF-8")
        << kRussian << 0;
}

void TestEncoding::followsPrecedence()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, expected);
    QFETCH(int, warnings);
    const Text::DecodedText decoded = Text::decodeXml(bytes, contentType);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.warnings.size(), warnings);
    QVERIFY2(decoded.text.startsWith(QLatin1String("<?xml")), qPrintable(decoded.text.left(20)));
    QString readerError;
    QCOMPARE(elementText(decoded.text, &readerError), expected);
    QCOMPARE(readerError, QString());
}

void TestEncoding::readsContentTypeCharset_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("plain") << QByteArray("text/xml; charset=UTF-8") << QByteArray("utf-8");
    QTest::newRow("no space") << QByteArray("text/xml;charset=koi8-r") << QByteArray("koi8-r");
    QTest::newRow("quoted") << QByteArray("text/xml; charset=\"Windows-1251\"")
                            << QByteArray("windows-1251");
    QTest::newRow("single quoted")
        << QByteArray("text/xml; charset='utf-8'") << QByteArray("utf-8");
    QTest::newRow("spaces around equals")
        << QByteArray("text/xml ; charset = Shift_JIS ") << QByteArray("shift_jis");
    QTest::newRow("upper case name")
        << QByteArray("text/html; CHARSET=euc-jp") << QByteArray("euc-jp");
    QTest::newRow("among other parameters")
        << QByteArray("application/rss+xml; version=2; charset=gbk; q=1") << QByteArray("gbk");
    QTest::newRow("quoted with semicolon after")
        << QByteArray("text/xml; charset=\"big5\";x=y") << QByteArray("big5");
    QTest::newRow("no charset") << QByteArray("application/atom+xml") << QByteArray();
    QTest::newRow("empty value") << QByteArray("text/xml; charset=") << QByteArray();
    QTest::newRow("similar name") << QByteArray("text/xml; xcharset=utf-8") << QByteArray();
    QTest::newRow("empty header") << QByteArray() << QByteArray();
}

void TestEncoding::readsContentTypeCharset()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, charset);
    QCOMPARE(Text::charsetFromContentType(contentType), charset);
}

void TestEncoding::readsXmlDeclaration_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    const QString utf16Prolog = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss/>");
    QTest::newRow("double quotes")
        << QByteArray("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><a/>") << QByteArray("koi8-r");
    QTest::newRow("single quotes")
        << QByteArray("<?xml version='1.0' encoding='Big5'?><a/>") << QByteArray("big5");
    QTest::newRow("spaces around equals")
        << QByteArray("<?xml version = \"1.0\"\n  encoding = \"gbk\" ?>") << QByteArray("gbk");
    QTest::newRow("standalone after")
        << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>")
        << QByteArray("utf-8");
    QTest::newRow("no encoding") << QByteArray("<?xml version=\"1.0\"?><a/>") << QByteArray();
    QTest::newRow("no declaration") << QByteArray("<rss version=\"2.0\"/>") << QByteArray();
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"x\"?>")
                               << QByteArray("x");
    QTest::newRow("utf-16le without bom") << utf16(utf16Prolog, false) << QByteArray("utf-16");
    QTest::newRow("utf-16be with bom")
        << QByteArray("\xFE\xFF") + utf16(utf16Prolog, true) << QByteArray("utf-16");
    QTest::newRow("utf-32le") << utf32(utf16Prolog, false) << QByteArray("utf-16");
    QTest::newRow("processing instruction is not a declaration")
        << QByteArray("<?xml-stylesheet encoding=\"utf-8\"?>") << QByteArray();
    QTest::newRow("not at the start")
        << QByteArray(" <?xml version=\"1.0\" encoding=\"koi8-r\"?>") << QByteArray();
    QTest::newRow("unterminated value")
        << QByteArray("<?xml version=\"1.0\" encoding=\"koi8") << QByteArray();
    QTest::newRow("beyond the first 200 bytes")
        << QByteArray("<?xml version=\"1.0\"") + QByteArray(240, ' ') + "encoding=\"koi8-r\"?>"
        << QByteArray();
    QTest::newRow("truncated") << QByteArray("<?xm") << QByteArray();
}

void TestEncoding::readsXmlDeclaration()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QCOMPARE(Text::encodingFromXmlDeclaration(bytes), encoding);
}

void TestEncoding::xmlReaderAcceptsDecodedText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");
    const QByteArray cp1251 = fixture(QStringLiteral("windows-1251.txt"));
    const QByteArray sjis = fixture(QStringLiteral("shift_jis.txt"));
    QTest::newRow("windows-1251 declared")
        << xmlDocument("windows-1251", cp1251) << QByteArray() << kRussian;
    QTest::newRow("windows-1251 from http, declaration says utf-8")
        << xmlDocument("UTF-8", cp1251) << QByteArray("text/xml; charset=windows-1251") << kRussian;
    QTest::newRow("shift_jis declared")
        << xmlDocument("Shift_JIS", sjis) << QByteArray() << kJapanese;
    QTest::newRow("shift_jis from http, declaration says koi8-r")
        << xmlDocument("KOI8-R", sjis) << QByteArray("text/xml; charset=sjis") << kJapanese;
}

void TestEncoding::xmlReaderAcceptsDecodedText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);
    const Text::DecodedText decoded = Text::decodeXml(bytes, contentType);
    QVERIFY(decoded.ok());
    // The declaration keeps its length but loses its encoding pseudo-attribute.
    const qsizetype declarationEnd = decoded.text.indexOf(QLatin1String("?>"));
    QCOMPARE(declarationEnd, bytes.indexOf("?>"));
    QVERIFY(!decoded.text.left(declarationEnd).contains(QLatin1String("encoding")));
    QVERIFY(decoded.text.startsWith(QLatin1String("<?xml version=\"1.0\" ")));

    QXmlStreamReader reader(decoded.text);
    QVERIFY(reader.readNextStartElement());
    QCOMPARE(reader.name(), QLatin1String("t"));
    QCOMPARE(reader.readElementText(), expected);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
}

void TestEncoding::decodesJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<int>("warnings");
    const QString json = QStringLiteral("{\"title\":\"") + kRussian + QStringLiteral("\"}");
    QTest::newRow("utf-8 no label") << json.toUtf8() << QByteArray() << QByteArray("UTF-8") << 0;
    QTest::newRow("utf-8 labelled")
        << json.toUtf8() << QByteArray("application/feed+json; charset=utf-8")
        << QByteArray("UTF-8") << 0;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + json.toUtf8() << QByteArray()
                               << QByteArray("UTF-8") << 0;
    QTest::newRow("bom beats http")
        << QByteArray("\xEF\xBB\xBF") + json.toUtf8()
        << QByteArray("application/json; charset=koi8-r") << QByteArray("UTF-8") << 0;
    QTest::newRow("utf-16le without bom")
        << utf16(json, false) << QByteArray() << QByteArray("UTF-16LE") << 0;
    QTest::newRow("utf-16be with bom") << QByteArray("\xFE\xFF") + utf16(json, true) << QByteArray()
                                       << QByteArray("UTF-16BE") << 0;
    QTest::newRow("http utf-16 on utf-8 bytes")
        << json.toUtf8() << QByteArray("application/json; charset=utf-16") << QByteArray("UTF-8")
        << 1;
    QTest::newRow("unknown http charset")
        << json.toUtf8() << QByteArray("application/json; charset=bogus") << QByteArray("UTF-8")
        << 1;
}

void TestEncoding::decodesJson()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, encoding);
    QFETCH(int, warnings);
    const Text::DecodedText decoded = Text::decodeJson(bytes, contentType);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.warnings.size(), warnings);
    QCOMPARE(decoded.text, QStringLiteral("{\"title\":\"") + kRussian + QStringLiteral("\"}"));
}

void TestEncoding::handlesEmptyInput()
{
    for (const QByteArray &contentType : {QByteArray(), QByteArray("text/xml; charset=gbk")}) {
        const Text::DecodedText xml = Text::decodeXml({}, contentType);
        QVERIFY(xml.ok());
        QVERIFY(xml.text.isEmpty());
        QVERIFY(xml.warnings.isEmpty());
        QVERIFY(!xml.encoding.isEmpty());
        const Text::DecodedText json = Text::decodeJson({}, contentType);
        QVERIFY(json.ok());
        QVERIFY(json.text.isEmpty());
        QVERIFY(json.warnings.isEmpty());
    }
    QCOMPARE(Text::decodeXml(QByteArray("\xEF\xBB\xBF")).text, QString());
    QCOMPARE(Text::decodeXml(QByteArray("\xFF\xFE")).encoding, QByteArray("UTF-16LE"));
    QCOMPARE(Text::encodingFromXmlDeclaration({}), QByteArray());
    QCOMPARE(Text::charsetFromContentType({}), QByteArray());
}

void TestEncoding::survivesGarbage()
{
    const QList<QByteArray> labels = {
        "utf-8",     "utf-16", "utf-32be", "windows-1252", "koi8-r",       "gb18030",    "big5",
        "shift_jis", "euc-jp", "euc-kr",   "iso-2022-jp",  "windows-1258", "iso-8859-6", "bogus"};
    QRandomGenerator random(7303);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes(qsizetype(random.bounded(64)), Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        const QByteArray &label = labels.at(round % labels.size());
        if (round % 3 == 0)
            bytes.prepend("<?xml version=\"1.0\" encoding=\"" + label + "\"?>");
        const QByteArray contentType = round % 3 == 1 ? "text/xml; charset=" + label : QByteArray();
        const Text::DecodedText xml = Text::decodeXml(bytes, contentType);
        const Text::DecodedText json = Text::decodeJson(bytes, contentType);
        QVERIFY(xml.ok());
        QVERIFY(json.ok());
        QVERIFY(!xml.encoding.isEmpty());
        QVERIFY(!json.encoding.isEmpty());
        (void)Text::encodingFromXmlDeclaration(bytes);
        (void)Text::charsetFromContentType(bytes);
    }
}

QTEST_APPLESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
