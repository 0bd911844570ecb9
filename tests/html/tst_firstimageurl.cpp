#include "html/sanitizer.h"

#include <QTest>

class TestFirstImageUrl final : public QObject
{
    Q_OBJECT

private slots:
    void firstImageUrl_data();
    void firstImageUrl();
};

void TestFirstImageUrl::firstImageUrl_data()
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
    QTest::newRow("upper-case tag") << QStringLiteral("<P>x</P><IMG SRC=\"https://a.test/u.jpg\">")
                                    << QStringLiteral("https://a.test/u.jpg");
    QTest::newRow("image after many tags")
        << QStringLiteral("<p>a</p>").repeated(200) +
               QStringLiteral("<iMg src=\"https://a.test/l.jpg\">")
        << QStringLiteral("https://a.test/l.jpg");
    QTest::newRow("img only as text")
        << QStringLiteral("<p>&lt;img src=\"https://a.test/t.jpg\"&gt; and <imgur></p>")
        << QString();
    QTest::newRow("works on sanitizer output")
        << Html::sanitize(QStringLiteral("<img src=\"/p.jpg\" width=\"1\" height=\"1\">"
                                         "<figure><img src=\"/big.jpg\"></figure>"),
                          QUrl(QStringLiteral("https://a.test/x/")))
        << QStringLiteral("https://a.test/big.jpg");
}

void TestFirstImageUrl::firstImageUrl()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(Html::firstImageUrl(html), expected);
}

QTEST_APPLESS_MAIN(TestFirstImageUrl)
#include "tst_firstimageurl.moc"
