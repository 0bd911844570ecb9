#include "temporarylibrary.h"

#include "models/databaseworker.h"
#include "storage/articlerepository.h"
#include "storage/muterepository.h"
#include "storage/rulerepository.h"
#include "ui/mutedialog.h"
#include "ui/ruleapplycontroller.h"
#include "ui/settings/ruleeditdialog.h"
#include "ui/settings/rulessettingspage.h"
#include "ui/traycontroller.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using Field = Storage::RuleCondition::Field;
using Match = Storage::RuleCondition::Match;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

/// The window's side of rules: the Rules page, the rule editor's Try, saving with the run over
/// the library, the mute dialog's words and the rules' notification.
class TestRulesUi final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pageListsRulesAndMutes();
    void tryCountsTheMatches();
    void savingAppliesTheRule();
    void wordsOfATitle_data();
    void wordsOfATitle();
    void ruleNotification_data();
    void ruleNotification();

private:
    std::unique_ptr<TemporaryLibrary> m_library;
    std::unique_ptr<Models::DatabaseWorker> m_worker;
};

void TestRulesUi::init()
{
    m_library = std::make_unique<TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    const qint64 source = m_library->addSource(QStringLiteral("https://harbour.example/feed.xml"),
                                               QStringLiteral("Harbour"));
    QList<Feeds::Item> items;
    for (int i = 0; i < 30; ++i) {
        items.append(makeItem(QStringLiteral("g%1").arg(i), {},
                              i % 3 == 0 ? QStringLiteral("Election update %1").arg(i)
                                         : QStringLiteral("Ferry news %1").arg(i)));
    }
    QVERIFY(Storage::ArticleRepository(m_library->connection())
                .store(source, makeFeed(items), QDateTime::currentDateTimeUtc()));
    m_worker = std::make_unique<Models::DatabaseWorker>(m_library->filePath());
}

void TestRulesUi::cleanup()
{
    m_worker.reset();
    m_library.reset();
}

void TestRulesUi::pageListsRulesAndMutes()
{
    Storage::Rule rule;
    rule.name = QStringLiteral("Ferries");
    rule.conditions = {{Field::Title, Match::WholeWord, QStringLiteral("ferry")}};
    rule.actions.markRead = true;
    QVERIFY(Storage::RuleRepository(m_library->connection()).save(rule) > 0);
    Storage::MuteRepository mutes(m_library->connection());
    QVERIFY(mutes.add(QStringLiteral("election"), QDateTime::currentDateTime().addDays(2)) > 0);
    QVERIFY(mutes.add(QStringLiteral("storm"), QDateTime::currentDateTime().addDays(-1)) > 0);

    Ui::RulesSettingsPage page(m_worker.get());
    page.load();
    auto *rules = page.findChild<QTreeWidget *>(QStringLiteral("ruleList"));
    auto *muted = page.findChild<QTreeWidget *>(QStringLiteral("muteList"));
    QVERIFY(rules && muted);
    QTRY_COMPARE(rules->topLevelItemCount(), 1);
    QCOMPARE(rules->topLevelItem(0)->text(0), QStringLiteral("Ferries"));
    QCOMPARE(rules->topLevelItem(0)->text(1), QStringLiteral("title has the word “ferry”"));
    QCOMPARE(rules->topLevelItem(0)->text(2), QStringLiteral("mark read"));
    QCOMPARE(rules->topLevelItem(0)->checkState(0), Qt::Checked);
    QCOMPARE(muted->topLevelItemCount(), 2);
    QVERIFY(muted->topLevelItem(0)->text(1).startsWith(QLatin1String("until ")));
    QVERIFY(muted->topLevelItem(1)->text(1).startsWith(QLatin1String("expired on ")));
    QCOMPARE(page.title(), QStringLiteral("Rules"));
    QVERIFY(!page.isDirty());
}

void TestRulesUi::tryCountsTheMatches()
{
    Storage::Rule rule;
    rule.conditions = {{Field::Title, Match::Contains, QStringLiteral("election")}};
    Ui::RuleEditDialog dialog(m_worker.get(), rule, QString());
    QPushButton *tryButton = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Try"))
            tryButton = button;
    }
    QVERIFY(tryButton);
    tryButton->click();
    const auto resultShown = [&dialog] {
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().startsWith(QLatin1String("Would match 10 article")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(resultShown());
    auto *matches = dialog.findChild<QListWidget *>();
    QVERIFY(matches);
    QCOMPARE(matches->count(), 10);
    QVERIFY(matches->item(0)->text().startsWith(QLatin1String("Election update")));
    // Without an action the rule cannot be saved yet.
    QCOMPARE(dialog.rule().actions.isEmpty(), true);
}

void TestRulesUi::savingAppliesTheRule()
{
    Storage::Rule rule;
    rule.conditions = {{Field::Title, Match::WholeWord, QStringLiteral("election")}};
    rule.actions.tag = QStringLiteral("politics");
    rule.actions.hide = true;
    QWidget parent;
    qint64 saved = -1;
    Ui::RuleApplyController::saveAndApply(m_worker.get(), rule, &parent,
                                          [&saved](qint64 id) { saved = id; });
    QTRY_VERIFY(saved >= 0);
    QVERIFY(saved > 0);
    QCOMPARE(
        m_library->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE hidden = 1")).toInt(),
        10);
    QCOMPARE(m_library->scalar(QStringLiteral("SELECT count(*) FROM article_tags")).toInt(), 10);
}

void TestRulesUi::wordsOfATitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("short words left out")
        << QStringLiteral("An election in the rain") << QStringList{"election", "the", "rain"};
    QTest::newRow("each word once")
        << QStringLiteral("Rain, rain and more RAIN") << QStringList{"Rain", "and", "more"};
    QTest::newRow("apostrophes and hyphens stay")
        << QStringLiteral("Mayor's re-election") << QStringList{"Mayor's", "re-election"};
    QTest::newRow("nothing") << QString() << QStringList();
}

void TestRulesUi::wordsOfATitle()
{
    QFETCH(QString, title);
    QFETCH(QStringList, words);
    QCOMPARE(Ui::MuteDialog::wordsOf(title), words);
}

void TestRulesUi::ruleNotification_data()
{
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("text");

    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("one") << QStringList{"Derby tonight"}
                         << QStringLiteral("1 new article(s) matched your rules\nDerby tonight");
    QTest::newRow("more than three")
        << QStringList{"a", "b", "c", "d", "e"}
        << QStringLiteral("5 new article(s) matched your rules\na\nb\nc\nand 2 more");
}

void TestRulesUi::ruleNotification()
{
    QFETCH(QStringList, titles);
    QFETCH(QString, text);
    // No translation is loaded, so the plural stays as written.
    QCOMPARE(Ui::TrayController::ruleNotificationText(titles), text);
}

QTEST_MAIN(TestRulesUi)
#include "tst_rulesui.moc"
