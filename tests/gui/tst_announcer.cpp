#include "ui/announcer.h"
#include "ui/mainstatusbar.h"

#include <QAccessible>
#include <QMainWindow>
#include <QTest>

/// Announcements for screen readers on Qt 6.4: a notification-role object that shows again
/// with each message (what Orca reads), and the status bar's use of it.
class TestAnnouncer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void messageShowsAsANotification_data();
    void messageShowsAsANotification();
    void emptyMessageIsNotAnnounced();
    void statusBarAnnouncesResultsAndNotices();
    void unchangedSyncStatusIsSaidOnce();
};

namespace {

struct Seen
{
    QAccessible::Event type;
    QAccessible::Role role;
    QString name;
};

QList<Seen> seen;

void record(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    if (iface)
        seen.append({event->type(), iface->role(), iface->text(QAccessible::Name)});
}

QList<Seen> notificationsShown()
{
    QList<Seen> result;
    for (const Seen &event : std::as_const(seen)) {
        if (event.type == QAccessible::ObjectShow && event.role == QAccessible::Notification)
            result.append(event);
    }
    return result;
}

} // namespace

void TestAnnouncer::initTestCase()
{
    // Events go to this handler instead of a platform bridge.
    QAccessible::installUpdateHandler(&record);
    QAccessible::setActive(true);
}

void TestAnnouncer::cleanup()
{
    seen.clear();
}

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
    seen.clear();

    announcer->announce(message);

    const QList<Seen> shown = notificationsShown();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.constFirst().name, message);
    QCOMPARE(announcer->text(), message);
    QVERIFY(announcer->isVisible());
    QVERIFY(!announcer->hasFocus());
}

void TestAnnouncer::emptyMessageIsNotAnnounced()
{
    QWidget window;
    auto *announcer = new Ui::Announcer(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    announcer->announce(QStringLiteral("first"));
    seen.clear();

    announcer->announce({});

    QVERIFY(notificationsShown().isEmpty());
    QCOMPARE(announcer->text(), QStringLiteral("first"));
}

void TestAnnouncer::statusBarAnnouncesResultsAndNotices()
{
    QMainWindow window;
    auto *bar = new Ui::MainStatusBar(&window);
    window.setStatusBar(bar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    seen.clear();

    bar->showRefreshProgress(1, 4, QStringLiteral("Harbour News"));
    QVERIFY2(notificationsShown().isEmpty(), "progress is shown, not said");
    bar->showRefreshFinished(QStringLiteral("5 new articles; 1 source failed"));
    bar->showNotice(QStringLiteral("You are already subscribed to this feed."), 1000);

    const QList<Seen> shown = notificationsShown();
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(0).name, QStringLiteral("5 new articles; 1 source failed"));
    QCOMPARE(shown.at(1).name, QStringLiteral("You are already subscribed to this feed."));
    QCOMPARE(bar->currentMessage(), QStringLiteral("You are already subscribed to this feed."));
}

void TestAnnouncer::unchangedSyncStatusIsSaidOnce()
{
    QMainWindow window;
    auto *bar = new Ui::MainStatusBar(&window);
    window.setStatusBar(bar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    seen.clear();

    bar->showSyncStatus(QStringLiteral("Sync failed: wrong password"));
    bar->showSyncStatus(QStringLiteral("Sync failed: wrong password"));
    bar->showSyncStatus({});

    QCOMPARE(notificationsShown().size(), 1);
    QCOMPARE(bar->announcement(), QStringLiteral("Sync failed: wrong password"));
}

QTEST_MAIN(TestAnnouncer)
#include "tst_announcer.moc"
