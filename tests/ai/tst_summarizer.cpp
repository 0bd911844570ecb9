#include "ai/summarizer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace {

QString article(const QString &name)
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/summaries/") + name + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Indices of \a picked in \a sentences; -1 for one that is not there.
QList<qsizetype> positions(const QStringList &picked, const QStringList &sentences)
{
    QList<qsizetype> result;
    for (const QString &sentence : picked)
        result.append(sentences.indexOf(sentence));
    return result;
}

} // namespace

class TestSummarizer final : public QObject
{
    Q_OBJECT

private slots:
    void splitsSentences_data();
    void splitsSentences();
    void summaryKeepsTextOrder_data();
    void summaryKeepsTextOrder();
    void keyPointsAreTheSummaryMostCentralFirst_data();
    void keyPointsAreTheSummaryMostCentralFirst();
    void centralSentenceRanksFirst();
    void shortTextIsItsOwnSummary_data();
    void shortTextIsItsOwnSummary();
    void emptyTextHasNoSummary();
    void survivesAnyInput_data();
    void survivesAnyInput();
};

void TestSummarizer::splitsSentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("titles and a.m./p.m. are not ends")
        << "Dr. Smith met Mrs. Jones at 5 p.m. on Friday. They talked."
        << QStringList{"Dr. Smith met Mrs. Jones at 5 p.m. on Friday.", "They talked."};
    QTest::newRow("U.S. inside a sentence")
        << "The U.S. economy grew 3.5% in 2024. Exports rose."
        << QStringList{"The U.S. economy grew 3.5% in 2024.", "Exports rose."};
    QTest::newRow("U.S. ending a sentence")
        << "She moved to the U.S. The next year she opened a shop."
        << QStringList{"She moved to the U.S.", "The next year she opened a shop."};
    QTest::newRow("U.S. before a proper noun")
        << "The U.S. Senate voted. It passed."
        << QStringList{"The U.S. Senate voted.", "It passed."};
    QTest::newRow("decimals and thousands")
        << "Pi is about 3.14159 and e about 2.718. A kilometre is 1,000 metres."
        << QStringList{"Pi is about 3.14159 and e about 2.718.", "A kilometre is 1,000 metres."};
    QTest::newRow("etc. ending a sentence")
        << "They sell apples, pears, etc. The shop opens at nine."
        << QStringList{"They sell apples, pears, etc.", "The shop opens at nine."};
    QTest::newRow("e.g. and No.")
        << "Use a tool, e.g. A hammer from shelf No. 5 will do. Then stop."
        << QStringList{"Use a tool, e.g. A hammer from shelf No. 5 will do.", "Then stop."};
    QTest::newRow("initials") << "J. R. R. Tolkien wrote it. Readers loved it."
                              << QStringList{"J. R. R. Tolkien wrote it.", "Readers loved it."};
    QTest::newRow("ellipsis mid-sentence and at the end")
        << "Wait... what was that? Nothing… Then silence returned."
        << QStringList{"Wait... what was that?", "Nothing…", "Then silence returned."};
    QTest::newRow("quoted exclamation with attribution")
        << "\"Stop!\" she shouted. He stopped."
        << QStringList{"\"Stop!\" she shouted.", "He stopped."};
    QTest::newRow("closing quote after the stop")
        << "He said: \u201CWe are ready.\u201D Then he left."
        << QStringList{"He said: \u201CWe are ready.\u201D", "Then he left."};
    QTest::newRow("closing bracket after the stop")
        << "The vote passed (by a wide margin.) Work starts soon."
        << QStringList{"The vote passed (by a wide margin.)", "Work starts soon."};
    QTest::newRow("stop inside a word")
        << "Visit example.com for version 2.0 today. Bye."
        << QStringList{"Visit example.com for version 2.0 today.", "Bye."};
    QTest::newRow("fig. before a number")
        << "See fig. 3 for details. The end." << QStringList{"See fig. 3 for details.", "The end."};
    QTest::newRow("German ordinal date")
        << "Die Messe beginnt am 3. Oktober in Berlin. Sie dauert fünf Tage."
        << QStringList{"Die Messe beginnt am 3. Oktober in Berlin.", "Sie dauert fünf Tage."};
    QTest::newRow("Russian abbreviations, initials and decimals")
        << "В 2024 г. цены выросли на 3,5%. Об этом сообщил А. С. Петров. Подробности, т.е. "
           "цифры, позже."
        << QStringList{"В 2024 г. цены выросли на 3,5%.", "Об этом сообщил А. С. Петров.",
                       "Подробности, т.е. цифры, позже."};
    QTest::newRow("Russian quotes and dash")
        << "«Мы готовы», — сказал он. Работа началась. Кто победит? Узнаем завтра!"
        << QStringList{"«Мы готовы», — сказал он.", "Работа началась.", "Кто победит?",
                       "Узнаем завтра!"};
    QTest::newRow("Chinese full stops without spaces")
        << "今天天气很好。我们去公园吧！你来吗？"
        << QStringList{"今天天气很好。", "我们去公园吧！", "你来吗？"};
    QTest::newRow("Chinese quotation with attribution")
        << "“夜场很受欢迎。”馆长说。门票已售完。"
        << QStringList{"“夜场很受欢迎。”馆长说。", "门票已售完。"};
    QTest::newRow("Chinese quotation followed by a new sentence")
        << "他说：“我们明天出发。”大家都很高兴。"
        << QStringList{"他说：“我们明天出发。”", "大家都很高兴。"};
    QTest::newRow("Chinese decimals")
        << "增长了3.5%。价格为1,200元。" << QStringList{"增长了3.5%。", "价格为1,200元。"};
    QTest::newRow("Japanese") << "今日は晴れです。明日は雨でしょう。"
                              << QStringList{"今日は晴れです。", "明日は雨でしょう。"};
    QTest::newRow("heading ended by a blank line")
        << "Breaking news\n\nThe river rose overnight."
        << QStringList{"Breaking news", "The river rose overnight."};
    QTest::newRow("wrapped lines are joined") << "One  sentence\nwrapped here.   Two."
                                              << QStringList{"One sentence wrapped here.", "Two."};
    QTest::newRow("punctuation alone is no sentence") << "... !!! ???" << QStringList{};
}

void TestSummarizer::splitsSentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, sentences);
    QCOMPARE(Ai::splitSentences(text), sentences);
}

void TestSummarizer::summaryKeepsTextOrder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("maxSentences");

    QTest::newRow("English, 3") << "en-coral-heat" << 3;
    QTest::newRow("English, 5") << "en-chip-plant" << 5;
    QTest::newRow("Russian, 3") << "ru-river-bridge" << 3;
    QTest::newRow("Russian, 4") << "ru-observatory-comet" << 4;
    QTest::newRow("Chinese, 3") << "zh-highspeed-rail" << 3;
    QTest::newRow("Chinese, 4") << "zh-rice-variety" << 4;
}

void TestSummarizer::summaryKeepsTextOrder()
{
    QFETCH(QString, name);
    QFETCH(int, maxSentences);
    const QString text = article(name);
    const QStringList sentences = Ai::splitSentences(text);
    QVERIFY(sentences.size() > maxSentences);

    const QStringList summary = Ai::summarize(text, maxSentences);
    QCOMPARE(summary.size(), maxSentences);
    const QList<qsizetype> picked = positions(summary, sentences);
    for (qsizetype i = 0; i < picked.size(); ++i) {
        QVERIFY2(picked[i] >= 0, qPrintable(summary[i])); // a whole sentence of the text
        if (i > 0)
            QVERIFY(picked[i] > picked[i - 1]); // in text order, no repeats
    }
}

void TestSummarizer::keyPointsAreTheSummaryMostCentralFirst_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("English") << "en-sleep-study";
    QTest::newRow("Russian") << "ru-school-meals";
    QTest::newRow("Chinese") << "zh-museum-night";
}

void TestSummarizer::keyPointsAreTheSummaryMostCentralFirst()
{
    QFETCH(QString, name);
    const QString text = article(name);
    const QStringList sentences = Ai::splitSentences(text);
    const QStringList points = Ai::keyPoints(text, 5);
    QCOMPARE(points.size(), 5);
    // The same sentences as the summary of that length, in the order of their rank: each
    // shorter list of key points is the start of the longer one.
    QStringList inTextOrder = points;
    std::sort(inTextOrder.begin(), inTextOrder.end(), [&](const QString &a, const QString &b) {
        return sentences.indexOf(a) < sentences.indexOf(b);
    });
    QCOMPARE(inTextOrder, Ai::summarize(text, 5));
    for (int count = 1; count < 5; ++count)
        QCOMPARE(Ai::keyPoints(text, count), points.mid(0, count));
}

// The one sentence that shares words with all the others is the most central, wherever it is.
void TestSummarizer::centralSentenceRanksFirst()
{
    const QString central = QStringLiteral(
        "The valley festival celebrated bakers, farmers and the river with bread baked from "
        "local barley.");
    const QString text =
        QStringLiteral("Bakers in the valley bought new ovens this spring. The river festival "
                       "drew crowds to the old bridge. Farmers planted barley early because of "
                       "the warm weather. ") +
        central +
        QStringLiteral(" Bread prices in the valley stayed stable. A new cinema opened "
                       "downtown on Monday.");
    QCOMPARE(Ai::keyPoints(text, 1), QStringList{central});
    QVERIFY(Ai::summarize(text, 2).contains(central));
}

void TestSummarizer::shortTextIsItsOwnSummary_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxSentences");

    QTest::newRow("one sentence") << "Only this sentence." << 4;
    QTest::newRow("no stop at all") << "a headline without a full stop" << 3;
    QTest::newRow("as many sentences as asked") << "First one. Second one. Third one." << 3;
    QTest::newRow("Chinese, two sentences") << "今天天气很好。我们去公园吧！" << 4;
}

void TestSummarizer::shortTextIsItsOwnSummary()
{
    QFETCH(QString, text);
    QFETCH(int, maxSentences);
    QCOMPARE(Ai::summarize(text, maxSentences), Ai::splitSentences(text));
    QVERIFY(!Ai::summarize(text, maxSentences).isEmpty());
}

void TestSummarizer::emptyTextHasNoSummary()
{
    QVERIFY(Ai::splitSentences(QString()).isEmpty());
    QVERIFY(Ai::summarize(QString()).isEmpty());
    QVERIFY(Ai::summarize(QStringLiteral("  \n\t ")).isEmpty());
    QVERIFY(Ai::keyPoints(QString()).isEmpty());
    QVERIFY(Ai::summarize(QStringLiteral("Some text. More text."), 0).isEmpty());
    QVERIFY(Ai::keyPoints(QStringLiteral("Some text. More text."), -1).isEmpty());
}

void TestSummarizer::survivesAnyInput_data()
{
    QTest::addColumn<QString>("text");

    QRandomGenerator random(20260310);
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    QTest::newRow("random bytes as UTF-8") << QString::fromUtf8(bytes);

    QString units(32 * 1024, Qt::Uninitialized);
    for (QChar &unit : units)
        unit = QChar(char16_t(random.bounded(0x10000)));
    QTest::newRow("random UTF-16 with lone surrogates") << units;

    QString punctuated;
    const QString alphabet = QStringLiteral("ab .!?…。\n\"”»)U");
    for (int i = 0; i < 50000; ++i)
        punctuated.append(alphabet.at(random.bounded(alphabet.size())));
    QTest::newRow("random words and stops") << punctuated;

    QTest::newRow("huge single sentence")
        << QString(QStringLiteral("word and another ")).repeated(20000);
    QTest::newRow("huge single word") << QString(300000, QLatin1Char('x'));
    QTest::newRow("only full stops") << QString(100000, QLatin1Char('.'));
    QTest::newRow("thousands of sentences")
        << QStringLiteral("The harbour cranes move containers. Ships wait for the tide. ")
               .repeated(3000);
}

void TestSummarizer::survivesAnyInput()
{
    QFETCH(QString, text);
    const QStringList sentences = Ai::splitSentences(text);
    const QStringList summary = Ai::summarize(text, 4);
    QVERIFY(summary.size() <= 4);
    QCOMPARE(summary.isEmpty(), sentences.isEmpty());
    for (const QString &sentence : summary)
        QVERIFY(sentences.contains(sentence));
    const QStringList points = Ai::keyPoints(text, 3);
    QVERIFY(points.size() <= 3);
    for (const QString &point : points)
        QVERIFY(sentences.contains(point));
}

QTEST_APPLESS_MAIN(TestSummarizer)
#include "tst_summarizer.moc"
