#include "httpserver.h"
#include "nokeyring.h"
#include "refresh/refreshservice.h"
#include "secrets/memorystore.h"
#include "secrets/sourcepassword.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Refresh::RefreshService;
using Refresh::SourceOutcome;
using Refresh::Summary;
using TestSupport::HttpRequest;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

const QByteArray FeedBody =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
    "<title>Members' Notes</title><link>http://example.org/</link>"
    "<item><guid>n1</guid><title>Minutes of the spring meeting</title>"
    "<link>http://example.org/n1</link><description>The club met on Tuesday.</description>"
    "</item></channel></rss>";

const QString User = QStringLiteral("marta");
const QString Password = QStringLiteral("tide table 7 ü");

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

// A members-only feed: the right Basic credentials get the feed, anything else a 401.
HttpResponse membersOnly(const HttpRequest &request)
{
    if (request.header("Authorization") == basic(User, Password))
        return HttpResponse::ok(FeedBody, "application/rss+xml");
    return HttpResponse::withStatus(401, "members only")
        .withHeader("WWW-Authenticate", "Basic realm=\"members\"");
}

} // namespace

class TestRefreshCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void passwordFromTheStoreIsSentAsBasicAuth();
    void sourceWithoutUserNameNeverAsksTheStore();
    void refusedCredentialsLeaveAReadableError_data();
    void refusedCredentialsLeaveAReadableError();
    void withoutAKeyringServiceTheFetchGoesOnWithoutCredentials();

private:
    qint64 addSource(const QString &username);
    SourceOutcome refreshOne(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_database;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Secrets::MemoryStore> m_passwords;
    std::unique_ptr<RefreshService> m_service;
};

void TestRefreshCredentials::initTestCase()
{
    QVERIFY(TestSupport::NoKeyringService);
}

void TestRefreshCredentials::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database =
        std::make_unique<Storage::Database>(m_dir->filePath(QStringLiteral("tidings.sqlite")));
    QVERIFY2(m_database->open(), qPrintable(m_database->errorMessage()));
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_server->route("/members.xml", membersOnly);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_passwords = std::make_unique<Secrets::MemoryStore>();
    Net::FetchOptions options;
    options.timeoutMs = 5000;
    m_service = std::make_unique<RefreshService>(m_database->filePath(), m_network.get(), options);
    m_service->setPasswordStore(m_passwords.get());
}

void TestRefreshCredentials::cleanup()
{
    m_service.reset();
    m_passwords.reset();
    m_network.reset();
    m_server.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestRefreshCredentials::addSource(const QString &username)
{
    Storage::SourceRepository sources(m_database->connection());
    const qint64 id = sources.add({m_server->url(QStringLiteral("/members.xml")), {}, {}, 0}).id;
    if (id != 0 && !username.isEmpty() && !sources.setUsername(id, username))
        return 0;
    return id;
}

SourceOutcome TestRefreshCredentials::refreshOne(qint64 id)
{
    QSignalSpy outcomes(m_service.get(), &RefreshService::sourceFinished);
    QSignalSpy finished(m_service.get(), &RefreshService::finished);
    m_service->refreshSources({id});
    if (!finished.wait(20000) || outcomes.size() != 1)
        return {};
    return outcomes.takeFirst().at(0).value<SourceOutcome>();
}

void TestRefreshCredentials::passwordFromTheStoreIsSentAsBasicAuth()
{
    const qint64 id = addSource(User);
    QVERIFY(id != 0);
    m_passwords->write(Secrets::sourcePasswordKey(id), Password);
    QTRY_COMPARE(m_passwords->secrets().value(QStringLiteral("source/%1/password").arg(id)),
                 Password);

    const SourceOutcome outcome = refreshOne(id);
    QCOMPARE(outcome.sourceId, id);
    QCOMPARE(outcome.status, SourceOutcome::Status::Updated);
    QCOMPARE(outcome.added, 1);
    const QList<HttpRequest> requests = m_server->requestsFor("/members.xml");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().header("Authorization"), basic(User, Password));

    const auto source = Storage::SourceRepository(m_database->connection()).find(id);
    QVERIFY(source);
    QCOMPARE(source->username, User);
    QVERIFY(source->lastError.isEmpty());
    QCOMPARE(source->title, QStringLiteral("Members' Notes"));
    // The password is in the store only, never in the database.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT * FROM sources")));
    while (query.next()) {
        for (int column = 0; column < query.record().count(); ++column)
            QVERIFY(!query.value(column).toString().contains(Password));
    }
}

void TestRefreshCredentials::sourceWithoutUserNameNeverAsksTheStore()
{
    m_server->route("/open.xml", HttpResponse::ok(FeedBody, "application/rss+xml"));
    Storage::SourceRepository sources(m_database->connection());
    const qint64 id = sources.add({m_server->url(QStringLiteral("/open.xml")), {}, {}, 0}).id;
    QVERIFY(id != 0);

    QCOMPARE(refreshOne(id).status, SourceOutcome::Status::Updated);
    QCOMPARE(m_passwords->requestCount(), 0);
    QVERIFY(!m_server->requestsFor("/open.xml").first().hasHeader("Authorization"));
}

void TestRefreshCredentials::refusedCredentialsLeaveAReadableError_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("storedPassword");
    QTest::addColumn<QString>("storeProblem"); // the store fails with this, when set
    QTest::addColumn<QByteArray>("expectedAuthorization");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("no user name: the server asks for one")
        << QString() << QString() << QString() << QByteArray()
        << "The server asks for a user name and password";
    QTest::newRow("wrong password: not accepted")
        << User << QStringLiteral("low tide") << QString()
        << basic(User, QStringLiteral("low tide")) << "The user name or password was not accepted";
    QTest::newRow("user name without a stored password: not accepted")
        << User << QString() << QString() << basic(User, QString())
        << "The user name or password was not accepted";
    QTest::newRow("store fails: fetched without credentials, and the error says why")
        << User << Password << QStringLiteral("The keyring is locked.") << QByteArray()
        << "the password could not be read from the system keyring: The keyring is locked.";
}

void TestRefreshCredentials::refusedCredentialsLeaveAReadableError()
{
    QFETCH(QString, username);
    QFETCH(QString, storedPassword);
    QFETCH(QString, storeProblem);
    QFETCH(QByteArray, expectedAuthorization);
    QFETCH(QString, expectedError);

    const qint64 id = addSource(username);
    QVERIFY(id != 0);
    if (!storedPassword.isEmpty()) {
        m_passwords->write(Secrets::sourcePasswordKey(id), storedPassword);
        QTRY_VERIFY(m_passwords->secrets().contains(Secrets::sourcePasswordKey(id)));
    }
    m_passwords->setUnavailable(storeProblem);

    const SourceOutcome outcome = refreshOne(id);
    QCOMPARE(outcome.status, SourceOutcome::Status::Failed);
    QVERIFY2(outcome.errorText.contains(expectedError), qPrintable(outcome.errorText));
    const QList<HttpRequest> requests = m_server->requestsFor("/members.xml");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().header("Authorization"), expectedAuthorization);

    const auto source = Storage::SourceRepository(m_database->connection()).find(id);
    QVERIFY(source);
    QCOMPARE(source->lastError, outcome.errorText);
    QCOMPARE(source->errorCount, 1);
}

void TestRefreshCredentials::withoutAKeyringServiceTheFetchGoesOnWithoutCredentials()
{
    // The service's own store: the system keyring, which has no service to talk to here.
    Net::FetchOptions options;
    options.timeoutMs = 5000;
    m_service = std::make_unique<RefreshService>(m_database->filePath(), m_network.get(), options);
    const qint64 id = addSource(User);
    QVERIFY(id != 0);

    QSignalSpy finished(m_service.get(), &RefreshService::finished);
    QSignalSpy outcomes(m_service.get(), &RefreshService::sourceFinished);
    m_service->refreshSources({id});
    QVERIFY(finished.wait(30000));
    QCOMPARE(outcomes.size(), 1);
    const auto outcome = outcomes.first().at(0).value<SourceOutcome>();
    QCOMPARE(outcome.status, SourceOutcome::Status::Failed);
    QVERIFY2(outcome.errorText.contains(QLatin1String("could not be read from the system keyring")),
             qPrintable(outcome.errorText));
    QVERIFY(!m_server->requestsFor("/members.xml").first().hasHeader("Authorization"));
}

QTEST_GUILESS_MAIN(TestRefreshCredentials)
#include "tst_refreshcredentials.moc"
