#include "models/viewkey.h"
#include "ui/windowlayout.h"

#include <QFile>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

class TestWindowLayout final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aProfileOfEarlierVersionsReopensWhereItWasLeft();
    void firstStartGetsTheDefaultSizes();
    void savedLayoutIsRestored();

private:
    [[nodiscard]] QString settingsPath() const
    {
        return m_dir->filePath(QStringLiteral("settings.ini"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWindowLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWindowLayout::cleanup()
{
    m_dir.reset();
}

void TestWindowLayout::aProfileOfEarlierVersionsReopensWhereItWasLeft()
{
    // As a profile written before WindowLayout existed (and the CI smoke test) has it.
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[mainWindow]\nlastArticle=7\nlastView=source:3\n");
    file.close();

    QSettings settings(settingsPath(), QSettings::IniFormat);
    Ui::WindowLayout layout(settings);
    QCOMPARE(layout.lastArticle(), 7);
    QCOMPARE(layout.lastView().toString(), QStringLiteral("source:3"));
    QCOMPARE(layout.lastView().kind, Models::ViewKey::Kind::Source);

    layout.setLastArticle(9);
    layout.setLastView(Models::ViewKey::smart(Models::SmartView::Unread));
    QCOMPARE(settings.value(QStringLiteral("mainWindow/lastArticle")).toLongLong(), 9);
    QCOMPARE(settings.value(QStringLiteral("mainWindow/lastView")).toString(),
             Models::ViewKey::smart(Models::SmartView::Unread).toString());
}

void TestWindowLayout::firstStartGetsTheDefaultSizes()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const Ui::WindowLayout layout(settings);
    QCOMPARE(layout.lastArticle(), 0);
    QVERIFY(!layout.lastView().isValid());

    QMainWindow window;
    auto *panes = new QSplitter(&window);
    for (int i = 0; i < 3; ++i)
        panes->addWidget(new QWidget);
    window.setCentralWidget(panes);
    layout.restore(window, *panes);
    QCOMPARE(window.size(), QSize(1200, 760));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<int> sizes = panes->sizes();
    QCOMPARE(sizes.size(), 3);
    // Sources narrowest, the article widest, as the default 240/400/560 split has it.
    QVERIFY2(sizes[0] < sizes[1] && sizes[1] < sizes[2], qPrintable(QString::number(sizes[0])));
}

void TestWindowLayout::savedLayoutIsRestored()
{
    QByteArray splitterState;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        Ui::WindowLayout layout(settings);
        QMainWindow window;
        auto *panes = new QSplitter(&window);
        for (int i = 0; i < 3; ++i)
            panes->addWidget(new QWidget);
        window.setCentralWidget(panes);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        panes->setSizes({100, 300, 500});
        splitterState = panes->saveState();
        layout.save(window, *panes);
    }
    QSettings reread(settingsPath(), QSettings::IniFormat);
    QVERIFY(!reread.value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    QVERIFY(!reread.value(QStringLiteral("mainWindow/state")).toByteArray().isEmpty());
    QCOMPARE(reread.value(QStringLiteral("mainWindow/splitter")).toByteArray(), splitterState);

    const Ui::WindowLayout layout(reread);
    QMainWindow window;
    auto *panes = new QSplitter(&window);
    for (int i = 0; i < 3; ++i)
        panes->addWidget(new QWidget);
    window.setCentralWidget(panes);
    layout.restore(window, *panes);
    QCOMPARE(panes->saveState(), splitterState);
    QVERIFY(window.size() != QSize(1200, 760));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
