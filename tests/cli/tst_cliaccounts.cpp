// tidings account, accounts and sync as a person or a script uses them, without a server:
// usage errors, refusals in words, and the password that never lands in the library.
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
        << QStringList{"account", "add", "greader", "https://h/", "--user", "u"} << QByteArray("pw")
        << 2 << "give ttrss";
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

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cliaccounts.moc"
