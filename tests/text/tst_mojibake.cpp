#include "text/mojibake.h"

#include <QString>
#include <QTest>

class TestMojibake final : public QObject
{
    Q_OBJECT

private slots:
    void repairs_data();
    void repairs();
    void leavesTextAlone_data();
    void leavesTextAlone();
};

void TestMojibake::repairs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("right single quote")
        << QStringLiteral("It\u00e2\u20ac\u2122s") << QStringLiteral("It\u2019s");
    QTest::newRow("double quotes and dashes")
        << QStringLiteral("\u00e2\u20ac\u0153a\u00e2\u20ac\u009d \u00e2\u20ac\u201c b")
        << QStringLiteral("\u201ca\u201d \u2013 b");
    QTest::newRow("latin-1 letters") << QStringLiteral("caf\u00c3\u00a9 \u00c3\u00bcber")
                                     << QStringLiteral("caf\u00e9 \u00fcber");
    QTest::newRow("a-grave with its no-break space")
        << QStringLiteral("\u00c3\u00a0 la") << QStringLiteral("\u00e0 la");
    QTest::newRow("no-break space")
        << QStringLiteral("a\u00c2\u00a0b") << QStringLiteral("a\u00a0b");
    QTest::newRow("degree sign") << QStringLiteral("20\u00c2\u00b0C")
                                 << QStringLiteral("20\u00b0C");
    QTest::newRow("polish") << QStringLiteral("\u00c5\u201a\u00c4\u2026")
                            << QStringLiteral("\u0142\u0105");
    QTest::newRow("cyrillic") << QStringLiteral("\u00d0\u00bf\u00d1\u20ac")
                              << QStringLiteral("\u043f\u0440");
    QTest::newRow("japanese") << QStringLiteral("\u00e6\u2014\u00a5\u00e6\u0153\u00ac")
                              << QStringLiteral("\u65e5\u672c");
    QTest::newRow("emoji") << QStringLiteral("\u00f0\u0178\u02dc\u20ac")
                           << QStringLiteral("\U0001F600");
    QTest::newRow("misread twice apostrophe")
        << QStringLiteral("It\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s")
        << QStringLiteral("It\u2019s");
    QTest::newRow("c1 controls as windows-1252")
        << QStringLiteral("don\u0092t \u0093x\u0094 \u0080")
        << QStringLiteral("don\u2019t \u201cx\u201d \u20ac");
    QTest::newRow("c1 controls spelling a sequence")
        << QStringLiteral("\u00e2\u0080\u00a6") << QStringLiteral("\u2026");
}

void TestMojibake::repairs()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    std::string utf8 = text.toStdString();
    QVERIFY(Text::Mojibake::mayNeedRepair(utf8));
    QVERIFY(Text::Mojibake::repair(utf8));
    QCOMPARE(QString::fromStdString(utf8), expected);
}

void TestMojibake::leavesTextAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("plain text");
    QTest::newRow("french guillemets") << QStringLiteral("\u00ab\u00a0ferm\u00e9\u00a0\u00bb");
    QTest::newRow("french before a dash") << QStringLiteral("caf\u00e9\u00a0\u2014 ok");
    QTest::newRow("upper case before an apostrophe") << QStringLiteral("CAF\u00c9\u2019S");
    QTest::newRow("portuguese") << QStringLiteral("S\u00c3O PAULO, N\u00c3O");
    QTest::newRow("lone lead letters") << QStringLiteral("na\u00efve \u00e2 \u20ac, \u00c3 la");
    QTest::newRow("german") << QStringLiteral("Gr\u00fc\u00dfe, \u00e4\u00f6\u00fc \u00a7 3");
    QTest::newRow("truncated sequence") << QStringLiteral("\u00e2\u20ac");
    QTest::newRow("overlong form") << QStringLiteral("\u00e0\u20ac\u20ac");
    QTest::newRow("c1 hole has no character") << QStringLiteral("a\u0081b");
}

void TestMojibake::leavesTextAlone()
{
    QFETCH(QString, text);
    std::string utf8 = text.toStdString();
    QVERIFY(!Text::Mojibake::repair(utf8));
    QCOMPARE(QString::fromStdString(utf8), text);
}

QTEST_APPLESS_MAIN(TestMojibake)
#include "tst_mojibake.moc"
