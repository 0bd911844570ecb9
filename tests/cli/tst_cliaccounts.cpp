// tidings account, accounts and sync as a person or a script uses them: usage errors, refusals
// in words, the password that never lands in the library, the server types and their
// presets, and a sync with the in-test Google Reader API server.
#include "fakegreader.h"
#include "nokeyring.h"
#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::ProcessRun;

class TestCliAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void refusals_data();
    void refusals();
    void addListAndRemove();
    void passwordThatCannotBeStoredAddsNothing();
    void serverTypes_data();
    void serverTypes();
    void syncGoogleReaderAccount();

private:
    ProcessRun tidings(const QStringList &arguments, const QByteArray &password = {},
                       const QByteArray &input = {});
    QJsonArray accounts();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliAccounts::initTestCase()
{
    QVERIFY(TestSupport::NoKeyringService);
}

void TestCliAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ProcessRun TestCliAccounts::tidings(const QStringList &arguments, const QByteArray &password,
                                    const QByteArray &input)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TIDINGS_ACCOUNT_PASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("TIDINGS_ACCOUNT_PASSWORD"), password);
    return TestSupport::runProcess(QStringLiteral(TIDINGS_BINARY),
                                   arguments + QStringList{"--profile", m_dir->path()}, environment,
                                   60000, input);
}

QJsonArray TestCliAccounts::accounts()
{
    return QJsonDocument::fromJson(tidings({"accounts", "--json"}).out.toUtf8()).array();
}

void TestCliAccounts::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no action") << QStringList{"account"} << QByteArray() << 2
                               << "say add or remove";
    QTest::newRow("add without user") << QStringList{"account", "add", "ttrss", "https://h/"}
                                      << QByteArray("pw") << 2 << "--user NAME";
    QTest::newRow("add an unknown type")
        << QStringList{"account", "add", "feedly", "https://h/", "--user", "u"} << QByteArray("pw")
        << 2 << "give the server type (ttrss, freshrss, miniflux";
    QTest::newRow("add a self-hosted server without its address")
        << QStringList{"account", "add", "freshrss", "--user", "u"} << QByteArray("pw") << 2
        << "the server's address";
    QTest::newRow("add without password")
        << QStringList{"account", "add", "ttrss", "https://h/", "--user", "u"} << QByteArray() << 2
        << "give the password on standard input";
    QTest::newRow("add a non-web address")
        << QStringList{"account", "add", "ttrss", "ftp://h/", "--user", "u"} << QByteArray("pw")
        << 1 << "is not a server address";
    QTest::newRow("remove the local account")
        << QStringList{"account", "remove", "1"} << QByteArray() << 1 << "cannot be removed";
    QTest::newRow("remove an unknown account")
        << QStringList{"account", "remove", "9"} << QByteArray() << 1 << "no account 9";
    QTest::newRow("remove without id")
        << QStringList{"account", "remove"} << QByteArray() << 2 << "give one account id";
    QTest::newRow("sync without accounts")
        << QStringList{"sync"} << QByteArray() << 1 << "there is no sync account";
    QTest::newRow("sync an unknown account")
        << QStringList{"sync", "--account", "7"} << QByteArray() << 1 << "no sync account 7";
    QTest::newRow("sync a bad id")
        << QStringList{"sync", "--account", "x"} << QByteArray() << 2 << "not an account id";
}

void TestCliAccounts::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, password);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const ProcessRun run = tidings(arguments, password);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(accounts().size(), 1);
}

void TestCliAccounts::addListAndRemove()
{
    const ProcessRun added = tidings(
        {"account", "add", "ttrss", "https://rss.example.org/tt-rss/", "--user", "ann"}, "secret");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out.trimmed(), "2");

    const QJsonArray list = accounts();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value("type").toString(), "local");
    const QJsonObject account = list.at(1).toObject();
    QCOMPARE(account.value("type").toString(), "ttrss");
    QCOMPARE(account.value("title").toString(), "rss.example.org");
    QCOMPARE(account.value("user").toString(), "ann");
    QCOMPARE(account.value("server").toString(), "https://rss.example.org/tt-rss/");
    QVERIFY(account.value("last_sync").isNull());
    QCOMPARE(account.value("pending_changes").toInt(), 0);
    QVERIFY(tidings({"accounts"}).out.contains("ann@https://rss.example.org/tt-rss/"));

    // The password is nowhere in the profile.
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("secret"), qPrintable(name));
    }

    QCOMPARE(tidings({"account", "remove", "2"}).exitCode, 0);
    QCOMPARE(accounts().size(), 1);
}

void TestCliAccounts::passwordThatCannotBeStoredAddsNothing()
{
    // Standard input gives the password; without a keyring it has nowhere to go.
    const ProcessRun run =
        tidings({"account", "add", "ttrss", "https://h/", "--user", "u"}, {}, "secret\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("keyring"), qPrintable(run.err));
    QCOMPARE(accounts().size(), 1);
}

void TestCliAccounts::serverTypes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("server");

    QTest::newRow("Google Reader API, as given")
        << QStringList{"greader", "https://news.example.org/api/greader.php"} << "greader"
        << "https://news.example.org/api/greader.php";
    QTest::newRow("FreshRSS: its API below its address")
        << QStringList{"freshrss", "https://h.example/freshrss/"} << "greader"
        << "https://h.example/freshrss/api/greader.php";
    QTest::newRow("Miniflux at its root")
        << QStringList{"miniflux", "https://m.example/"} << "greader"
        << "https://m.example/";
    QTest::newRow("Inoreader without an address") << QStringList{"inoreader"} << "greader"
                                                  << "https://www.inoreader.com";
    QTest::newRow("The Old Reader without an address") << QStringList{"theoldreader"} << "greader"
                                                       << "https://theoldreader.com";
    QTest::newRow("BazQux without an address") << QStringList{"bazqux"} << "greader"
                                               << "https://www.bazqux.com";
    QTest::newRow("Tiny Tiny RSS") << QStringList{"ttrss", "https://h.example/tt-rss/"} << "ttrss"
                                   << "https://h.example/tt-rss/";
}

void TestCliAccounts::serverTypes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, type);
    QFETCH(QString, server);
    const ProcessRun added =
        tidings(QStringList{"account", "add"} + arguments + QStringList{"--user", "ann"}, "pw");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject account = accounts().at(1).toObject();
    QCOMPARE(account.value("type").toString(), type);
    QCOMPARE(account.value("server").toString(), server);
}

void TestCliAccounts::syncGoogleReaderAccount()
{
    // The command line end to end: a FreshRSS account added by its address, synced, read here.
    TestSupport::FakeGReader server(TestSupport::FakeGReader::Flavour::FreshRss);
    QVERIFY(server.listen());
    server.populate(2, 3);
    server.setRead(1'700'000'000'000'000, true);
    const QByteArray password = server.password.toUtf8();
    const ProcessRun added =
        tidings({"account", "add", "freshrss", server.server().url("/").toString(), "--user",
                 server.username},
                password);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const ProcessRun synced = tidings({"sync"}, password);
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    const QJsonArray unread =
        QJsonDocument::fromJson(tidings({"articles", "--unread", "--json"}).out.toUtf8()).array();
    QCOMPARE(unread.size(), 5);
    QCOMPARE(accounts().at(1).toObject().value("last_error").toString(), QString());

    // Read here, sent at the next sync.
    const QString id = QString::number(unread.first().toObject().value("id").toInteger());
    QCOMPARE(tidings({"read", id}).exitCode, 0);
    QCOMPARE(accounts().at(1).toObject().value("pending_changes").toInt(), 1);
    QVERIFY(tidings({"sync"}, password).exitCode == 0);
    QCOMPARE(accounts().at(1).toObject().value("pending_changes").toInt(), 0);
    QCOMPARE(server.callsOf("edit-tag").size(), 1);

    server.password = "changed";
    server.expireLogins();
    const ProcessRun refused = tidings({"sync"}, password);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("did not accept the login of reader"), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cliaccounts.moc"
