// The Tiny Tiny RSS client against a fake server on 127.0.0.1: errors in words, the quiet
// second login, paging, batching, and sanitized article HTML.
#include "fakettrss.h"
#include "net/feedfetcher.h"
#include "net/fetcherrors.h"
#include "sync/ttrssclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using Storage::ChangeKind;
using Sync::TtRssClient;
using TestSupport::FakeTtRss;
using TestSupport::HttpResponse;

namespace {

QJsonObject headline(int id, const QString &content)
{
    return {{"id", id},
            {"feed_id", 5},
            {"unread", id % 2 == 0},
            {"marked", id == 3},
            {"title", "T"},
            {"link", "https://example.org/a"},
            {"updated", 1700000000},
            {"content", content},
            {"tags", QJsonArray{"x"}}};
}

} // namespace

class TestTtRssClient final : public QObject
{
    Q_OBJECT

private slots:
    void apiUrl_data();
    void apiUrl();
    void errorsInWords_data();
    void errorsInWords();
    void expiredSessionLogsInOnceMore();
    void articlesArePagedAndSanitized();
    void statesAreSentInBatches_data();
    void statesAreSentInBatches();
    void stateIdsArePaged();
    void subscribeAnswers();

private:
    std::unique_ptr<TtRssClient> makeClient(const FakeTtRss &server, int timeoutMs = 5000,
                                            int pageSize = 200, int idsPerUpdate = 1000)
    {
        TtRssClient::Options options;
        options.timeoutMs = timeoutMs;
        options.pageSize = pageSize;
        options.idsPerUpdate = idsPerUpdate;
        return std::make_unique<TtRssClient>(&m_network, server.serverUrl(), "reader", "secret",
                                             options);
    }

    QNetworkAccessManager m_network;
};

void TestTtRssClient::apiUrl_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("api");
    QTest::newRow("folder") << "https://h/tt-rss/"
                            << "https://h/tt-rss/api/";
    QTest::newRow("folder without slash") << "https://h/tt-rss"
                                          << "https://h/tt-rss/api/";
    QTest::newRow("host") << "https://h"
                          << "https://h/api/";
    QTest::newRow("api given") << "https://h/tt-rss/api/"
                               << "https://h/tt-rss/api/";
    QTest::newRow("api without slash") << "https://h/api"
                                       << "https://h/api/";
}

void TestTtRssClient::apiUrl()
{
    QFETCH(QString, server);
    QFETCH(QString, api);
    QCOMPARE(TtRssClient::apiUrl(QUrl(server)), QUrl(api));
}

void TestTtRssClient::errorsInWords_data()
{
    QTest::addColumn<QString>("loginError");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("API access off")
        << "API_DISABLED" << 200 << 0 << "enable API access in TT-RSS's Preferences";
    QTest::newRow("wrong password")
        << "LOGIN_ERROR" << 200 << 0 << "refused the user name or the password of reader";
    QTest::newRow("server error") << QString() << 500 << 0
                                  << Net::FetchErrors::httpStatus(500, "Internal Server Error");
    QTest::newRow("not TT-RSS") << QString() << 404 << 0
                                << Net::FetchErrors::httpStatus(404, "Not Found");
    QTest::newRow("HTML page") << QString() << 200 << 0 << "did not answer like Tiny Tiny RSS";
    QTest::newRow("timeout") << QString() << 200 << 3000 << Net::FetchErrors::timeout(300);
    // https:// to a server that speaks plain HTTP: the TLS handshake fails.
    QTest::newRow("TLS") << "tls" << 200 << 0 << "The secure connection to 127.0.0.1 failed";
}

void TestTtRssClient::errorsInWords()
{
    QFETCH(QString, loginError);
    QFETCH(int, status);
    QFETCH(int, delayMs);
    QFETCH(QString, expected);
    FakeTtRss fake;
    QVERIFY(fake.listen());
    const bool tls = loginError == QLatin1String("tls");
    fake.loginError = tls ? QString() : loginError;
    TestSupport::HttpServer plain;
    QVERIFY(plain.listen());
    HttpResponse page = HttpResponse::withStatus(status, "<html>not here</html>");
    page.delayMs = delayMs;
    plain.route("/tt-rss/api/", page);

    TtRssClient::Options options;
    options.timeoutMs = 300;
    // A server that answers in plain text at once: no TLS handshake can succeed with it.
    QTcpServer plainText;
    QVERIFY(plainText.listen(QHostAddress::LocalHost));
    connect(&plainText, &QTcpServer::newConnection, &plainText, [&plainText] {
        while (QTcpSocket *socket = plainText.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    QUrl url = loginError.isEmpty() ? plain.url("/tt-rss/") : fake.serverUrl();
    if (tls)
        url = QUrl(QStringLiteral("https://127.0.0.1:%1/tt-rss/").arg(plainText.serverPort()));
    TtRssClient client(&m_network, url, "reader", "secret", options);
    bool done = false;
    QString error;
    client.folders([&](const QString &message, const QList<Storage::RemoteFolder> &) {
        error = message;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestTtRssClient::expiredSessionLogsInOnceMore()
{
    FakeTtRss fake;
    QVERIFY(fake.listen());
    fake.answer = [](const QJsonObject &) {
        return FakeTtRss::content(QJsonArray{QJsonObject{{"id", 4}, {"title", "News"}},
                                             QJsonObject{{"id", -1}, {"title", "Special"}}});
    };
    const auto client = makeClient(fake);
    const auto folders = [&client] {
        bool done = false;
        QString error;
        QList<Storage::RemoteFolder> result;
        client->folders([&](const QString &message, const QList<Storage::RemoteFolder> &list) {
            error = message;
            result = list;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.size(), 1);
        QCOMPARE(result.first().id, "4");
    };
    folders();
    QCOMPARE(fake.logins, 1);
    QCOMPARE(client->apiLevel(), 15);

    fake.sessions.clear(); // The server forgets the session (expiry, logout elsewhere).
    folders();
    QCOMPARE(fake.logins, 2);
    QCOMPARE(fake.callsOf("getCategories").last().value("sid").toString(), "s2");

    // A server that never keeps a session: one more login, then the error.
    fake.answer = [](const QJsonObject &) { return FakeTtRss::error("NOT_LOGGED_IN"); };
    bool done = false;
    QString error;
    client->folders([&](const QString &message, const QList<Storage::RemoteFolder> &) {
        error = message;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(error.contains("NOT_LOGGED_IN"));
    QCOMPARE(fake.logins, 3);
    // One User-Agent for every call: TT-RSS binds the session to it.
    for (const TestSupport::HttpRequest &request : fake.server().requests()) {
        QCOMPARE(request.header("User-Agent"), Net::FeedFetcher::userAgent());
        QCOMPARE(request.header("Content-Type"), "application/json");
    }
}

void TestTtRssClient::articlesArePagedAndSanitized()
{
    FakeTtRss fake;
    QVERIFY(fake.listen());
    fake.answer = [](const QJsonObject &call) {
        const int skip = call.value("skip").toInt();
        QJsonArray page;
        for (int id = skip + 1; id <= std::min(skip + 2, 3); ++id)
            page.append(headline(id, "<p onclick=\"x()\">Hi<script>alert(1)</script></p>"));
        return FakeTtRss::content(page);
    };
    const auto client = makeClient(fake, 5000, 2);
    QList<Sync::ArticlePage> pages;
    for (int offset = 0;;) {
        bool done = false;
        client->articles(7, offset, [&](const QString &error, const Sync::ArticlePage &page) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            pages.append(page);
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        if (!pages.last().more)
            break;
        offset += pages.last().received;
    }
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).articles.size(), 2);
    QCOMPARE(pages.at(1).articles.size(), 1);
    const QList<QJsonObject> calls = fake.callsOf("getHeadlines");
    QCOMPARE(calls.at(1).value("skip").toInt(), 2);
    QCOMPARE(calls.at(0).value("since_id").toInt(), 7);
    QCOMPARE(calls.at(0).value("feed_id").toInt(), -4);
    QVERIFY(calls.at(0).value("show_content").toBool());
    const Storage::RemoteArticle &article = pages.at(1).articles.first();
    QCOMPARE(article.id, "3");
    QCOMPARE(article.sourceId, "5");
    QVERIFY(article.read);
    QVERIFY(article.bookmarked);
    QCOMPARE(article.item.content, "<p>Hi</p>");
    QCOMPARE(article.item.categories, QStringList{"x"});
    QCOMPARE(article.item.published, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
}

void TestTtRssClient::statesAreSentInBatches_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("value");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("mode");
    QTest::newRow("read: unread off") << int(ChangeKind::Read) << true << 2 << 0;
    QTest::newRow("unread: unread on") << int(ChangeKind::Read) << false << 2 << 1;
    QTest::newRow("bookmark: starred on") << int(ChangeKind::Bookmark) << true << 0 << 1;
    QTest::newRow("no bookmark: starred off") << int(ChangeKind::Bookmark) << false << 0 << 0;
}

void TestTtRssClient::statesAreSentInBatches()
{
    QFETCH(int, kind);
    QFETCH(bool, value);
    QFETCH(int, field);
    QFETCH(int, mode);
    FakeTtRss fake;
    QVERIFY(fake.listen());
    fake.answer = [](const QJsonObject &) {
        return FakeTtRss::content(QJsonObject{{"status", "OK"}});
    };
    const auto client = makeClient(fake, 5000, 200, 2);
    bool done = false;
    client->setArticleStates(ChangeKind(kind), value, {"1", "2", "3", "4", "5"},
                             [&](const QString &error) {
                                 QVERIFY2(error.isEmpty(), qPrintable(error));
                                 done = true;
                             });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    const QList<QJsonObject> calls = fake.callsOf("updateArticle");
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0).value("article_ids").toString(), "1,2");
    QCOMPARE(calls.at(2).value("article_ids").toString(), "5");
    QCOMPARE(calls.at(1).value("field").toInt(), field);
    QCOMPARE(calls.at(1).value("mode").toInt(), mode);
}

void TestTtRssClient::stateIdsArePaged()
{
    FakeTtRss fake;
    QVERIFY(fake.listen());
    fake.answer = [](const QJsonObject &call) {
        // Unread: ids 1..3 in pages of 2; starred (feed -1): id 9.
        if (call.value("feed_id").toInt() == -1)
            return FakeTtRss::content(QJsonArray{QJsonObject{{"id", 9}}});
        QJsonArray page;
        for (int id = call.value("skip").toInt() + 1;
             id <= std::min(call.value("skip").toInt() + 2, 3); ++id)
            page.append(QJsonObject{{"id", id}});
        return FakeTtRss::content(page);
    };
    const auto client = makeClient(fake, 5000, 2);
    bool done = false;
    Sync::ArticleStates states;
    client->articleStates([&](const QString &error, const Sync::ArticleStates &result) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        states = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(states.unread, (QStringList{"1", "2", "3"}));
    QCOMPARE(states.bookmarked, QStringList{"9"});
    // Two unread pages and one starred one, asked side by side, without the content.
    QStringList modes;
    for (const QJsonObject &call : fake.callsOf("getHeadlines")) {
        modes.append(call.value("view_mode").toString());
        QVERIFY(!call.value("show_content").toBool());
    }
    modes.sort();
    QCOMPARE(modes, (QStringList{"all_articles", "unread", "unread"}));
}

void TestTtRssClient::subscribeAnswers()
{
    FakeTtRss fake;
    QVERIFY(fake.listen());
    fake.answer = [](const QJsonObject &call) {
        const bool good = call.value("feed_url").toString().contains("good");
        return FakeTtRss::content(QJsonObject{
            {"status", good ? QJsonObject{{"code", 1}, {"feed_id", 201}}
                            : QJsonObject{{"code", 5}, {"message", "HTTP/1.1 404 Not Found"}}}});
    };
    const auto client = makeClient(fake);
    QString id;
    QString error;
    bool done = false;
    const auto reply = [&](const QString &message, const QString &feedId) {
        error = message;
        id = feedId;
        done = true;
    };
    client->subscribe(QUrl("https://example.org/good.xml"), "4", reply);
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(id, "201");
    QCOMPARE(fake.callsOf("subscribeToFeed").first().value("category_id").toString(), "4");
    done = false;
    client->subscribe(QUrl("https://example.org/bad.xml"), {}, reply);
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(error.contains("404 Not Found"));
}

QTEST_GUILESS_MAIN(TestTtRssClient)
#include "tst_ttrssclient.moc"
