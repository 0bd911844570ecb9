#include "ui/announcer.h"
#include "ui/mainstatusbar.h"

#include <QAccessible>
#include <QEvent>
#include <QMainWindow>
#include <QTest>

/// Announcements for screen readers on Qt 6.4: a notification-role object that shows again
/// with each message (Qt reports a show to assistive technology as "showing", which Orca reads
/// for a notification), and the status bar's use of it.
class TestAnnouncer final : public QObject
{
    Q_OBJECT

private slots:
    void messageShowsAsANotification_data();
    void messageShowsAsANotification();
    void emptyMessageIsNotAnnounced();
    void statusBarAnnouncesResultsAndNotices();
    void unchangedSyncStatusIsSaidOnce();
};

namespace {

/// Counts the times a widget was shown again after being hidden.
class ShowCounter final : public QObject
{
public:
    explicit ShowCounter(QWidget *widget) : QObject(widget) { widget->installEventFilter(this); }
    int shows = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Hide)
            m_hidden = true;
        if (event->type() == QEvent::Show && m_hidden) {
            m_hidden = false;
            ++shows;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_hidden = false;
};

Ui::Announcer *announcerOf(QWidget *parent)
{
    return parent->findChild<Ui::Announcer *>();
}

} // namespace

void TestAnnouncer::messageShowsAsANotification_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("a refresh's result") << QStringLiteral("12 new articles");
    QTest::newRow("an error") << QStringLiteral("3 sources failed");
}

void TestAnnouncer::messageShowsAsANotification()
{
    QFETCH(QString, message);
    QWidget window;
    auto *announcer = new Ui::Announcer(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ShowCounter counter(announcer);

    announcer->announce(message);

    QCOMPARE(counter.shows, 1);
    QVERIFY(announcer->isVisible());
    QVERIFY(!announcer->hasFocus());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(announcer);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Notification);
    QCOMPARE(iface->text(QAccessible::Name), message);
}

void TestAnnouncer::emptyMessageIsNotAnnounced()
{
    QWidget window;
    auto *announcer = new Ui::Announcer(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    announcer->announce(QStringLiteral("first"));
    ShowCounter counter(announcer);

    announcer->announce({});

    QCOMPARE(counter.shows, 0);
    QCOMPARE(announcer->text(), QStringLiteral("first"));
}

void TestAnnouncer::statusBarAnnouncesResultsAndNotices()
{
    QMainWindow window;
    auto *bar = new Ui::MainStatusBar(&window);
    window.setStatusBar(bar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ShowCounter counter(announcerOf(bar));

    bar->showRefreshProgress(1, 4, QStringLiteral("Harbour News"));
    QCOMPARE(counter.shows, 0); // Progress is shown, not said.
    bar->showRefreshFinished(QStringLiteral("5 new articles; 1 source failed"));
    QCOMPARE(counter.shows, 1);
    QCOMPARE(bar->announcement(), QStringLiteral("5 new articles; 1 source failed"));
    bar->showRefreshFinished(QStringLiteral("0 new articles"), false);
    QCOMPARE(counter.shows, 1);
    bar->showNotice(QStringLiteral("You are already subscribed to this feed."), 1000);
    QCOMPARE(counter.shows, 2);
    QCOMPARE(bar->announcement(), QStringLiteral("You are already subscribed to this feed."));
    QCOMPARE(bar->currentMessage(), QStringLiteral("You are already subscribed to this feed."));
}

void TestAnnouncer::unchangedSyncStatusIsSaidOnce()
{
    QMainWindow window;
    auto *bar = new Ui::MainStatusBar(&window);
    window.setStatusBar(bar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ShowCounter counter(announcerOf(bar));

    bar->showSyncStatus(QStringLiteral("Sync failed: wrong password"));
    bar->showSyncStatus(QStringLiteral("Sync failed: wrong password"));
    bar->showSyncStatus({});

    QCOMPARE(counter.shows, 1);
    QCOMPARE(bar->announcement(), QStringLiteral("Sync failed: wrong password"));
}

QTEST_MAIN(TestAnnouncer)
#include "tst_announcer.moc"
