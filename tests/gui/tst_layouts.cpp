// The window's layouts: three panes, cards and wide, chosen in the View menu and remembered
// per view; the cards' keyboard navigation in two dimensions; focus mode with F11 and Esc.

#include "models/articlelistmodel.h"
#include "models/viewkey.h"
#include "openlibrary.h"
#include "storage/library.h"
#include "ui/article/articlepane.h"
#include "ui/articlelistpane.h"
#include "ui/cardsview.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"
#include "ui/panearrangement.h"
#include "ui/selectioncontroller.h"
#include "ui/windowsettingskeys.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using Models::ViewKey;
using Ui::MainWindow;
using Ui::PaneLayout;

class TestLayouts final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void init();
    void cleanup();

    void viewMenuOffersTheLayouts();
    void layoutsSwitchAndAreRememberedPerView();
    void wideLayoutPutsTheListAboveTheArticle();
    void cardsMoveInTwoDimensions_data();
    void cardsMoveInTwoDimensions();
    void focusModeShowsOnlyTheArticle_data();
    void focusModeShowsOnlyTheArticle();
    void enterOnACardReadsItInFocusMode();

private:
    /// A library with two sources of \a perSource articles each; their ids in m_sources.
    std::unique_ptr<Storage::Library> openLibrary(int perSource = 6);
    /// Shows \a window and waits until \a view's articles are in the list.
    static void showAndLoad(MainWindow &window, const ViewKey &view);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<qint64> m_sources;
};

void TestLayouts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sources.clear();
}

void TestLayouts::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Storage::Library> TestLayouts::openLibrary(int perSource)
{
    auto library = TestSupport::openLibrary(m_dir->path());
    if (!library)
        return library;
    // Nothing to fetch: the sources point nowhere and the test needs no network.
    library->settings().setValue(QLatin1String(SettingsKeys::RefreshOnStart), false);
    QSqlQuery query(library->database().connection());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int s = 1; s <= 2; ++s) {
        query.prepare(QStringLiteral("INSERT INTO sources (feed_url, title) VALUES (?, ?)"));
        query.addBindValue(QStringLiteral("http://127.0.0.1:9/feed%1").arg(s));
        query.addBindValue(QStringLiteral("Source %1").arg(s));
        if (!query.exec())
            return {};
        const qint64 sourceId = query.lastInsertId().toLongLong();
        m_sources.append(sourceId);
        for (int i = 0; i < perSource; ++i) {
            query.prepare(QStringLiteral(
                "INSERT INTO articles (source_id, identity, title, read, published, first_seen)"
                " VALUES (?, ?, ?, ?, ?, ?)"));
            query.addBindValue(sourceId);
            query.addBindValue(QStringLiteral("g:%1-%2").arg(sourceId).arg(i));
            query.addBindValue(QStringLiteral("Article %1 of source %2").arg(i).arg(s));
            query.addBindValue(i % 2);
            query.addBindValue(now - i * 3600 - s);
            query.addBindValue(now - i * 3600 - s);
            if (!query.exec())
                return {};
        }
    }
    return library;
}

void TestLayouts::showAndLoad(MainWindow &window, const ViewKey &view)
{
    QSignalSpy treeLoaded(&window, &MainWindow::treeLoaded);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(treeLoaded.count() > 0);
    QTRY_VERIFY(!window.selection()->isLoading());
    window.selection()->showView(view);
    QTRY_VERIFY(!window.selection()->isLoading());
    QTRY_VERIFY(window.articleModel()->rowCount() > 0);
}

void TestLayouts::viewMenuOffersTheLayouts()
{
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QStringList texts;
    for (QAction *action : view->actions())
        texts.append(action->text().remove(QLatin1Char('&')));
    QVERIFY2(texts.mid(0, 3) == (QStringList{"Three Panes", "Cards", "Wide"}),
             qPrintable(texts.join(QLatin1Char(','))));
    QVERIFY(texts.contains(QStringLiteral("Focus Mode")));
    Ui::MainActions *actions = window.actions();
    QVERIFY(actions->layoutThreePanes->isChecked());
    QCOMPARE(actions->focusMode->shortcut(), QKeySequence(Qt::Key_F11));
    QVERIFY(!actions->fullScreen->shortcuts().contains(QKeySequence(Qt::Key_F11)));
    // Full screen keeps a key of its own.
    QVERIFY(!actions->fullScreen->shortcuts().isEmpty());
}

void TestLayouts::layoutsSwitchAndAreRememberedPerView()
{
    auto library = openLibrary();
    QVERIFY(library);
    const ViewKey first = ViewKey::source(m_sources[0]);
    const ViewKey second = ViewKey::source(m_sources[1]);
    {
        MainWindow window(*library);
        showAndLoad(window, first);
        Ui::ArticleListPane *pane = window.listPane();
        QVERIFY(pane->list()->isVisible());
        QVERIFY(!pane->cards()->isVisible());

        // Ctrl+2: cards for this view, over the same model; the article pane makes room.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.panes()->layout(), PaneLayout::Cards);
        QVERIFY(window.actions()->layoutCards->isChecked());
        QVERIFY(pane->cards()->isVisible());
        QVERIFY(!pane->list()->isVisible());
        QVERIFY(!window.articlePane()->isVisible());
        QCOMPARE(pane->cards()->model(), window.articleModel());
        QCOMPARE(pane->cards()->selectionModel(), pane->list()->selectionModel());
        QCOMPARE(pane->cards()->model()->rowCount(), 6);

        // Another view has its own layout: three panes, never chosen otherwise.
        window.selection()->showView(second);
        QTRY_VERIFY(!window.selection()->isLoading());
        QCOMPARE(window.panes()->layout(), PaneLayout::ThreePanes);
        QVERIFY(window.actions()->layoutThreePanes->isChecked());
        QVERIFY(pane->list()->isVisible());
        QVERIFY(window.articlePane()->isVisible());

        // Chosen with the menu's action this time.
        window.actions()->layoutWide->trigger();
        QCOMPARE(window.panes()->layout(), PaneLayout::Wide);

        // Back to the first view: its cards again.
        window.selection()->showView(first);
        QTRY_VERIFY(!window.selection()->isLoading());
        QCOMPARE(window.panes()->layout(), PaneLayout::Cards);
        QVERIFY(window.actions()->layoutCards->isChecked());
        QVERIFY(pane->cards()->isVisible());
        window.close();
    }
    // A new window opens the last view in its layout, and remembers the other one's.
    MainWindow window(*library);
    QSignalSpy treeLoaded(&window, &MainWindow::treeLoaded);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(treeLoaded.count() > 0);
    QCOMPARE(window.selection()->currentView(), first);
    QCOMPARE(window.panes()->layout(), PaneLayout::Cards);
    window.selection()->showView(second);
    QCOMPARE(window.panes()->layout(), PaneLayout::Wide);
    window.selection()->showView(ViewKey::smart(Models::SmartView::All));
    QCOMPARE(window.panes()->layout(), PaneLayout::ThreePanes);
    // Three panes again: the splitter holds the three panes, as in earlier versions.
    QCOMPARE(window.panes()->mainSplitter()->count(), 3);
    QCOMPARE(window.panes()->mainSplitter()->widget(2), window.articlePane());
}

void TestLayouts::wideLayoutPutsTheListAboveTheArticle()
{
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    showAndLoad(window, ViewKey::smart(Models::SmartView::All));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.panes()->layout(), PaneLayout::Wide);
    QSplitter *wide = window.panes()->wideSplitter();
    QVERIFY(wide->isVisible());
    QCOMPARE(wide->orientation(), Qt::Vertical);
    QCOMPARE(wide->widget(0), window.listPane());
    QCOMPARE(wide->widget(1), window.articlePane());
    const QPoint list = window.listPane()->mapTo(&window, QPoint());
    const QPoint article = window.articlePane()->mapTo(&window, QPoint());
    QVERIFY(list.y() < article.y());
    QCOMPARE(list.x(), article.x());
    // The article takes the larger part, and the sources keep a pane's width.
    QTRY_VERIFY(window.articlePane()->height() > window.listPane()->height());
    QVERIFY(window.listPane()->height() > 100);
    const int sourcesWidth = window.findChild<QWidget *>(QStringLiteral("sourceTree"))->width();
    QVERIFY2(sourcesWidth > 100 && sourcesWidth < 500, qPrintable(QString::number(sourcesWidth)));
    QVERIFY(window.listPane()->list()->isVisible());
    // The sources stay on the left.
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("sourceTree"))->isVisible());

    // Keys still walk the list and fill the article below.
    window.listPane()->list()->setFocus();
    QTest::keyClick(&window, Qt::Key_J);
    QTRY_VERIFY(window.selection()->currentArticleId() != 0);
}

void TestLayouts::cardsMoveInTwoDimensions_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("expectedRow"); // -1 stands for "one row of cards down".

    QTest::newRow("right") << QList<int>{Qt::Key_Right} << 1;
    QTest::newRow("right, right, left")
        << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Left} << 1;
    QTest::newRow("down") << QList<int>{Qt::Key_Down} << -1;
    QTest::newRow("down, right") << QList<int>{Qt::Key_Down, Qt::Key_Right} << -2;
    QTest::newRow("down, up") << QList<int>{Qt::Key_Down, Qt::Key_Up} << 0;
    QTest::newRow("end") << QList<int>{Qt::Key_End} << 59;
}

void TestLayouts::cardsMoveInTwoDimensions()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, expectedRow);

    auto library = openLibrary(30);
    QVERIFY(library);
    MainWindow window(*library);
    showAndLoad(window, ViewKey::smart(Models::SmartView::All));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    Ui::CardsView *cards = window.listPane()->cards();
    QTRY_COMPARE(window.articleModel()->rowCount(), 60);
    // Laid out once the window's layouts have run.
    QTRY_VERIFY2(cards->columnCount() >= 3, qPrintable(QString::number(cards->columnCount())));
    const int columns = cards->columnCount();
    // Cards fill the width: the last column ends near the right edge.
    QVERIFY(cards->visualRect(window.articleModel()->index(columns - 1, 0)).right() >
            cards->viewport()->width() - columns);
    QVERIFY(cards->visualRect(window.articleModel()->index(columns, 0)).top() >
            cards->visualRect(window.articleModel()->index(0, 0)).bottom() - 1);

    cards->setFocus();
    cards->setCurrentIndex(window.articleModel()->index(0, 0));
    QTRY_COMPARE(window.selection()->currentArticleId(), window.articleModel()->idAt(0));
    for (const int key : keys)
        QTest::keyClick(cards, Qt::Key(key));
    const int expected = expectedRow == -1   ? columns
                         : expectedRow == -2 ? columns + 1
                                             : expectedRow;
    QCOMPARE(cards->currentIndex().row(), expected);
    // The selection is the window's: the article shown follows the card.
    QTRY_COMPARE(window.selection()->currentArticleId(), window.articleModel()->idAt(expected));
    QCOMPARE(window.listPane()->list()->currentIndex().row(), expected);
}

void TestLayouts::focusModeShowsOnlyTheArticle_data()
{
    QTest::addColumn<int>("layoutKey");
    QTest::newRow("three panes") << int(Qt::Key_1);
    QTest::newRow("cards") << int(Qt::Key_2);
    QTest::newRow("wide") << int(Qt::Key_3);
}

void TestLayouts::focusModeShowsOnlyTheArticle()
{
    QFETCH(int, layoutKey);
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    showAndLoad(window, ViewKey::smart(Models::SmartView::All));
    QTest::keyClick(&window, Qt::Key(layoutKey), Qt::ControlModifier);
    const PaneLayout layout = window.panes()->layout();
    auto *sources = window.findChild<QWidget *>(QStringLiteral("sourceTree"));
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(sources->isVisible());
    QVERIFY(toolBar->isVisible());
    QVERIFY(!window.actions()->leaveFocusMode->isEnabled());

    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.panes()->isFocusMode());
    QVERIFY(window.actions()->focusMode->isChecked());
    QVERIFY(window.articlePane()->isVisible());
    QVERIFY(!sources->isVisible());
    QVERIFY(!window.listPane()->isVisible());
    QVERIFY(!toolBar->isVisible());
    QVERIFY(!window.statusBar()->isVisible());
    // The article has the whole width, and the menus stay (nothing is out of reach).
    QTRY_VERIFY(window.articlePane()->width() > window.width() - 40);
    QVERIFY(window.menuBar()->isVisible());

    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.panes()->isFocusMode());
    QVERIFY(!window.actions()->focusMode->isChecked());
    QVERIFY(!window.actions()->leaveFocusMode->isEnabled());
    QCOMPARE(window.panes()->layout(), layout);
    QVERIFY(sources->isVisible());
    QVERIFY(window.listPane()->isVisible());
    QVERIFY(toolBar->isVisible());
    QVERIFY(window.statusBar()->isVisible());
    QCOMPARE(window.articlePane()->isVisible(), layout != PaneLayout::Cards);

    // F11 toggles too.
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.panes()->isFocusMode());
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(!window.panes()->isFocusMode());
}

void TestLayouts::enterOnACardReadsItInFocusMode()
{
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    showAndLoad(window, ViewKey::smart(Models::SmartView::All));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    Ui::CardsView *cards = window.listPane()->cards();
    cards->setFocus();
    QTRY_VERIFY(cards->hasFocus());
    cards->setCurrentIndex(window.articleModel()->index(2, 0));
    const qint64 id = window.articleModel()->idAt(2);
    QTRY_COMPARE(window.selection()->currentArticleId(), id);

    QTest::keyClick(cards, Qt::Key_Return);
    QVERIFY(window.panes()->isFocusMode());
    QVERIFY(window.articlePane()->isVisible());
    QVERIFY(!cards->isVisible());

    // Esc: back to the cards, on the same card, with the keyboard there.
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.panes()->isFocusMode());
    QVERIFY(cards->isVisible());
    QTRY_VERIFY(cards->hasFocus());
    QCOMPARE(cards->currentIndex().row(), 2);
    QCOMPARE(window.selection()->currentArticleId(), id);
}

QTEST_MAIN(TestLayouts)
#include "tst_layouts.moc"
