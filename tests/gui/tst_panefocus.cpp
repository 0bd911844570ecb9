#include "ui/panefocus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

/// F6 and Shift+F6: the focus goes from pane to pane, round again, past panes with nothing to
/// focus or that are hidden.
class TestPaneFocus final : public QObject
{
    Q_OBJECT

private slots:
    void focusMovesBetweenPanes_data();
    void focusMovesBetweenPanes();
};

namespace {

/// Four panes: a field, a pane whose button is inside it, one with only a label, and a field
/// that may be hidden.
struct Panes
{
    QWidget window;
    QLineEdit *first = new QLineEdit(&window);
    QWidget *second = new QWidget(&window);
    QPushButton *secondButton = new QPushButton(QStringLiteral("Inside"), second);
    QLabel *third = new QLabel(QStringLiteral("Nothing to focus"), &window);
    QLineEdit *fourth = new QLineEdit(&window);
    QPushButton *outside = new QPushButton(QStringLiteral("Outside"), &window);

    Panes()
    {
        auto *inner = new QHBoxLayout(second);
        inner->addWidget(secondButton);
        auto *layout = new QHBoxLayout(&window);
        for (QWidget *widget :
             {static_cast<QWidget *>(first), second, static_cast<QWidget *>(third),
              static_cast<QWidget *>(fourth), static_cast<QWidget *>(outside)})
            layout->addWidget(widget);
    }
    [[nodiscard]] QList<QWidget *> list() const { return {first, second, third, fourth}; }
    [[nodiscard]] QWidget *widget(const QString &name) const
    {
        if (name == QLatin1String("first"))
            return first;
        if (name == QLatin1String("second"))
            return secondButton;
        if (name == QLatin1String("fourth"))
            return fourth;
        return outside;
    }
};

} // namespace

void TestPaneFocus::focusMovesBetweenPanes_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<bool>("fourthHidden");
    QTest::addColumn<QString>("to");
    QTest::newRow("next goes into a pane's own widget") << "first" << true << false << "second";
    QTest::newRow("next skips a pane with nothing to focus")
        << "second" << true << false << "fourth";
    QTest::newRow("next wraps around") << "fourth" << true << false << "first";
    QTest::newRow("previous wraps around") << "first" << false << false << "fourth";
    QTest::newRow("a hidden pane is skipped") << "second" << true << true << "first";
    QTest::newRow("from outside, next starts at the first")
        << "outside" << true << false << "first";
    QTest::newRow("from outside, previous starts at the last")
        << "outside" << false << true << "second";
}

void TestPaneFocus::focusMovesBetweenPanes()
{
    QFETCH(QString, from);
    QFETCH(bool, forward);
    QFETCH(bool, fourthHidden);
    QFETCH(QString, to);
    Panes panes;
    panes.fourth->setVisible(!fourthHidden);
    Ui::PaneFocus focus(panes.list());
    panes.window.show();
    panes.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panes.window));
    panes.widget(from)->setFocus();
    QTRY_VERIFY(panes.widget(from)->hasFocus());

    if (forward)
        focus.next();
    else
        focus.previous();

    QTRY_VERIFY2(panes.widget(to)->hasFocus(),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : QStringLiteral("(none)")));
}

QTEST_MAIN(TestPaneFocus)
#include "tst_panefocus.moc"
