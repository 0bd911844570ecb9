#include "storage/sessionmarker.h"

#include <QTemporaryDir>
#include <QTest>

using Storage::SessionMarker;

class TestSessionMarker final : public QObject
{
    Q_OBJECT

private slots:
    void cleanExitNeedsNoCheck();
    void sessionThatNeverEndedNeedsACheck();
    void requestedCheckHappensAtTheNextStartOnly();
};

void TestSessionMarker::cleanExitNeedsNoCheck()
{
    QTemporaryDir dir;
    const Storage::Profile profile(dir.path());
    QVERIFY(!SessionMarker(profile).checkNeeded()); // a new profile
    SessionMarker session(profile);
    session.begin();
    session.end();
    QVERIFY(!SessionMarker(profile).checkNeeded());
}

void TestSessionMarker::sessionThatNeverEndedNeedsACheck()
{
    QTemporaryDir dir;
    const Storage::Profile profile(dir.path());
    SessionMarker(profile).begin(); // ... and the process died
    QVERIFY(SessionMarker(profile).checkNeeded());
}

void TestSessionMarker::requestedCheckHappensAtTheNextStartOnly()
{
    QTemporaryDir dir;
    const Storage::Profile profile(dir.path());
    SessionMarker running(profile);
    running.begin();
    SessionMarker(profile).requestCheckAtNextStart(); // damage found while running
    running.end();
    QVERIFY(SessionMarker(profile).checkNeeded());

    SessionMarker next(profile);
    next.begin(); // after the check
    next.end();
    QVERIFY(!SessionMarker(profile).checkNeeded());
}

QTEST_GUILESS_MAIN(TestSessionMarker)
#include "tst_sessionmarker.moc"
