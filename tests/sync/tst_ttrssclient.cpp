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
    void changedStatesAskOnlyForWhatDiffers_data();
    void changedStatesAskOnlyForWhatDiffers();
    void oldServerCannotSubscribe();

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
    states.unread.sort();
    QCOMPARE(states.unread, (QStringList{"1", "2", "3"}));
    QCOMPARE(states.bookmarked, QStringList{"9"});
    // The unread pages (the first alone, then a few at once: the last ones come back short or
    // empty) and the starred one, asked side by side, without the content.
    int unreadPages = 0;
    for (const QJsonObject &call : fake.callsOf("getHeadlines")) {
        unreadPages += call.value("view_mode") == "unread" ? 1 : 0;
        QVERIFY(!call.value("show_content").toBool());
    }
    QCOMPARE(unreadPages, 1 + TtRssClient::Options().parallelCalls);
    QCOMPARE(fake.callsOf("getHeadlines").first().value("skip").toInt(), 0);
}

void TestTtRssClient::changedStatesAskOnlyForWhatDiffers_data()
{
    QTest::addColumn<int>("hoursSinceSync");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QStringList>("unread");
    QTest::addColumn<QStringList>("unreadSources");
    QTest::addColumn<QStringList>("read");

    // Source 5: 10, 11, 12 unread here, 10 read elsewhere since (on "Recently read"), so its
    // count matches the server's 2. Source 6: 20, 21 unread here, the server counts 1 (21
    // read over a day ago, or 22 marked unread and two read): only its list is asked for.
    QTest::newRow("a sync an hour ago: the differing source")
        << 1 << false << QStringList{"20"} << QStringList{"6"} << QStringList{"10"};
    QTest::newRow("a sync two days ago: everything")
        << 48 << true << QStringList{"11", "12", "20"} << QStringList() << QStringList();
}

void TestTtRssClient::changedStatesAskOnlyForWhatDiffers()
{
    QFETCH(int, hoursSinceSync);
    FakeTtRss fake;
    QVERIFY(fake.listen());
    fake.answer = [](const QJsonObject &call) {
        if (call.value("op") == "getCounters")
            return FakeTtRss::content(
                QJsonArray{QJsonObject{{"id", "global-unread"}, {"counter", 3}},
                           QJsonObject{{"id", -4}, {"counter", 3}},
                           QJsonObject{{"id", 5}, {"counter", 2}, {"markedcounter", 0}},
                           QJsonObject{{"id", 6}, {"counter", 1}, {"markedcounter", 0}},
                           QJsonObject{{"id", 5}, {"kind", "cat"}, {"counter", 7}}});
        const int feed = call.value("feed_id").toInt();
        const bool unread = call.value("view_mode") == "unread";
        QJsonArray page;
        const auto add = [&page](int id, int source) {
            page.append(QJsonObject{{"id", id}, {"feed_id", source}});
        };
        if (call.value("skip").toInt() > 0)
            return FakeTtRss::content(page);
        if (feed == -6)
            add(10, 5);
        if ((feed == -4 || feed == 5) && unread) {
            add(11, 5);
            add(12, 5);
        }
        if ((feed == -4 || feed == 6) && unread)
            add(20, 6);
        return FakeTtRss::content(page);
    };
    const auto client = makeClient(fake);
    Sync::KnownStates known;
    known.lastSync = QDateTime::currentDateTimeUtc().addSecs(-hoursSinceSync * 3600);
    known.unread = {"10", "11", "12", "20", "21"};
    known.unreadBySource = {{"5", 3}, {"6", 2}};
    bool done = false;
    Sync::ArticleStates states;
    client->changedStates(known, [&](const QString &error, const Sync::ArticleStates &result) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        states = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    states.unread.sort();
    QTEST(states.complete, "complete");
    QTEST(states.unread, "unread");
    QTEST(states.unreadSources, "unreadSources");
    QTEST(states.read, "read");
    for (const QJsonObject &call : fake.callsOf("getHeadlines"))
        QVERIFY2(call.value("feed_id").toInt() != 5, "source 5 agreed: not asked for");
}

void TestTtRssClient::oldServerCannotSubscribe()
{
    FakeTtRss fake;
    QVERIFY(fake.listen());
    fake.apiLevel = 4;
    const auto client = makeClient(fake);
    bool done = false;
    QString error;
    client->subscribe(QUrl("https://example.org/good.xml"), {},
                      [&](const QString &message, const QString &) {
                          error = message;
                          done = true;
                      });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY2(error.contains("API level 4") && error.contains("level 5"), qPrintable(error));
    done = false;
    client->unsubscribe("3", [&](const QString &message) {
        error = message;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(error.contains("API level 4"));
    QVERIFY(fake.callsOf("subscribeToFeed").isEmpty());
    QVERIFY(fake.callsOf("unsubscribeFeed").isEmpty());
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
