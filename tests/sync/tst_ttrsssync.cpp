// Sync against a real Tiny Tiny RSS (Debian's tt-rss, started by tests/servers/ttrss/ttrss-server
// in a temporary folder): through the tidings command line, as a person would, with the server
// checked and changed through its API as another client. Skipped, with the reason, when the
// packages are missing; in CI (CI=true) that is a failure.
#include "sync/ttrssclient.h"
#include "ttrssserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using TestSupport::ProcessRun;

class TestTtRssSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void firstSyncBringsFoldersSourcesAndArticles();
    void secondSyncDuplicatesNothing();
    void localReadAndBookmarkReachTheServer();
    void serverChangesReachTidings();
    void unreadAgainAndSwapsReachTidings();
    void pendingLocalChangeWinsOverTheServer();
    void changeMadeWhileTheServerIsDownIsSentLater();
    void expiredSessionIsRenewedQuietly();

private:
    ProcessRun tidings(const QStringList &arguments) { return m_tidings.run(arguments); }
    QJsonArray tidingsJson(const QStringList &arguments) { return m_tidings.json(arguments); }
    QJsonValue api(const QJsonObject &request) { return m_server.api(request); }
    /// The server's headline titled \a title, as another client sees it.
    QJsonObject serverHeadline(const QString &title);
    /// Tidings' article titled \a title.
    QJsonObject localArticle(const QString &title);
    void setServerUrl(const QString &url);

    TestSupport::TtRssServer m_server;
    TestSupport::TidingsProfile m_tidings;
};

QJsonObject TestTtRssSync::serverHeadline(const QString &title)
{
    const QJsonArray headlines =
        api({{"op", "getHeadlines"}, {"feed_id", -4}, {"limit", 200}}).toArray();
    for (const QJsonValue &headline : headlines) {
        if (headline.toObject().value("title").toString() == title)
            return headline.toObject();
    }
    return {};
}

QJsonObject TestTtRssSync::localArticle(const QString &title)
{
    for (const QJsonValue &article : tidingsJson({"articles", "--limit", "0"})) {
        if (article.toObject().value("title").toString() == title)
            return article.toObject();
    }
    return {};
}

void TestTtRssSync::setServerUrl(const QString &url)
{
    const QString name = QStringLiteral("profile-edit");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(m_tidings.path()).filePath(QStringLiteral("tidings.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE accounts SET server_url = ? WHERE type = 'ttrss'"));
        query.addBindValue(url);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestTtRssSync::initTestCase()
{
    TIDINGS_REQUIRE_TTRSS_SERVER();
    const QString error = m_server.start(3, 5);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A category with the first feed in it: a folder in Tidings.
    const ProcessRun category = m_server.run(
        {"sql", "INSERT INTO ttrss_feed_categories (owner_uid, title) SELECT id, 'Science' FROM"
                " ttrss_users WHERE login = 'tidings'; UPDATE ttrss_feeds SET cat_id = (SELECT id"
                " FROM ttrss_feed_categories WHERE title = 'Science') WHERE id = (SELECT min(id)"
                " FROM ttrss_feeds)"});
    QVERIFY2(category.exitCode == 0, qPrintable(category.err));

    m_tidings.setAccountPassword(m_server.env("TTRSS_PASSWORD"));
    const ProcessRun added = tidings({"account", "add", "ttrss", m_server.env("TTRSS_URL"),
                                      "--user", m_server.env("TTRSS_USER")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestTtRssSync::firstSyncBringsFoldersSourcesAndArticles()
{
    const ProcessRun sync = tidings({"sync"});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    QVERIFY2(sync.err.contains("15 new"), qPrintable(sync.err));

    const QJsonArray sources = tidingsJson({"sources"});
    QCOMPARE(sources.size(), 3);
    int inFolder = 0;
    for (const QJsonValue &source : sources)
        inFolder += source.toObject().value("folder_id").toInteger() > 0 ? 1 : 0;
    QCOMPARE(inFolder, 1);
    QCOMPARE(tidingsJson({"articles", "--limit", "0"}).size(), 15);
    const QJsonObject account = tidingsJson({"accounts"}).at(1).toObject();
    QCOMPARE(account.value("type").toString(), "ttrss");
    QVERIFY(!account.value("last_sync").isNull());
    QCOMPARE(account.value("api_level").toInt(), m_server.env("TTRSS_API_LEVEL").toInt());
    QVERIFY(account.value("last_error").isNull());
    // A search finds synced articles like local ones.
    QCOMPARE(tidingsJson({"search", "item"}).size(), 15);
}

void TestTtRssSync::secondSyncDuplicatesNothing()
{
    const ProcessRun sync = tidings({"sync"});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    QVERIFY2(sync.err.contains("0 new"), qPrintable(sync.err));
    QCOMPARE(tidingsJson({"articles", "--limit", "0"}).size(), 15);
    QCOMPARE(tidingsJson({"sources"}).size(), 3);
}

void TestTtRssSync::localReadAndBookmarkReachTheServer()
{
    const QString readTitle = QStringLiteral("Feed 0 item 1");
    const QString bookmarkTitle = QStringLiteral("Feed 1 item 2");
    const QString readId = QString::number(localArticle(readTitle).value("id").toInteger());
    const QString bookmarkId = QString::number(localArticle(bookmarkTitle).value("id").toInteger());
    QCOMPARE(tidings({"read", readId}).exitCode, 0);
    QCOMPARE(tidings({"bookmark", bookmarkId}).exitCode, 0);
    QCOMPARE(tidingsJson({"accounts"}).at(1).toObject().value("pending_changes").toInt(), 2);
    // Not sent yet.
    QVERIFY(serverHeadline(readTitle).value("unread").toBool());

    const ProcessRun sync = tidings({"sync"});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    QVERIFY(!serverHeadline(readTitle).value("unread").toBool());
    QVERIFY(serverHeadline(bookmarkTitle).value("marked").toBool());
    QCOMPARE(tidingsJson({"accounts"}).at(1).toObject().value("pending_changes").toInt(), 0);
    QVERIFY(localArticle(readTitle).value("read").toBool());
}

void TestTtRssSync::serverChangesReachTidings()
{
    const QString title = QStringLiteral("Feed 2 item 3");
    const QString id = QString::number(serverHeadline(title).value("id").toInteger());
    QVERIFY(id != "0");
    api({{"op", "updateArticle"}, {"article_ids", id}, {"field", 2}, {"mode", 0}});
    api({{"op", "updateArticle"}, {"article_ids", id}, {"field", 0}, {"mode", 1}});
    QVERIFY(!localArticle(title).value("read").toBool());

    const ProcessRun sync = tidings({"sync"});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    QVERIFY(localArticle(title).value("read").toBool());
    QVERIFY(localArticle(title).value("bookmarked").toBool());
    QCOMPARE(tidingsJson({"articles", "--limit", "0"}).size(), 15);
}

void TestTtRssSync::unreadAgainAndSwapsReachTidings()
{
    // Another client marks "Feed 2 item 3" (read above) unread again and reads "Feed 2 item 4":
    // the feed's unread count stays as it was, yet both changes must arrive.
    const QString again = QStringLiteral("Feed 2 item 3");
    const QString read = QStringLiteral("Feed 2 item 4");
    const auto serverId = [this](const QString &title) {
        return QString::number(serverHeadline(title).value("id").toInteger());
    };
    api({{"op", "updateArticle"}, {"article_ids", serverId(again)}, {"field", 2}, {"mode", 1}});
    api({{"op", "updateArticle"}, {"article_ids", serverId(read)}, {"field", 2}, {"mode", 0}});
    QVERIFY(localArticle(again).value("read").toBool());
    QVERIFY(!localArticle(read).value("read").toBool());

    const ProcessRun sync = tidings({"sync"});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    QVERIFY(!localArticle(again).value("read").toBool());
    QVERIFY(localArticle(read).value("read").toBool());
}

void TestTtRssSync::pendingLocalChangeWinsOverTheServer()
{
    // Tidings marks it read; meanwhile another device bookmarks it and keeps it unread.
    const QString title = QStringLiteral("Feed 0 item 4");
    const QString local = QString::number(localArticle(title).value("id").toInteger());
    const QString remote = QString::number(serverHeadline(title).value("id").toInteger());
    QCOMPARE(tidings({"read", local}).exitCode, 0);
    api({{"op", "updateArticle"}, {"article_ids", remote}, {"field", 0}, {"mode", 1}});
    api({{"op", "updateArticle"}, {"article_ids", remote}, {"field", 2}, {"mode", 1}});

    const ProcessRun sync = tidings({"sync"});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    QVERIFY(localArticle(title).value("read").toBool());       // the local wish stands
    QVERIFY(localArticle(title).value("bookmarked").toBool()); // the server's other change came
    QVERIFY(!serverHeadline(title).value("unread").toBool());  // and was sent
}

void TestTtRssSync::changeMadeWhileTheServerIsDownIsSentLater()
{
    const QString title = QStringLiteral("Feed 1 item 0");
    const QString local = QString::number(localArticle(title).value("id").toInteger());
    setServerUrl(QStringLiteral("http://127.0.0.1:1/")); // nothing listens there
    QCOMPARE(tidings({"bookmark", local}).exitCode, 0);
    const ProcessRun failed = tidings({"sync"});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains("refused"), qPrintable(failed.err));
    const QJsonObject account = tidingsJson({"accounts"}).at(1).toObject();
    QCOMPARE(account.value("pending_changes").toInt(), 1);
    QVERIFY(!account.value("last_error").toString().isEmpty());

    setServerUrl(m_server.env("TTRSS_URL"));
    const ProcessRun sync = tidings({"sync"});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
    QVERIFY(serverHeadline(title).value("marked").toBool());
    QVERIFY(tidingsJson({"accounts"}).at(1).toObject().value("last_error").isNull());
}

void TestTtRssSync::expiredSessionIsRenewedQuietly()
{
    QNetworkAccessManager network;
    Sync::TtRssClient client(&network, QUrl(m_server.env("TTRSS_URL")), m_server.env("TTRSS_USER"),
                             m_server.env("TTRSS_PASSWORD"), {});
    const auto folders = [&client] {
        bool done = false;
        QString error;
        QList<Storage::RemoteFolder> result;
        client.folders([&](const QString &message, const QList<Storage::RemoteFolder> &list) {
            error = message;
            result = list;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.size(), 1);
        QCOMPARE(result.first().title, "Science");
    };
    folders();
    const auto sessions = [this] {
        return m_server.sqlValue("SELECT count(*) FROM ttrss_sessions").toInt();
    };
    QVERIFY(sessions() >= 1);
    QCOMPARE(m_server.run({"sql", "DELETE FROM ttrss_sessions"}).exitCode, 0);
    QCOMPARE(sessions(), 0);
    folders(); // NOT_LOGGED_IN, a new login, the same call again: no error
    QVERIFY(sessions() >= 1);
}

QTEST_GUILESS_MAIN(TestTtRssSync)
#include "tst_ttrsssync.moc"
