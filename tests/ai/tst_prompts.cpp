#include "ai/prompts.h"

#include <QTest>

/// What the prompts send of an article: the text cut to the model's budget.
class TestPrompts final : public QObject
{
    Q_OBJECT

private slots:
    void textIsCutToTheBudget_data();
    void textIsCutToTheBudget();
};

void TestPrompts::textIsCutToTheBudget_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("budget");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text within the budget is unchanged")
        << QStringLiteral("Short. Text.") << 50 << QStringLiteral("Short. Text.");
    QTest::newRow("cut after the last sentence that fits")
        << QStringLiteral("One two three. Four five six. Seven eight nine ten eleven.") << 40
        << QStringLiteral("One two three. Four five six. […]");
    QTest::newRow("word boundary when no sentence ends late enough")
        << QStringLiteral("Tiny. Then a very long sentence without any end in sight at all") << 40
        << QStringLiteral("Tiny. Then a very long sentence […]");
    QTest::newRow("one long word is cut hard")
        << QString(60, QLatin1Char('w')) << 20
        << QString(16, QLatin1Char('w')) + QStringLiteral(" […]");
    QTest::newRow("a surrogate pair is never split")
        << QString(15, QLatin1Char('a')) + QStringLiteral("😀😀😀😀😀😀") << 20
        << QString(15, QLatin1Char('a')) + QStringLiteral(" […]");
    QTest::newRow("ideographic full stop ends a sentence")
        << QStringLiteral("渡船每四十分钟一班。夜间航班不变。五月前购买的船票仍然有效。") << 22
        << QStringLiteral("渡船每四十分钟一班。夜间航班不变。 […]");
}

void TestPrompts::textIsCutToTheBudget()
{
    QFETCH(QString, text);
    QFETCH(int, budget);
    QFETCH(QString, expected);
    const QString cut = Ai::Prompts::fitToBudget(text, budget);
    QCOMPARE(cut, expected);
    QVERIFY(cut.size() <= budget);
}

QTEST_APPLESS_MAIN(TestPrompts)
#include "tst_prompts.moc"
