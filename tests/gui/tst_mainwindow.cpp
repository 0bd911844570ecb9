#include "openlibrary.h"
#include "storage/library.h"
#include "ui/article/articlepane.h"
#include "ui/article/articleview.h"
#include "ui/guiapplication.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingsdialog.h"
#include "ui/windowsettingskeys.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWebEngineView>

#include <functional>

using Ui::MainWindow;

namespace {

// Runs \a handle on the next modal dialog as soon as it is shown; exec() returns once it closes.
void whenModalDialogAppears(const std::function<void(QWidget *)> &handle)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            poll->stop();
            poll->deleteLater();
            handle(dialog);
        }
    });
    poll->start(20);
}

/// Counts the paint events of the widgets it filters.
class PaintCounter final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void init();
    void cleanup();

    void threePanesInSplitters();
    void menusInOrder();
    void emptyStateInvitesToAddASource();
    void sourcesReplaceTheEmptyState();
    void webViewIsCreatedForTheFirstArticle();
    void geometryAndSplitterAreRemembered();
    void settingsDialogSavesOnOkAndRestoresOnCancel_data();
    void settingsDialogSavesOnOkAndRestoresOnCancel();
    void corruptDatabaseExplainedInADialog();

private:
    std::unique_ptr<Storage::Library> openLibrary();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Storage::Library> TestMainWindow::openLibrary()
{
    return TestSupport::openLibrary(m_dir->path());
}

void TestMainWindow::threePanesInSplitters()
{
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    QCOMPARE(splitter->count(), 3);
    QCOMPARE(splitter->widget(0)->objectName(), QStringLiteral("sourceTree"));
    QCOMPARE(splitter->widget(1)->objectName(), QStringLiteral("articleListStack"));
    QCOMPARE(splitter->widget(2)->objectName(), QStringLiteral("articlePane"));
    for (int i = 0; i < splitter->count(); ++i) {
        QVERIFY(splitter->widget(i)->isVisible());
        QVERIFY(splitter->widget(i)->width() > 50);
        QVERIFY(!splitter->widget(i)->accessibleName().isEmpty());
    }
    // Panes sit left to right in that order.
    QVERIFY(splitter->widget(0)->x() < splitter->widget(1)->x());
    QVERIFY(splitter->widget(1)->x() < splitter->widget(2)->x());
    QVERIFY(window.statusBar()->isVisible());
}

void TestMainWindow::menusInOrder()
{
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text().remove(QLatin1Char('&')));
    QCOMPARE(titles, (QStringList{"File", "View", "Article", "Settings", "Help"}));
}

void TestMainWindow::emptyStateInvitesToAddASource()
{
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isShowingEmptyState());

    auto *button = window.findChild<QPushButton *>(QStringLiteral("addSourceButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Add a source…"));
    QSignalSpy addRequested(&window, &MainWindow::addSourceRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(addRequested.count(), 1);

    QSignalSpy importRequested(&window, &MainWindow::importOpmlRequested);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("importOpmlButton")),
                      Qt::LeftButton);
    QCOMPARE(importRequested.count(), 1);
}

void TestMainWindow::sourcesReplaceTheEmptyState()
{
    auto library = openLibrary();
    QVERIFY(library);
    QSqlQuery query(library->database().connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO sources (feed_url, title) VALUES ('http://127.0.0.1/feed', 'A source')")));
    MainWindow window(*library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isShowingEmptyState());
    QVERIFY(window.findChild<QTreeView *>(QStringLiteral("articleList"))->isVisible());
}

void TestMainWindow::webViewIsCreatedForTheFirstArticle()
{
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    auto *pane = window.findChild<Ui::ArticlePane *>(QStringLiteral("articlePane"));
    QVERIFY(pane);
    QVERIFY(!pane->articleView());
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("articlePlaceholder")));

    // Painting the window does not start WebEngine: that waits for an article.
    QSignalSpy ready(pane, &Ui::ArticlePane::webViewReady);
    PaintCounter paints;
    pane->installEventFilter(&paints);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(paints.count > 0);
    QCoreApplication::processEvents();
    QCOMPARE(ready.count(), 0);
    QVERIFY(!pane->articleView());

    Storage::Article article;
    article.row.id = 7;
    article.row.title = QStringLiteral("Low tide");
    QSignalSpy loading(pane, &Ui::ArticlePane::loadStarted);
    pane->showArticle(article);
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(pane->articleView());
    QCOMPARE(pane->articleView()->parentWidget(), pane);
    QCOMPARE(loading.count(), 1);
    QCOMPARE(loading.first().at(0).toLongLong(), 7);
    QCOMPARE(pane->currentWidget(), pane->articleView());
}

void TestMainWindow::geometryAndSplitterAreRemembered()
{
    QList<int> sizes;
    {
        auto library = openLibrary();
        QVERIFY(library);
        MainWindow window(*library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, 700);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 300, 380});
        sizes = splitter->sizes();
        window.close();
    }
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1000, 700));
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestMainWindow::settingsDialogSavesOnOkAndRestoresOnCancel_data()
{
    QTest::addColumn<QDialogButtonBox::StandardButton>("button");
    QTest::addColumn<bool>("expectedRefreshOnStart");
    QTest::newRow("OK saves") << QDialogButtonBox::Ok << false;
    QTest::newRow("Cancel keeps the old value") << QDialogButtonBox::Cancel << true;
}

void TestMainWindow::settingsDialogSavesOnOkAndRestoresOnCancel()
{
    QFETCH(QDialogButtonBox::StandardButton, button);
    QFETCH(bool, expectedRefreshOnStart);
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    bool sawDialog = false;
    bool checkedBefore = false;
    bool checkedAfterClick = true;
    whenModalDialogAppears([&](QWidget *dialog) {
        sawDialog = qobject_cast<Ui::SettingsDialog *>(dialog) != nullptr;
        // The dialog is closed by its button whatever happens, so a failure cannot hang here.
        if (auto *refreshOnStart =
                dialog->findChild<QCheckBox *>(QStringLiteral("refreshOnStart"))) {
            checkedBefore = refreshOnStart->isChecked();
            // On the box itself: a check box row can be wider than its text.
            QTest::mouseClick(refreshOnStart, Qt::LeftButton, {},
                              QPoint(4, refreshOnStart->height() / 2));
            checkedAfterClick = refreshOnStart->isChecked();
        }
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(button), Qt::LeftButton);
    });
    window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    QVERIFY(sawDialog);
    QVERIFY(checkedBefore);
    QVERIFY(!checkedAfterClick);
    QCOMPARE(
        library->settings()
            .value(QLatin1String(SettingsKeys::RefreshOnStart), SettingsKeys::RefreshOnStartDefault)
            .toBool(),
        expectedRefreshOnStart);
}

void TestMainWindow::corruptDatabaseExplainedInADialog()
{
    const QString database = m_dir->filePath(QStringLiteral("tidings.sqlite"));
    const QByteArray contents(4096, 'x');
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    QString shownText;
    whenModalDialogAppears([&](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            shownText = box->text() + QLatin1Char('\n') + box->informativeText();
            box->close();
        }
    });
    QVERIFY(!Ui::openLibraryOrExplain(m_dir->path()));
    QVERIFY2(shownText.contains(database), qPrintable(shownText));
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
