#include "feeds/dateparser.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
              int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

} // namespace

class TestDateParser final : public QObject
{
    Q_OBJECT

private slots:
    void parsesRfc822_data();
    void parsesRfc822();
    void parsesIso8601_data();
    void parsesIso8601();
    void parsesOtherLanguages_data();
    void parsesOtherLanguages();
    void rejects_data();
    void rejects();
    void survivesRandomInput();
    void benchmark();

private:
    static void addColumns();
    static void check();
};

void TestDateParser::addColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
}

void TestDateParser::check()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Feeds::parseDate(text);
    if (!expected.isValid()) {
        QVERIFY2(parsed.isNull(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY2(parsed.isValid(), qPrintable(text));
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs));
    QCOMPARE(parsed, expected);
}

void TestDateParser::parsesRfc822_data()
{
    addColumns();
    const QDateTime may27 = utc(2025, 5, 27, 10, 0, 0);
    QTest::newRow("rfc1123 gmt") << "Tue, 27 May 2025 10:00:00 GMT" << may27;
    QTest::newRow("rfc2822 +0000") << "Tue, 27 May 2025 10:00:00 +0000" << may27;
    QTest::newRow("positive offset") << "Tue, 27 May 2025 12:00:00 +0200" << may27;
    QTest::newRow("negative offset") << "Tue, 27 May 2025 05:00:00 -0500" << may27;
    QTest::newRow("offset with colon") << "Tue, 27 May 2025 15:30:00 +05:30" << may27;
    QTest::newRow("offset hours only") << "Tue, 27 May 2025 12:00:00 +02" << may27;
    QTest::newRow("offset crosses midnight")
        << "Wed, 28 May 2025 01:30:00 +0930" << utc(2025, 5, 27, 16, 0, 0);
    QTest::newRow("offset crosses year")
        << "Wed, 31 Dec 2025 22:00:00 -0300" << utc(2026, 1, 1, 1, 0, 0);
    QTest::newRow("no day name") << "27 May 2025 10:00:00 GMT" << may27;
    QTest::newRow("no seconds") << "Tue, 27 May 2025 10:00 GMT" << may27;
    QTest::newRow("no zone means utc") << "Tue, 27 May 2025 10:00:00" << may27;
    QTest::newRow("no time means midnight") << "27 May 2025" << utc(2025, 5, 27);
    QTest::newRow("single digit day") << "Sun, 1 Jun 2025 10:00:00 GMT" << utc(2025, 6, 1, 10);
    QTest::newRow("single digit hour") << "1 Jun 2025 9:05:00 GMT" << utc(2025, 6, 1, 9, 5);
    QTest::newRow("wrong day name ignored") << "Fri, 27 May 2025 10:00:00 GMT" << may27;
    QTest::newRow("full day and month names")
        << "Tuesday, 27 September 2025 10:00:00 GMT" << utc(2025, 9, 27, 10);
    QTest::newRow("sept abbreviation") << "27 Sept 2025 10:00 GMT" << utc(2025, 9, 27, 10);
    QTest::newRow("upper case") << "TUE, 27 MAY 2025 10:00:00 GMT" << may27;
    QTest::newRow("lower case") << "tue, 27 may 2025 10:00:00 gmt" << may27;
    QTest::newRow("extra spaces and commas")
        << "  Tue,,  27   May  2025   10:00:00   GMT  " << may27;
    QTest::newRow("dotted abbreviations")
        << "Tue., 27 Jan. 2025 10:00:00 GMT" << utc(2025, 1, 27, 10);
    QTest::newRow("two digit year 2000s") << "Tue, 27 May 25 10:00:00 GMT" << may27;
    QTest::newRow("two digit year 49") << "01 Jan 49 00:00:00 GMT" << utc(2049, 1, 1);
    QTest::newRow("two digit year 50") << "01 Jan 50 00:00:00 GMT" << utc(1950, 1, 1);
    QTest::newRow("two digit year 1999")
        << "Fri, 31 Dec 99 23:59:59 GMT" << utc(1999, 12, 31, 23, 59, 59);
    QTest::newRow("three digit year") << "01 Jan 125 00:00:00 GMT" << utc(2025, 1, 1);
    QTest::newRow("rfc850 dashes") << "Tuesday, 27-May-25 10:00:00 GMT" << may27;
    QTest::newRow("asctime") << "Tue May 27 10:00:00 2025" << may27;
    QTest::newRow("month first with comma") << "May 27, 2025 10:00:00 GMT" << may27;
    QTest::newRow("year first") << "2025 May 27 10:00:00 GMT" << may27;
    QTest::newRow("web log style") << "27/May/2025:12:00:00 +0200" << may27;
    QTest::newRow("pm") << "May 27, 2025 10:00 PM" << utc(2025, 5, 27, 22);
    QTest::newRow("p.m. with dots") << "May 27, 2025 10:30 p.m." << utc(2025, 5, 27, 22, 30);
    QTest::newRow("12 noon pm") << "May 27, 2025 12:00 PM EST" << utc(2025, 5, 27, 17, 0);
    QTest::newRow("ordinal day") << "Tuesday 27th May 2025" << utc(2025, 5, 27);
    QTest::newRow("leading words ignored") << "Posted on May 27, 2025 at 10:00" << may27;
    QTest::newRow("12 am is midnight") << "May 27, 2025 12:15 am" << utc(2025, 5, 27, 0, 15);
    QTest::newRow("fractional seconds")
        << "27 May 2025 10:00:00.25 GMT" << utc(2025, 5, 27, 10, 0, 0, 250);
    QTest::newRow("leap second clamped")
        << "31 Dec 2016 23:59:60 GMT" << utc(2016, 12, 31, 23, 59, 59);
    QTest::newRow("UT") << "27 May 2025 10:00:00 UT" << may27;
    QTest::newRow("UTC") << "27 May 2025 10:00:00 UTC" << may27;
    QTest::newRow("Z") << "27 May 2025 10:00:00 Z" << may27;
    QTest::newRow("EST") << "27 May 2025 05:00:00 EST" << may27;
    QTest::newRow("EDT") << "27 May 2025 06:00:00 EDT" << may27;
    QTest::newRow("CST") << "27 May 2025 04:00:00 CST" << may27;
    QTest::newRow("CDT") << "27 May 2025 05:00:00 CDT" << may27;
    QTest::newRow("MST") << "27 May 2025 03:00:00 MST" << may27;
    QTest::newRow("MDT") << "27 May 2025 04:00:00 MDT" << may27;
    QTest::newRow("PST") << "27 May 2025 02:00:00 PST" << may27;
    QTest::newRow("PDT") << "27 May 2025 03:00:00 PDT" << may27;
    QTest::newRow("BST") << "27 May 2025 11:00:00 BST" << may27;
    QTest::newRow("CET") << "27 May 2025 11:00:00 CET" << may27;
    QTest::newRow("CEST") << "27 May 2025 12:00:00 CEST" << may27;
    QTest::newRow("IST is India") << "27 May 2025 15:30:00 IST" << may27;
    QTest::newRow("JST") << "27 May 2025 19:00:00 JST" << may27;
    QTest::newRow("AEST") << "27 May 2025 20:00:00 AEST" << may27;
    QTest::newRow("military Z is utc") << "27 May 2025 10:00:00 Z" << may27;
    QTest::newRow("military A is an hour west") << "27 May 2025 09:00:00 A" << may27;
    QTest::newRow("military M is twelve hours west") << "26 May 2025 22:00:00 M" << may27;
    QTest::newRow("military N is an hour east") << "27 May 2025 11:00:00 N" << may27;
    QTest::newRow("military Y is twelve hours east") << "27 May 2025 22:00:00 Y" << may27;
    QTest::newRow("invalid US zone AT is AST")
        << "Mon, 27 January 2025 06:00:00 AT" << utc(2025, 1, 27, 10);
    QTest::newRow("invalid US zone ET is EST")
        << "Mon, 27 January 2025 05:00:00 ET" << utc(2025, 1, 27, 10);
    QTest::newRow("invalid US zone CT is CST") << "27 Jan 2025 04:00:00 CT" << utc(2025, 1, 27, 10);
    QTest::newRow("invalid US zone MT is MST") << "27 Jan 2025 03:00:00 MT" << utc(2025, 1, 27, 10);
    QTest::newRow("invalid US zone PT is PST") << "27 Jan 2025 02:00:00 PT" << utc(2025, 1, 27, 10);
    QTest::newRow("at before the time is no zone") << "May 27, 2025 at 10:00" << may27;
    QTest::newRow("MET") << "27 May 2025 11:00:00 MET" << may27;
    QTest::newRow("MEST") << "27 May 2025 12:00:00 MEST" << may27;
    QTest::newRow("Etc/GMT") << "Tue, 27 May 2025 10:00:00 Etc/GMT" << may27;
    QTest::newRow("GMT minus hh:mm") << "Tue, 27 May 2025 08:59:00 GMT-01:01" << may27;
    QTest::newRow("offset with odd minutes") << "Tue, 27 May 2025 08:59:00 -01:01" << may27;
    QTest::newRow("extra comma after month") << "Tue, 27 May, 2025 10:00:00 UTC" << may27;
    QTest::newRow("comma without space after day name") << "Tue,27 May 2025 10:00:00 GMT" << may27;
    QTest::newRow("no time at all") << "Tue, 27 May 2025" << utc(2025, 5, 27);
    QTest::newRow("long month name and no seconds")
        << "Tue, 27 September 2025 10:00 GMT" << utc(2025, 9, 27, 10);
    QTest::newRow("month before day with year after") << "Tue May 27 2025 12:00:00 +0200" << may27;
    QTest::newRow("asctime with zone before year") << "Tue May 27 03:00:00 PDT 2025" << may27;
    QTest::newRow("twitter style offset before year") << "Tue May 27 10:00:00 +0000 2025" << may27;
    QTest::newRow("asctime padded day") << "Sun Jun  1 10:00:00 2025" << utc(2025, 6, 1, 10);
    QTest::newRow("two digit year 04")
        << "Thu, 01 Jan 04 19:48:21 GMT" << utc(2004, 1, 1, 19, 48, 21);
    QTest::newRow("ancient four digit year") << "Fri, 01 Jan 0100 00:00:00 GMT" << utc(100, 1, 1);
    QTest::newRow("unknown zone is utc") << "27 May 2025 10:00:00 XYZ" << may27;
    QTest::newRow("GMT plus offset") << "27 May 2025 12:00:00 GMT+0200" << may27;
    QTest::newRow("GMT plus short offset") << "27 May 2025 12:00:00 GMT+2" << may27;
    QTest::newRow("offset then zone name") << "Tue, 27 May 2025 03:00:00 -0700 PDT" << may27;
    QTest::newRow("offset then comment") << "Tue, 27 May 2025 12:00:00 +0200 (CEST)" << may27;
    QTest::newRow("leap day") << "29 Feb 2024 10:00:00 GMT" << utc(2024, 2, 29, 10);
}

void TestDateParser::parsesRfc822()
{
    check();
}

void TestDateParser::parsesIso8601_data()
{
    addColumns();
    const QDateTime may27 = utc(2025, 5, 27, 10, 0, 0);
    QTest::newRow("rfc3339 Z") << "2025-05-27T10:00:00Z" << may27;
    QTest::newRow("rfc3339 offset") << "2025-05-27T12:00:00+02:00" << may27;
    QTest::newRow("negative offset") << "2025-05-27T04:30:00-05:30" << may27;
    QTest::newRow("offset without colon") << "2025-05-27T12:00:00+0200" << may27;
    QTest::newRow("offset hours only") << "2025-05-27T12:00:00+02" << may27;
    QTest::newRow("offset -00:00") << "2025-05-27T10:00:00-00:00" << may27;
    QTest::newRow("lower case t and z") << "2025-05-27t10:00:00z" << may27;
    QTest::newRow("space instead of T") << "2025-05-27 10:00:00Z" << may27;
    QTest::newRow("space before offset") << "2025-05-27 10:00:00 +0000" << may27;
    QTest::newRow("go time format") << "2025-05-27 10:00:00 +0000 UTC" << may27;
    QTest::newRow("named zone") << "2025-05-27 10:00:00 UTC" << may27;
    QTest::newRow("no seconds") << "2025-05-27T12:00+02:00" << may27;
    QTest::newRow("no zone means utc") << "2025-05-27T10:00:00" << may27;
    QTest::newRow("milliseconds") << "2025-05-27T10:00:00.123Z" << utc(2025, 5, 27, 10, 0, 0, 123);
    QTest::newRow("one fraction digit")
        << "2025-05-27T10:00:00.5Z" << utc(2025, 5, 27, 10, 0, 0, 500);
    QTest::newRow("nanoseconds truncated")
        << "2025-05-27T10:00:00.987654321Z" << utc(2025, 5, 27, 10, 0, 0, 987);
    QTest::newRow("comma fraction") << "2025-05-27T10:00:00,25Z" << utc(2025, 5, 27, 10, 0, 0, 250);
    QTest::newRow("fraction and offset")
        << "2025-05-27T12:00:00.100+02:00" << utc(2025, 5, 27, 10, 0, 0, 100);
    QTest::newRow("date only") << "2025-05-27" << utc(2025, 5, 27);
    QTest::newRow("year and month") << "2025-05" << utc(2025, 5, 1);
    QTest::newRow("year only") << "2025" << utc(2025, 1, 1);
    QTest::newRow("basic format") << "20250527T100000Z" << may27;
    QTest::newRow("basic date only") << "20250527" << utc(2025, 5, 27);
    QTest::newRow("surrounding whitespace") << "\n  2025-05-27T10:00:00Z \t" << may27;
    QTest::newRow("offset crosses day") << "2025-05-27T23:30:00-04:00" << utc(2025, 5, 28, 3, 30);
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << utc(2024, 2, 29);
    QTest::newRow("leap second clamped") << "2016-12-31T23:59:60Z" << utc(2016, 12, 31, 23, 59, 59);
    QTest::newRow("far past") << "1970-01-01T00:00:00Z" << utc(1970, 1, 1);
    QTest::newRow("two digit year with hyphens") << "25-05-27" << utc(2025, 5, 27);
    QTest::newRow("two digit year basic") << "250527" << utc(2025, 5, 27);
    QTest::newRow("two digit year with time") << "25-05-27T10:00:00Z" << may27;
    QTest::newRow("century left out year and month") << "-25-05" << utc(2025, 5, 1);
    QTest::newRow("century left out basic year and month") << "-2505" << utc(2025, 5, 1);
    QTest::newRow("century left out full date") << "-25-05-27" << utc(2025, 5, 27);
    QTest::newRow("ordinal date") << "2025-147" << utc(2025, 5, 27);
    QTest::newRow("ordinal date basic") << "2025147" << utc(2025, 5, 27);
    QTest::newRow("ordinal date two digit year") << "25147" << utc(2025, 5, 27);
    QTest::newRow("ordinal date two digit year hyphen") << "25-147" << utc(2025, 5, 27);
    QTest::newRow("ordinal date with time") << "2025-147T10:00:00Z" << may27;
    QTest::newRow("ordinal day 366 in leap year") << "2024-366" << utc(2024, 12, 31);
    QTest::newRow("google three digit month") << "2025-005-27T10:00:00+00:00" << may27;
    QTest::newRow("single digit hour") << "2025-05-27T9:00-01:00" << may27;
    QTest::newRow("mssql with odd offset") << "2025-05-27 09:40:00 -00:20" << may27;
    QTest::newRow("mssql fraction no zone") << "2025-05-27 10:00:00.0" << may27;
    QTest::newRow("w3dtf fraction and offset")
        << "2025-05-27T20:00:00.538+10:00" << utc(2025, 5, 27, 10, 0, 0, 538);
    QTest::newRow("offset rolls into leap day")
        << "2024-02-28T18:00:00-08:00" << utc(2024, 2, 29, 2);
    QTest::newRow("offset rolls past february")
        << "2025-02-28T18:00:00-08:00" << utc(2025, 3, 1, 2);
    QTest::newRow("offset rolls into leap day of 2000")
        << "2000-02-28T18:00:00-08:00" << utc(2000, 2, 29, 2);
}

void TestDateParser::parsesIso8601()
{
    check();
}

void TestDateParser::parsesOtherLanguages_data()
{
    addColumns();
    const QDateTime may27 = utc(2025, 5, 27, 10, 0, 0);
    QTest::newRow("german Mai") << "Di, 27 Mai 2025 10:00:00 +0000" << may27;
    QTest::newRow("german März with dots")
        << "Mo., 3. März 2025 10:00:00 GMT" << utc(2025, 3, 3, 10);
    QTest::newRow("german Okt") << "16 Okt 2025 10:00 GMT" << utc(2025, 10, 16, 10);
    QTest::newRow("german Dez") << "24. Dez. 2025" << utc(2025, 12, 24);
    QTest::newRow("french mars") << "3 mars 2025 10:00:00 +0100" << utc(2025, 3, 3, 9);
    QTest::newRow("french mar day then mai") << "mar., 27 mai 2025 12:00:00 +0200" << may27;
    QTest::newRow("french février accented") << "14 février 2025" << utc(2025, 2, 14);
    QTest::newRow("french févr abbreviation") << "14 févr. 2025" << utc(2025, 2, 14);
    QTest::newRow("french août") << "15 août 2025" << utc(2025, 8, 15);
    QTest::newRow("french juil") << "14 juil. 2025" << utc(2025, 7, 14);
    QTest::newRow("spanish dic") << "25 dic 2025 10:00:00 GMT" << utc(2025, 12, 25, 10);
    QTest::newRow("spanish de mayo de") << "27 de mayo de 2025 10:00" << may27;
    QTest::newRow("spanish ene") << "lun, 6 ene 2025" << utc(2025, 1, 6);
    QTest::newRow("italian mag after mar") << "mar 27 mag 2025 10:00:00 +0000" << may27;
    QTest::newRow("italian giugno") << "2 giugno 2025" << utc(2025, 6, 2);
    QTest::newRow("italian ott") << "31 ott 2025" << utc(2025, 10, 31);
    QTest::newRow("dutch mrt") << "di 4 mrt 2025" << utc(2025, 3, 4);
    QTest::newRow("dutch mei") << "27 mei 2025 10:00" << may27;
    QTest::newRow("dutch okt") << "12 okt 2025" << utc(2025, 10, 12);
    QTest::newRow("portuguese outubro") << "5 de outubro de 2025" << utc(2025, 10, 5);
    QTest::newRow("portuguese dez") << "sex, 19 dez 2025 10:00:00 -0300" << utc(2025, 12, 19, 13);
    QTest::newRow("portuguese março") << "1 março 2025" << utc(2025, 3, 1);
    QTest::newRow("russian окт") << "Пт, 17 окт 2025 10:00:00 +0300" << utc(2025, 10, 17, 7);
    QTest::newRow("russian genitive мая") << "27 мая 2025 г. 13:00 +0300" << may27;
    QTest::newRow("russian upper case ДЕК") << "1 ДЕК 2025" << utc(2025, 12, 1);
    QTest::newRow("russian nominative январь") << "январь 15, 2025" << utc(2025, 1, 15);
    QTest::newRow("greek day and month abbreviations") << "Τρι, 27 Μάι 2025 05:00:00 EST" << may27;
    QTest::newRow("greek accented July")
        << "Κυρ, 13 Ιούλ 2025 10:00:00 GMT" << utc(2025, 7, 13, 10);
    QTest::newRow("greek genitive month") << "27 Μαΐου 2025" << utc(2025, 5, 27);
    QTest::newRow("hungarian month in iso date") << "2025-május-27T5:00-05:00" << may27;
    QTest::newRow("hungarian július") << "2025-július-13T9:15-05:00" << utc(2025, 7, 13, 14, 15);
    QTest::newRow("korean nate afternoon") << "2025-05-27 오후 07:00:00" << may27;
    QTest::newRow("korean nate morning") << "2025-05-27 오전 11:30:00" << utc(2025, 5, 27, 2, 30);
    QTest::newRow("korean nate noon") << "2025-05-27 오후 12:00:00" << utc(2025, 5, 27, 3);
    QTest::newRow("korean onblog") << "2025년 05월 28일  01:31:15" << utc(2025, 5, 27, 16, 31, 15);
    QTest::newRow("perforce") << "Tue, 2025/05/27 06:00:00 EDT" << may27;
    QTest::newRow("perforce without day name") << "2025/05/27 10:00:00" << may27;
}

void TestDateParser::parsesOtherLanguages()
{
    check();
}

void TestDateParser::rejects_data()
{
    addColumns();
    const QDateTime null;
    QTest::newRow("empty") << "" << null;
    QTest::newRow("whitespace") << "   \t\n" << null;
    QTest::newRow("words") << "yesterday afternoon" << null;
    QTest::newRow("unix timestamp") << "1748340000" << null;
    QTest::newRow("millisecond timestamp") << "1748340000000" << null;
    QTest::newRow("small number") << "42" << null;
    QTest::newRow("month 13 iso") << "2025-13-01T00:00:00Z" << null;
    QTest::newRow("month 0 iso") << "2025-00-10" << null;
    QTest::newRow("day 32 iso") << "2025-01-32" << null;
    QTest::newRow("april 31") << "2025-04-31" << null;
    QTest::newRow("feb 29 not leap") << "2025-02-29" << null;
    QTest::newRow("hour 25 iso") << "2025-05-27T25:00:00Z" << null;
    QTest::newRow("hour 24 iso") << "2025-05-27T24:00:00Z" << null;
    QTest::newRow("minute 60") << "2025-05-27T10:60:00Z" << null;
    QTest::newRow("second 61") << "2025-05-27T10:00:61Z" << null;
    QTest::newRow("offset hour 24") << "2025-05-27T10:00:00+24:00" << null;
    QTest::newRow("offset minute 60") << "2025-05-27T10:00:00+01:60" << null;
    QTest::newRow("iso trailing junk") << "2025-05-27T10:00:00Zjunk!" << null;
    QTest::newRow("iso missing minutes") << "2025-05-27T10Z" << null;
    QTest::newRow("iso dangling fraction") << "2025-05-27T10:00:00.Z" << null;
    QTest::newRow("day 32 rfc") << "Tue, 32 May 2025 10:00:00 GMT" << null;
    QTest::newRow("hour 25 rfc") << "Tue, 27 May 2025 25:00:00 GMT" << null;
    QTest::newRow("unknown month word") << "27 Smarch 2025 10:00:00 GMT" << null;
    QTest::newRow("ambiguous prefix jui") << "14 jui 2025" << null;
    QTest::newRow("numeric only slashes") << "05/06/2025" << null;
    QTest::newRow("no year") << "Tue, 27 May 10:00:00 GMT" << null;
    QTest::newRow("two times") << "27 May 2025 10:00 11:00" << null;
    QTest::newRow("two offsets") << "27 May 2025 10:00 +0100 +0200" << null;
    QTest::newRow("two month names after day") << "27 May June 2025" << null;
    QTest::newRow("five digit year") << "27 May 20255" << null;
    QTest::newRow("pm with hour 13") << "May 27, 2025 13:00 pm" << null;
    QTest::newRow("symbols") << "@@@ ### !!!" << null;
    QTest::newRow("long word") << "27 Maaaaaaaaaaaaaaaaaaaaaaaaaay 2025" << null;
    QTest::newRow("huge number") << "99999999999999999999 May 2025" << null;
    QTest::newRow("year zero") << "0000-01-01" << null;
    QTest::newRow("february 30") << "2025-02-30" << null;
    QTest::newRow("february 30 rfc") << "Sun, 30 Feb 2025 10:00:00 GMT" << null;
    QTest::newRow("june 31 rfc") << "Tue, 31 Jun 2025 10:00:00 GMT" << null;
    QTest::newRow("month 13 two digit year") << "25-13-01" << null;
    QTest::newRow("ordinal day 366 in common year") << "2025-366" << null;
    QTest::newRow("ordinal day 0") << "2025-000" << null;
    QTest::newRow("google month 13") << "2025-013-01" << null;
    QTest::newRow("hour 25 with fraction") << "2025-05-27T25:00:00.5Z" << null;
    QTest::newRow("four part date") << "2025-05-27-01" << null;
    QTest::newRow("too many t") << "2025-05-27T10:00:00-06:00Textra" << null;
    QTest::newRow("letters in month") << "2025-xx-27" << null;
    QTest::newRow("letters in minutes") << "2025-05-27T10:xx:00Z" << null;
    QTest::newRow("letters in offset") << "2025-05-27T10:00:00+00:xx" << null;
    QTest::newRow("offset 99:99") << "2025-05-27T10:00:00-99:99" << null;
    QTest::newRow("five digit year") << "22025-05-27" << null;
    QTest::newRow("three digits") << "025" << null;
    QTest::newRow("four part time") << "Tue, 27 May 2025 1:2:3:4 GMT" << null;
    QTest::newRow("unknown month") << "Tue, 27 Xyz 2025 10:00:00 GMT" << null;
    QTest::newRow("letter instead of day") << "Tue, May x 2025 10:00:00 GMT" << null;
    QTest::newRow("letters instead of year") << "Tue, 27 May zz 10:00:00 GMT" << null;
    QTest::newRow("letters in offset hours") << "Tue, 27 May 2025 10:00:00 +zz:00" << null;
    QTest::newRow("day 99") << "Tue, 99 May 2025 10:00:00 GMT" << null;
    QTest::newRow("perforce month 13") << "Tue, 2025/13/27 10:00:00 EDT" << null;
    QTest::newRow("korean meridiem hour 13") << "2025-05-27 오후 13:00:00" << null;
    QTest::newRow("korean word that is no meridiem") << "2025-05-27 오늘 10:00:00" << null;
}

void TestDateParser::rejects()
{
    check();
}

void TestDateParser::survivesRandomInput()
{
    // Mutations of real dates and random code units: the parser must answer, valid or null.
    const QString alphabet = QStringLiteral("0123456789 :+-.,/()TZtzMayJunGMTESTPDTоктé\xA0");
    const QStringList seeds = {QStringLiteral("Tue, 27 May 2025 10:00:00 +0200"),
                               QStringLiteral("2025-05-27T10:00:00.123+02:00")};
    QRandomGenerator random(20250527);
    int parsed = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text = seeds.at(round % 2);
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const auto pos = qsizetype(random.bounded(int(text.size()) + 1));
            const QChar c = round % 3 == 0 ? QChar(char16_t(random.bounded(0x10000)))
                                           : alphabet.at(random.bounded(int(alphabet.size())));
            if (random.bounded(2) == 0 && pos < text.size())
                text[pos] = c;
            else
                text.insert(pos, c);
        }
        const QDateTime result = Feeds::parseDate(text);
        if (result.isValid()) {
            QCOMPARE(result.timeSpec(), Qt::UTC);
            ++parsed;
        }
    }
    QVERIFY(parsed > 0); // some mutations (extra spaces, digits) still read as dates
}

void TestDateParser::benchmark()
{
    const QString rfc = QStringLiteral("Tue, 27 May 2025 10:00:00 +0200");
    const QString iso = QStringLiteral("2025-05-27T10:00:00.123+02:00");
    QDateTime last;
    QBENCHMARK
    {
        last = Feeds::parseDate(rfc);
        last = Feeds::parseDate(iso);
    }
    QVERIFY(last.isValid());
}

QTEST_APPLESS_MAIN(TestDateParser)

#include "tst_dateparser.moc"
