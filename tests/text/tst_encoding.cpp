#include "text/encoding.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/encodings/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray xmlDocument(const QByteArray &label, const QByteArray &body)
{
    QByteArray declaration = "<?xml version=\"1.0\"";
    if (!label.isEmpty())
        declaration += " encoding=\"" + label + '"';
    return declaration + "?>\n<t>" + body + "</t>";
}

// The text of the <t> element, as QXmlStreamReader reads it from the decoded QString.
QString elementText(const QString &document, QString *error = nullptr)
{
    QXmlStreamReader reader(document);
    QString text;
    while (reader.readNext() != QXmlStreamReader::Invalid && !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == QLatin1String("t"))
            text = reader.readElementText();
    }
    if (error)
        *error = reader.hasError() ? reader.errorString() : QString();
    return text;
}

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        out += bigEndian ? QByteArray{&high, 1} + QByteArray{&low, 1}
                         : QByteArray{&low, 1} + QByteArray{&high, 1};
    }
    return out;
}

QByteArray utf32(const QString &text, bool bigEndian)
{
    QByteArray out;
    for (const char32_t c : text.toUcs4()) {
        char bytes[4] = {char(c >> 24), char((c >> 16) & 0xFF), char((c >> 8) & 0xFF),
                         char(c & 0xFF)};
        if (!bigEndian)
            std::swap(bytes[0], bytes[3]), std::swap(bytes[1], bytes[2]);
        out += QByteArray(bytes, 4);
    }
    return out;
}

const QString kRussian = QStringLiteral("Вчера в Москве шёл сильный дождь, а сегодня солнце.");
const QString kJapanese = QStringLiteral("今日はいい天気ですね。カタカナも少し。");

} // namespace

class TestEncoding final : public QObject
{
    Q_OBJECT

private slots:
    void decodesCharsets_data();
    void decodesCharsets();
    void normalisesAliases_data();
    void normalisesAliases();
    void followsPrecedence_data();
    void followsPrecedence();
    void fallsBackOnUnknownLabels_data();
    void fallsBackOnUnknownLabels();
    void recoversBrokenUtf8_data();
    void recoversBrokenUtf8();
    void replacesIllegalSequences_data();
    void replacesIllegalSequences();
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

void TestEncoding::decodesCharsets_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("canonical");
    QTest::addColumn<QString>("expected");

    const QString french =
        QStringLiteral("Où est la bibliothèque\u00a0? «\u00a0Déjà fermée\u00a0» — dit l’élève.");
    const QString german = QStringLiteral("Größe: 5 €, dazu ein Übermaß an Äpfeln.");
    const QString greek = QStringLiteral("Ο καιρός σήμερα είναι ηλιόλουστος.");
    const QString hebrew = QStringLiteral("הספרייה נפתחת בבוקר");
    const QString arabic = QStringLiteral("المكتبة مفتوحة اليوم");
    const QString lithuanian = QStringLiteral("Šiandien lyja, bet rytoj bus saulėta.");
    const QString simplified = QStringLiteral("今天天气很好，我们去公园散步。");

    const auto row = [](const char *name, const char *file, const char *label,
                        const char *canonical, const QString &expected) {
        QTest::newRow(name) << QString::fromLatin1(file) << QByteArray(label)
                            << QByteArray(canonical) << expected;
    };
    row("windows-1252 french", "windows-1252.txt", "windows-1252", "windows-1252", french);
    row("iso-8859-1 label is windows-1252", "windows-1252.txt", "ISO-8859-1", "windows-1252",
        french);
    row("iso-8859-15 german", "iso-8859-15.txt", "ISO-8859-15", "ISO-8859-15", german);
    row("windows-1250 czech", "windows-1250.txt", "windows-1250", "windows-1250",
        QStringLiteral("Včera jsem koupil čerstvý chléb a šťávu z řepy."));
    row("iso-8859-2 polish", "iso-8859-2.txt", "iso-8859-2", "ISO-8859-2",
        QStringLiteral("Łódź leży w środku kraju, a źródło jest blisko."));
    row("windows-1251 russian", "windows-1251.txt", "cp1251", "windows-1251", kRussian);
    row("koi8-r russian", "koi8-r.txt", "KOI8-R", "KOI8-R", kRussian);
    row("koi8-u ukrainian", "koi8-u.txt", "koi8-u", "KOI8-U",
        QStringLiteral("Їжак ґрунтовно шукає їжу, а є ще й кіт."));
    row("iso-8859-5 russian", "iso-8859-5.txt", "ISO-8859-5", "ISO-8859-5", kRussian);
    row("ibm866 russian", "ibm866.txt", "cp866", "IBM866", kRussian);
    row("iso-8859-7 greek", "iso-8859-7.txt", "iso-8859-7", "ISO-8859-7", greek);
    row("windows-1253 greek", "windows-1253.txt", "windows-1253", "windows-1253", greek);
    row("windows-1254 turkish", "windows-1254.txt", "windows-1254", "windows-1254",
        QStringLiteral("Bugün hava çok güzel, şehirde yürüyüş yaptık."));
    row("iso-8859-9 label is windows-1254", "windows-1254.txt", "latin5", "windows-1254",
        QStringLiteral("Bugün hava çok güzel, şehirde yürüyüş yaptık."));
    row("windows-1255 hebrew", "windows-1255.txt", "windows-1255", "windows-1255", hebrew);
    row("iso-8859-8 hebrew", "iso-8859-8.txt", "ISO-8859-8", "ISO-8859-8", hebrew);
    row("windows-1256 arabic", "windows-1256.txt", "windows-1256", "windows-1256", arabic);
    row("iso-8859-6 arabic", "iso-8859-6.txt", "ISO-8859-6", "ISO-8859-6", arabic);
    row("windows-1257 lithuanian", "windows-1257.txt", "windows-1257", "windows-1257", lithuanian);
    row("iso-8859-13 lithuanian", "iso-8859-13.txt", "ISO-8859-13", "ISO-8859-13", lithuanian);
    row("iso-8859-4 lithuanian", "iso-8859-4.txt", "ISO-8859-4", "ISO-8859-4", lithuanian);
    row("windows-1258 vietnamese", "windows-1258.txt", "windows-1258", "windows-1258",
        QStringLiteral("Việt Nam có nhiều dòng sông."));
    row("windows-874 thai", "windows-874.txt", "TIS-620", "windows-874",
        QStringLiteral("สวัสดีตอนเช้า"));
    row("iso-8859-3 esperanto", "iso-8859-3.txt", "ISO-8859-3", "ISO-8859-3",
        QStringLiteral("Ĉu vi ŝatas ĝardenojn?"));
    row("iso-8859-10 nordic", "iso-8859-10.txt", "ISO-8859-10", "ISO-8859-10",
        QStringLiteral("Ísland og Føroyar, ŋ og ŧ."));
    row("iso-8859-14 welsh", "iso-8859-14.txt", "ISO-8859-14", "ISO-8859-14",
        QStringLiteral("Mae'r ŵyn yn y cae ger y llyn."));
    row("iso-8859-16 romanian", "iso-8859-16.txt", "ISO-8859-16", "ISO-8859-16",
        QStringLiteral("Știință și învățământ în țară."));
    row("gb2312 chinese", "gb2312.txt", "GB2312", "GBK", simplified);
    row("gbk chinese", "gbk.txt", "GBK", "GBK", simplified);
    row("gb18030 with euro and emoji", "gb18030.txt", "GB18030", "gb18030",
        QStringLiteral("今天天气很好€，还有😀。"));
    row("big5 chinese", "big5.txt", "Big5", "Big5",
        QStringLiteral("今天天氣很好，我們去公園散步。"));
    row("shift_jis japanese", "shift_jis.txt", "Shift_JIS", "Shift_JIS", kJapanese);
    row("euc-jp japanese", "euc-jp.txt", "EUC-JP", "EUC-JP", kJapanese);
    row("iso-2022-jp japanese", "iso-2022-jp.txt", "ISO-2022-JP", "ISO-2022-JP", kJapanese);
    row("euc-kr korean", "euc-kr.txt", "EUC-KR", "EUC-KR",
        QStringLiteral("오늘은 날씨가 정말 좋네요."));
    row("us-ascii", "us-ascii.txt", "US-ASCII", "windows-1252",
        QStringLiteral("Plain ASCII text, nothing more."));
}

void TestEncoding::decodesCharsets()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, canonical);
    QFETCH(QString, expected);
    const QByteArray body = fixture(file);
    // Compare composed forms: windows-1258 carries tone marks as combining characters.
    const QString want = expected.normalized(QString::NormalizationForm_C);

    // Named by the XML declaration only.
    const Text::DecodedText declared = Text::decodeXml(xmlDocument(label, body));
    QVERIFY2(declared.ok(), qPrintable(declared.error));
    QCOMPARE(declared.encoding, canonical);
    QCOMPARE(declared.warnings, QStringList());
    QString readerError;
    QCOMPARE(elementText(declared.text, &readerError).normalized(QString::NormalizationForm_C),
             want);
    QCOMPARE(readerError, QString());

    // Named by the HTTP header only.
    const Text::DecodedText http =
        Text::decodeXml(xmlDocument({}, body), "application/rss+xml; charset=" + label);
    QCOMPARE(http.encoding, canonical);
    QCOMPARE(http.warnings, QStringList());
    QCOMPARE(elementText(http.text).normalized(QString::NormalizationForm_C), want);

    // JSON with the HTTP header.
    const Text::DecodedText json =
        Text::decodeJson(body, "application/feed+json; charset=\"" + label + '"');
    QCOMPARE(json.encoding, canonical);
    QCOMPARE(json.warnings, QStringList());
    QCOMPARE(json.text.normalized(QString::NormalizationForm_C), want);
}

void TestEncoding::normalisesAliases_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("canonical");
    const auto row = [](const char *label, const char *canonical) {
        QTest::newRow(label) << QByteArray(label) << QByteArray(canonical);
    };
    row("utf8", "UTF-8");
    row("UTF-8", "UTF-8");
    row(" Utf-8 ", "UTF-8");
    row("unicode-1-1-utf-8", "UTF-8");
    row("latin1", "windows-1252");
    row("ISO_8859-1", "windows-1252");
    row("iso_8859-1:1987", "windows-1252");
    row("l1", "windows-1252");
    row("cp1252", "windows-1252");
    row("us-ascii", "windows-1252");
    row("ANSI_X3.4-1968", "windows-1252");
    row("x-sjis", "Shift_JIS");
    row("csShiftJIS", "Shift_JIS");
    row("windows-31j", "Shift_JIS");
    row("gb_2312-80", "GBK");
    row("x-gbk", "GBK");
    row("big5-hkscs", "Big5");
    row("ks_c_5601-1987", "EUC-KR");
    row("x-euc-jp", "EUC-JP");
    row("koi8-ru", "KOI8-U");
    row("x-mac-roman", "macintosh");
    row("cp866", "IBM866");
    row("latin2", "ISO-8859-2");
    row("ISO8859-15", "ISO-8859-15");
    row("latin9", "ISO-8859-15");
    row("iso-8859-11", "windows-874");
    row("x-cp1251", "windows-1251");
    row("utf-16", "UTF-16");
    row("UTF-16LE", "UTF-16LE");
    row("ucs-4", "UTF-32");
    row("unknown charset", "");
    row("iso-8859-12 does not exist", "");
    row("empty", "");
}

void TestEncoding::normalisesAliases()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, canonical);
    if (label == "empty")
        label.clear();
    QCOMPARE(Text::canonicalEncodingName(label), canonical);
}

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

void TestEncoding::fallsBackOnUnknownLabels_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("expected");

    const QByteArray koi8 = fixture(QStringLiteral("koi8-r.txt"));
    QTest::newRow("unknown http charset falls back to declaration")
        << xmlDocument("KOI8-R", koi8) << QByteArray("text/xml; charset=x-klingon")
        << QByteArray("KOI8-R") << kRussian;
    QTest::newRow("unknown declaration falls back to utf-8")
        << xmlDocument("x-klingon", kRussian.toUtf8()) << QByteArray() << QByteArray("UTF-8")
        << kRussian;
}

void TestEncoding::fallsBackOnUnknownLabels()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, expected);
    const Text::DecodedText decoded = Text::decodeXml(bytes, contentType);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.warnings.size(), 1);
    QVERIFY2(decoded.warnings.first().contains(QLatin1String("x-klingon")),
             qPrintable(decoded.warnings.first()));
    QCOMPARE(elementText(decoded.text), expected);
}

void TestEncoding::recoversBrokenUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("warnings");

    QTest::newRow("declared utf-8 holding windows-1252")
        << xmlDocument("UTF-8", "caf\xE9 \x93quoted\x94 na\xEFve") << QByteArray("windows-1252")
        << QStringLiteral("café “quoted” naïve") << 1;
    QTest::newRow("defaulted utf-8 holding windows-1252")
        << xmlDocument({}, "\x80 5 \x96 cr\xE8me") << QByteArray("windows-1252")
        << QStringLiteral("€ 5 – crème") << 1;
    QTest::newRow("utf-8 with a few stray bytes")
        << xmlDocument("utf-8", "Überall ünd överall, caf\xE9 and na\xEFve") << QByteArray("UTF-8")
        << QStringLiteral("Überall ünd överall, café and naïve") << 1;
    QTest::newRow("surrogate encoded in utf-8 is not utf-8")
        << xmlDocument({}, "a\xED\xA0\x80z") << QByteArray("windows-1252")
        << QStringLiteral("aí\u00A0€z") << 1;
    QTest::newRow("truncated sequence at end")
        << QByteArray("<t>abc</t>\xE2\x82") << QByteArray("UTF-8") << QStringLiteral("abc") << 1;
    QTest::newRow("valid utf-8 has no warnings")
        << xmlDocument("UTF-8", "Grüße, “quotes” and 😀") << QByteArray("UTF-8")
        << QStringLiteral("Grüße, “quotes” and 😀") << 0;
}

void TestEncoding::recoversBrokenUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, expected);
    QFETCH(int, warnings);
    const Text::DecodedText decoded = Text::decodeXml(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.warnings.size(), warnings);
    QCOMPARE(elementText(decoded.text), expected);
    if (QByteArray(QTest::currentDataTag()) == "truncated sequence at end")
        QVERIFY(decoded.text.endsWith(QChar::ReplacementCharacter));
}

void TestEncoding::replacesIllegalSequences_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("warnings");

    QTest::newRow("shift_jis lead byte without trail")
        << QByteArray("a\x82 b") << QByteArray("shift_jis") << QStringLiteral("a\uFFFD b") << 1;
    QTest::newRow("shift_jis cut at end")
        << QByteArray("ab\x82") << QByteArray("shift_jis") << QStringLiteral("ab\uFFFD") << 1;
    QTest::newRow("euc-kr invalid pair")
        << QByteArray("x\xB0\x20y") << QByteArray("euc-kr") << QStringLiteral("x\uFFFD y") << 1;
    QTest::newRow("windows-1253 undefined byte")
        << QByteArray("a\xAAz") << QByteArray("windows-1253") << QStringLiteral("a\uFFFDz") << 1;
    QTest::newRow("windows-1252 holes are c1 controls")
        << QByteArray("a\x81\x8D\x8F\x90\x9Dz") << QByteArray("windows-1252")
        << QStringLiteral("a\u0081\u008D\u008F\u0090\u009Dz") << 0;
    QTest::newRow("utf-16le odd length")
        << QByteArray("a\0b\0c", 5) << QByteArray("utf-16le") << QStringLiteral("ab\uFFFD") << 1;
    QTest::newRow("utf-32le out of range")
        << QByteArray("a\0\0\0\0\0\x11\0", 8) << QByteArray("utf-32le") << QStringLiteral("a\uFFFD")
        << 1;
}

void TestEncoding::replacesIllegalSequences()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, label);
    QFETCH(QString, expected);
    QFETCH(int, warnings);
    const Text::DecodedText decoded = Text::decodeJson(bytes, "text/plain; charset=" + label);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.text, expected);
    QCOMPARE(decoded.warnings.size(), warnings);
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
