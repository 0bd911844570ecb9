#include "models/databaseworker.h"
#include "remoteaccount.h"
#include "secrets/memorystore.h"
#include "storage/articlerepository.h"
#include "temporarylibrary.h"
#include "ui/mainstatusbar.h"
#include "ui/synccontroller.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(Storage::Account)

class TestSyncController final : public QObject
{
    Q_OBJECT

private slots:
    void describesTheQueue_data();
    void describesTheQueue();
    void showsAReadSyncedArticleAsWaiting();
};

namespace {

Storage::Account remote(int pending, const QString &lastError)
{
    Storage::Account account;
    account.id = 2;
    account.type = Storage::AccountType::TinyTinyRss;
    account.title = QStringLiteral("Home server");
    account.pendingChanges = pending;
    account.lastError = lastError;
    return account;
}

} // namespace

void TestSyncController::describesTheQueue_data()
{
    QTest::addColumn<QList<Storage::Account>>("accounts");
    QTest::addColumn<QString>("expected");

    const QString unreachable = QStringLiteral("the server could not be reached");
    QTest::newRow("only the local account")
        << QList<Storage::Account>{Storage::Account{}} << QString();
    QTest::newRow("all sent") << QList<Storage::Account>{remote(0, {})} << QString();
    QTest::newRow("all sent, but the last sync failed")
        << QList<Storage::Account>{remote(0, unreachable)}
        << QStringLiteral("“Home server” could not be synced: the server could not be reached");
    QTest::newRow("waiting") << QList<Storage::Account>{remote(3, {})}
                             << QStringLiteral("3 change(s) waiting to be synced");
    QTest::newRow("waiting, and why")
        << QList<Storage::Account>{remote(3, unreachable)}
        << QStringLiteral("3 change(s) waiting — the server could not be reached");
}

void TestSyncController::describesTheQueue()
{
    QFETCH(QList<Storage::Account>, accounts);
    QFETCH(QString, expected);
    QCOMPARE(Ui::SyncController::describeQueue(accounts), expected);
}

void TestSyncController::showsAReadSyncedArticleAsWaiting()
{
    TestSupport::TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const auto account =
        TestSupport::RemoteAccount::create(library.connection(), QDateTime::currentDateTime());
    QVERIFY(account.accountId > 0);
    QVERIFY(Storage::ArticleRepository(library.connection())
                .setRead(account.articles.value(QStringLiteral("r1")), true));

    QNetworkAccessManager network;
    Models::DatabaseWorker worker(library.filePath());
    Secrets::MemoryStore secrets;
    Ui::SyncController controller(&network, &worker, &secrets);
    Ui::MainStatusBar statusBar;
    connect(&controller, &Ui::SyncController::statusChanged, &statusBar,
            &Ui::MainStatusBar::showSyncStatus);
    QSignalSpy changed(&controller, &Ui::SyncController::statusChanged);
    controller.updateStatus();
    QVERIFY(changed.wait());
    QCOMPARE(statusBar.syncText(), QStringLiteral("1 change(s) waiting to be synced"));

    // Read again as the server knows it: nothing waits, and the status bar says nothing.
    QVERIFY(Storage::ArticleRepository(library.connection())
                .setRead(account.articles.value(QStringLiteral("r1")), false));
    controller.noteLocalChange();
    QVERIFY(changed.wait());
    QVERIFY(statusBar.syncText().isEmpty());
}

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"
