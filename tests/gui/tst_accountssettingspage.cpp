// Preferences → Accounts against a fake Tiny Tiny RSS on 127.0.0.1: testing a connection,
// adding an account (the password to the keyring only), removing one after asking; and the
// Google Reader API servers with their addresses filled in or made, against the in-test one.
#include "fakegreader.h"
#include "fakettrss.h"
#include "models/databaseworker.h"
#include "remoteaccount.h"
#include "secrets/accountpassword.h"
#include "secrets/memorystore.h"
#include "storage/accountrepository.h"
#include "temporarylibrary.h"
#include "ui/settings/accountdialog.h"
#include "ui/settings/accountssettingspage.h"
#include "waitfordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using Ui::AccountDialog;
using Ui::AccountsSettingsPage;

class TestAccountsSettingsPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testConnectionSaysWhatHappened_data();
    void testConnectionSaysWhatHappened();
    void addStoresAccountAndPasswordApart();
    void googleReaderServersHaveTheirAddresses();
    void removeAsksFirst_data();
    void removeAsksFirst();
    void intervalIsSavedPerAccount();

private:
    AccountDialog *openAddDialog();
    void fillIn(AccountDialog *dialog, const QUrl &server);
    QMessageBox *waitForQuestion();

    std::unique_ptr<TestSupport::TemporaryLibrary> m_library;
    std::unique_ptr<TestSupport::FakeTtRss> m_server;
    std::unique_ptr<QWidget> m_window;
    Models::DatabaseWorker *m_worker = nullptr;
    Secrets::MemoryStore *m_passwords = nullptr;
    AccountsSettingsPage *m_page = nullptr;
};

void TestAccountsSettingsPage::init()
{
    m_library = std::make_unique<TestSupport::TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_server = std::make_unique<TestSupport::FakeTtRss>();
    QVERIFY(m_server->listen());
    m_window = std::make_unique<QWidget>();
    auto *network = new QNetworkAccessManager(m_window.get());
    m_worker = new Models::DatabaseWorker(m_library->filePath(), m_window.get());
    m_passwords = new Secrets::MemoryStore(m_window.get());
    m_page = new AccountsSettingsPage({m_worker, network, m_passwords}, m_window.get());
    m_window->resize(720, 480);
    m_page->resize(m_window->size());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccountsSettingsPage::cleanup()
{
    if (m_worker)
        m_worker->waitForIdle();
    m_window.reset();
    m_worker = nullptr;
    m_server.reset();
    m_library.reset();
}

AccountDialog *TestAccountsSettingsPage::openAddDialog()
{
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("addAccountButton")),
                      Qt::LeftButton);
    auto *dialog = TestSupport::waitForDialog<AccountDialog>(m_page);
    if (dialog != nullptr && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestAccountsSettingsPage::fillIn(AccountDialog *dialog, const QUrl &server)
{
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountServer")),
                     server.toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountUser")),
                     QStringLiteral("reader"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountPassword")),
                     QStringLiteral("s3cret"));
}

QMessageBox *TestAccountsSettingsPage::waitForQuestion()
{
    return TestSupport::waitForDialog<QMessageBox>(m_page);
}

void TestAccountsSettingsPage::testConnectionSaysWhatHappened_data()
{
    QTest::addColumn<QString>("loginError");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("said");

    QTest::newRow("logged in") << QString() << true
                               << QStringLiteral("Connected. The server speaks API level 15.");
    QTest::newRow("refused") << QStringLiteral("LOGIN_ERROR") << false
                             << QStringLiteral(
                                    "The server refused the user name or the password of reader.");
}

void TestAccountsSettingsPage::testConnectionSaysWhatHappened()
{
    QFETCH(QString, loginError);
    QFETCH(bool, ok);
    QFETCH(QString, said);
    m_server->loginError = loginError;
    AccountDialog *dialog = openAddDialog();
    QVERIFY(dialog);
    fillIn(dialog, m_server->serverUrl());
    QSignalSpy tested(dialog, &AccountDialog::tested);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnection")),
                      Qt::LeftButton);
    // The login runs while the dialog waits for it: it says so meanwhile.
    QVERIFY(dialog->testResult().startsWith(QStringLiteral("Connecting to 127.0.0.1")));
    QVERIFY(tested.wait());
    QCOMPARE(tested.constFirst().constFirst().toBool(), ok);
    QCOMPARE(dialog->testResult(), said);
    QCOMPARE(m_server->logins, 1);
    // Testing stores nothing.
    QCOMPARE(Storage::AccountRepository(m_library->connection()).all().size(), 1);
    QVERIFY(m_passwords->secrets().isEmpty());
}

void TestAccountsSettingsPage::addStoresAccountAndPasswordApart()
{
    AccountDialog *dialog = openAddDialog();
    QVERIFY(dialog);
    fillIn(dialog, m_server->serverUrl());
    QSignalSpy loaded(m_page, &AccountsSettingsPage::loaded);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addAccount")),
                      Qt::LeftButton);
    QVERIFY(loaded.wait());

    const QList<Storage::Account> accounts =
        Storage::AccountRepository(m_library->connection()).all();
    QCOMPARE(accounts.size(), 2);
    const Storage::Account &added = accounts.at(1);
    QCOMPARE(added.type, Storage::AccountType::TinyTinyRss);
    QCOMPARE(added.serverUrl, m_server->serverUrl());
    QCOMPARE(added.username, QStringLiteral("reader"));
    QCOMPARE(m_passwords->secrets().value(Secrets::accountPasswordKey(added.id)),
             QStringLiteral("s3cret"));
    const auto *list = m_page->findChild<QTreeWidget *>(QStringLiteral("accountList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("127.0.0.1"));
    // The password is nowhere in the library.
    QCOMPARE(m_library
                 ->scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE"
                                         " coalesce(title, '') || coalesce(username, '') ||"
                                         " server_url LIKE '%s3cret%'"))
                 .toInt(),
             0);
}

void TestAccountsSettingsPage::googleReaderServersHaveTheirAddresses()
{
    TestSupport::FakeGReader freshRss;
    QVERIFY(freshRss.listen());
    AccountDialog *dialog = openAddDialog();
    QVERIFY(dialog);
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("accountType"));
    auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("accountServer"));
    QCOMPARE(type->currentText(), QStringLiteral("Tiny Tiny RSS"));

    // A hosted service comes with its address; a server of one's own starts empty again.
    type->setCurrentIndex(type->findData(QStringLiteral("inoreader")));
    QCOMPARE(server->text(), QStringLiteral("https://www.inoreader.com"));
    QCOMPARE(dialog->draft().type, Storage::AccountType::GoogleReader);
    type->setCurrentIndex(type->findData(QStringLiteral("freshrss")));
    QVERIFY(server->text().isEmpty());

    // FreshRSS by the address a person knows; its API is below it.
    QTest::keyClicks(server, freshRss.server().url("/").toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountUser")),
                     freshRss.username);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("accountPassword")),
                     freshRss.password);
    QCOMPARE(dialog->draft().serverUrl, freshRss.serverUrl());
    QSignalSpy tested(dialog, &AccountDialog::tested);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnection")),
                      Qt::LeftButton);
    QVERIFY(tested.wait());
    QVERIFY(tested.constFirst().constFirst().toBool());
    QCOMPARE(dialog->testResult(), QStringLiteral("Connected."));

    QSignalSpy loaded(m_page, &AccountsSettingsPage::loaded);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addAccount")),
                      Qt::LeftButton);
    QVERIFY(loaded.wait());
    const Storage::Account added = Storage::AccountRepository(m_library->connection()).all().at(1);
    QCOMPARE(added.type, Storage::AccountType::GoogleReader);
    QCOMPARE(added.serverUrl, freshRss.serverUrl());
    const auto *list = m_page->findChild<QTreeWidget *>(QStringLiteral("accountList"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("FreshRSS"));
}

void TestAccountsSettingsPage::removeAsksFirst_data()
{
    QTest::addColumn<bool>("copyBookmarks");
    QTest::addColumn<int>("bookmarksLeft");
    QTest::newRow("bookmarks copied into the local library") << true << 1;
    QTest::newRow("bookmarks removed too") << false << 0;
}

void TestAccountsSettingsPage::removeAsksFirst()
{
    QFETCH(bool, copyBookmarks);
    QFETCH(int, bookmarksLeft);
    const auto account =
        TestSupport::RemoteAccount::create(m_library->connection(), QDateTime::currentDateTime());
    QVERIFY(account.accountId > 0);
    m_passwords->write(Secrets::accountPasswordKey(account.accountId), QStringLiteral("pw"));
    QTRY_VERIFY(!m_passwords->secrets().isEmpty());
    QSignalSpy loaded(m_page, &AccountsSettingsPage::loaded);
    m_page->load();
    QVERIFY(loaded.wait());
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("removeAccountButton"));
    QVERIFY(remove->isEnabled());

    // Cancel keeps it.
    QTest::mouseClick(remove, Qt::LeftButton);
    QMessageBox *box = waitForQuestion();
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Remove the account “rss.example.org”?"));
    QVERIFY(box->checkBox());
    QVERIFY2(box->checkBox()->isChecked(), "bookmarks are copied unless asked otherwise");
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!box->isVisible());
    QCOMPARE(Storage::AccountRepository(m_library->connection()).all().size(), 2);

    // Remove removes it, and its password; the bookmarked article stays when asked to.
    QTest::mouseClick(remove, Qt::LeftButton);
    box = waitForQuestion();
    QVERIFY(box);
    box->checkBox()->setChecked(copyBookmarks);
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            confirm = button;
    }
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(loaded.wait());
    QCOMPARE(Storage::AccountRepository(m_library->connection()).all().size(), 1);
    QTRY_VERIFY(m_passwords->secrets().isEmpty());
    QCOMPARE(m_library
                 ->scalar(QStringLiteral("SELECT count(*) FROM articles WHERE id = %1"
                                         " AND bookmarked = 1 AND remote_id IS NULL")
                              .arg(account.articles.value(QStringLiteral("r3"))))
                 .toInt(),
             bookmarksLeft);
    QCOMPARE(m_page->findChild<QTreeWidget *>(QStringLiteral("accountList"))->topLevelItemCount(),
             0);
}

void TestAccountsSettingsPage::intervalIsSavedPerAccount()
{
    const auto account =
        TestSupport::RemoteAccount::create(m_library->connection(), QDateTime::currentDateTime());
    QVERIFY(account.accountId > 0);
    QSignalSpy loaded(m_page, &AccountsSettingsPage::loaded);
    m_page->load();
    QVERIFY(loaded.wait());
    auto *interval = m_page->findChild<QSpinBox *>(QStringLiteral("accountInterval"));
    QCOMPARE(interval->value(), 0);
    QVERIFY(!m_page->isDirty());
    interval->setFocus();
    QTest::keyClick(interval, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(interval, QStringLiteral("30"));
    QVERIFY(m_page->isDirty());
    m_page->save();
    QVERIFY(loaded.wait());
    QVERIFY(!m_page->isDirty());
    QCOMPARE(Storage::AccountRepository(m_library->connection())
                 .find(account.accountId)
                 ->syncIntervalSeconds,
             30 * 60);
    QCOMPARE(interval->value(), 30);
}

QTEST_MAIN(TestAccountsSettingsPage)
#include "tst_accountssettingspage.moc"
