#include "encodingfixtures.h"
#include "text/encoding.h"

#include <QRandomGenerator>
#include <QTest>

using TestSupport::elementText;
using TestSupport::fixture;
using TestSupport::kJapanese;
using TestSupport::kRussian;
using TestSupport::xmlDocument;

/// Every charset Tidings reads decodes to the right text; unknown labels, broken UTF-8 and illegal
/// sequences are repaired or replaced, never fatal.
class TestCharsets final : public QObject
{
    Q_OBJECT

private slots:
    void decodesCharsets_data();
    void decodesCharsets();
    void normalisesAliases_data();
    void normalisesAliases();
    void fallsBackOnUnknownLabels_data();
    void fallsBackOnUnknownLabels();
    void recoversBrokenUtf8_data();
    void recoversBrokenUtf8();
    void replacesIllegalSequences_data();
    void replacesIllegalSequences();
};

void TestCharsets::decodesCharsets_data()
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

void TestCharsets::decodesCharsets()
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

void TestCharsets::normalisesAliases_data()
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

void TestCharsets::normalisesAliases()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, canonical);
    if (label == "empty")
        label.clear();
    QCOMPARE(Text::canonicalEncodingName(label), canonical);
}

void TestCharsets::fallsBackOnUnknownLabels_data()
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

void TestCharsets::fallsBackOnUnknownLabels()
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

void TestCharsets::recoversBrokenUtf8_data()
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

void TestCharsets::recoversBrokenUtf8()
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

void TestCharsets::replacesIllegalSequences_data()
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

void TestCharsets::replacesIllegalSequences()
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

QTEST_APPLESS_MAIN(TestCharsets)
#include "tst_charsets.moc"
