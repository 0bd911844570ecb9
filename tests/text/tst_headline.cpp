#include "text/headline.h"

#include <QTest>

/// The headline of an article without a title (a microblog post): its first sentence, cut
/// between words when long, with the excerpt going on after it.
class TestHeadline final : public QObject
{
    Q_OBJECT

private slots:
    void headlinesStandInForMissingTitles_data();
    void headlinesStandInForMissingTitles();
};

void TestHeadline::headlinesStandInForMissingTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("excerpt");
    QTest::addColumn<QString>("shownTitle");
    QTest::addColumn<QString>("shownExcerpt");

    const QString longSentence =
        QStringLiteral("The ferry timetable changes on Monday, with an earlier first crossing and "
                       "a later last one for the summer season ahead");
    QTest::newRow("a title") << QStringLiteral("Tide tables") << QStringLiteral("High water.")
                             << QStringLiteral("Tide tables") << QStringLiteral("High water.");
    QTest::newRow("a title, no text")
        << QStringLiteral("Tide tables") << QString() << QStringLiteral("Tide tables") << QString();
    QTest::newRow("a short post") << QString() << QStringLiteral("Fog on the estuary. Again.")
                                  << QStringLiteral("Fog on the estuary. Again.") << QString();
    QTest::newRow("a short post over lines")
        << QStringLiteral("  ") << QStringLiteral("Fog\non the  estuary")
        << QStringLiteral("Fog on the estuary") << QString();
    QTest::newRow("first sentence, then the rest")
        << QString()
        << QStringLiteral("Fog on the estuary this morning! The pilot boats stayed in harbour "
                          "until ten, and the ferry ran late all day.")
        << QStringLiteral("Fog on the estuary this morning!")
        << QStringLiteral("The pilot boats stayed in harbour until ten, and the ferry ran late "
                          "all day.");
    QTest::newRow("a line break ends the first sentence")
        << QString()
        << QStringLiteral("Harbour notice\nThe pilot boats stay in harbour until the fog lifts, "
                          "and the ferry will run late all day today.")
        << QStringLiteral("Harbour notice")
        << QStringLiteral("The pilot boats stay in harbour until the fog lifts, and the ferry "
                          "will run late all day today.");
    QTest::newRow("a point inside a number")
        << QString() << longSentence.left(19) + QStringLiteral(" at 6.30") + longSentence.mid(19)
        << QStringLiteral("The ferry timetable at 6.30 changes on Monday, with an earlier first "
                          "crossing and a later last one…")
        << QStringLiteral("…for the summer season ahead");
    QTest::newRow("a long sentence cut between words")
        << QString() << longSentence
        << QStringLiteral("The ferry timetable changes on Monday, with an earlier first crossing "
                          "and a later last one for the…")
        << QStringLiteral("…summer season ahead");
    QTest::newRow("text without spaces")
        << QString() << QString(150, QChar(0x6f6e))
        << QString(Text::Headline::MaxDerivedTitle, QChar(0x6f6e)) + QChar(0x2026)
        << QChar(0x2026) + QString(50, QChar(0x6f6e));
    QTest::newRow("a CJK full stop")
        << QString() << QString(30, QChar(0x6f6e)) + QChar(0x3002) + QString(120, QChar(0x6c34))
        << QString(30, QChar(0x6f6e)) + QChar(0x3002) << QString(120, QChar(0x6c34));
    QTest::newRow("nothing at all")
        << QString() << QString() << QStringLiteral("(untitled)") << QString();
}

void TestHeadline::headlinesStandInForMissingTitles()
{
    QFETCH(QString, title);
    QFETCH(QString, excerpt);
    QFETCH(QString, shownTitle);
    QFETCH(QString, shownExcerpt);
    const Text::Headline headline = Text::Headline::of(title, excerpt);
    QCOMPARE(headline.title, shownTitle);
    QCOMPARE(headline.excerpt, shownExcerpt);
    QVERIFY(headline.title.size() <= Text::Headline::MaxDerivedTitle + 1 || !title.isEmpty());
}

QTEST_GUILESS_MAIN(TestHeadline)
#include "tst_headline.moc"
