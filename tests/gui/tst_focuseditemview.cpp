#include "ui/focuseditemview.h"

#include <QLineEdit>
#include <QListView>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

/// Item views that tell assistive technology about a new current item only while they have the
/// focus (Qt 6.4 tells it wherever the focus is), and that otherwise change current items as
/// Qt's do: the row is current, selected and scrolled into view.
class TestFocusedItemView final : public QObject
{
    Q_OBJECT

private slots:
    void newCurrentItemIsToldOnlyWithTheFocus_data();
    void newCurrentItemIsToldOnlyWithTheFocus();
};

namespace {

/// Stands in for Qt's view: its currentChanged() is the part that tells assistive technology,
/// so counting calls to it counts what a screen reader would have been told.
template<typename QtView> class TellingCounter : public QtView
{
public:
    using QtView::QtView;
    int told = 0;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override
    {
        ++told;
        QtView::currentChanged(current, previous);
    }
};

struct Window
{
    QWidget window;
    QLineEdit *field = new QLineEdit(&window);
    QStandardItemModel model;
    QAbstractItemView *view = nullptr;
    std::function<int()> told;

    explicit Window(bool tree)
    {
        for (int row = 0; row < 200; ++row)
            model.appendRow(new QStandardItem(QStringLiteral("Row %1").arg(row)));
        if (tree) {
            auto *treeView = new Ui::FocusedItemView<TellingCounter<QTreeView>>(&window);
            treeView->setAllColumnsShowFocus(true);
            told = [treeView] { return treeView->told; };
            view = treeView;
        } else {
            auto *listView = new Ui::FocusedItemView<TellingCounter<QListView>>(&window);
            told = [listView] { return listView->told; };
            view = listView;
        }
        view->setModel(&model);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(field);
        layout->addWidget(view);
        window.resize(300, 200);
    }
};

} // namespace

void TestFocusedItemView::newCurrentItemIsToldOnlyWithTheFocus_data()
{
    QTest::addColumn<bool>("tree");
    QTest::addColumn<bool>("viewHasFocus");
    QTest::addColumn<int>("told");

    QTest::newRow("tree, focus in the field") << true << false << 0;
    QTest::newRow("tree, focus in the view") << true << true << 1;
    QTest::newRow("list, focus in the field") << false << false << 0;
    QTest::newRow("list, focus in the view") << false << true << 1;
}

void TestFocusedItemView::newCurrentItemIsToldOnlyWithTheFocus()
{
    QFETCH(bool, tree);
    QFETCH(bool, viewHasFocus);
    QFETCH(int, told);
    Window window(tree);
    window.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window.window));
    QWidget *focus = viewHasFocus ? static_cast<QWidget *>(window.view) : window.field;
    focus->setFocus();
    QTRY_VERIFY(focus->hasFocus());
    const int before = window.told();

    const QModelIndex far = window.model.index(150, 0);
    window.view->setCurrentIndex(far);

    QCOMPARE(window.told() - before, told);
    QCOMPARE(window.view->currentIndex(), far);
    QVERIFY(window.view->selectionModel()->isSelected(far));
    QVERIFY(window.view->viewport()->rect().contains(window.view->visualRect(far)));
    QVERIFY(focus->hasFocus());
}

QTEST_MAIN(TestFocusedItemView)
#include "tst_focuseditemview.moc"
