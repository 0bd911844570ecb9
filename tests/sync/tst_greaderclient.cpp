// The Google Reader API client against the in-test server in each servers' flavour: ids in
// both forms, logins refused in each server's words, expired logins and T tokens renewed,
// continuation paging, duplicate ids, and the subscription calls.
#include "fakegreader.h"
#include "sync/accountpresets.h"
#include "sync/greaderclient.h"
#include "sync/greaderjson.h"

#include <QNetworkAccessManager>
#include <QTest>

using Flavour = TestSupport::FakeGReader::Flavour;
using Sync::GReaderClient;
using TestSupport::FakeGReader;

Q_DECLARE_METATYPE(Flavour)
Q_DECLARE_METATYPE(Sync::GReaderServer)

namespace {

// What one call of the client answered.
template<typename Value> struct Answer
{
    bool done = false;
    QString error;
    Value value{};
};

void addFlavours()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::newRow("FreshRSS") << Flavour::FreshRss;
    QTest::newRow("Miniflux") << Flavour::Miniflux;
    QTest::newRow("Google (Inoreader, The Old Reader, BazQux)") << Flavour::Google;
}

} // namespace

class TestGReaderClient final : public QObject
{
    Q_OBJECT

private slots:
    void itemIdForms_data();
    void itemIdForms();
    void apiBase_data();
    void apiBase();
    void serverOfAddress_data();
    void serverOfAddress();
    void presetAddresses_data();
    void presetAddresses();
    void loginRefusedInWords_data();
    void loginRefusedInWords();
    void expiredLoginIsRenewed_data();
    void expiredLoginIsRenewed();
    void expiredTokenIsRenewedOnWrite_data();
    void expiredTokenIsRenewedOnWrite();
    void statesArePagedByContinuation_data();
    void statesArePagedByContinuation();
    void newArticlesComeIdsFirst_data();
    void newArticlesComeIdsFirst();
    void duplicateIdsAreTakenOnce();
    void foldersAndSources_data();
    void foldersAndSources();
    void subscriptionCalls_data();
    void subscriptionCalls();
    void markSourceRead_data();
    void markSourceRead();
    void notAGoogleReaderServer();
    void serverErrorSaysWhatTheServerSaid();

private:
    std::unique_ptr<GReaderClient> client(const FakeGReader &fake, int idsPerPage = 0,
                                          int itemsPerRequest = 250);
    template<typename Value, typename Start> Answer<Value> await(Start start)
    {
        Answer<Value> answer;
        start([&answer](const QString &error, const Value &value) {
            answer = {true, error, value};
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.done, 10000); }();
        return answer;
    }
    template<typename Start> Answer<bool> awaitDone(Start start)
    {
        Answer<bool> answer;
        start([&answer](const QString &error) { answer = {true, error, error.isEmpty()}; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.done, 10000); }();
        return answer;
    }

    QNetworkAccessManager m_network;
};

std::unique_ptr<GReaderClient> TestGReaderClient::client(const FakeGReader &fake, int idsPerPage,
                                                         int itemsPerRequest)
{
    GReaderClient::Options options;
    options.timeoutMs = 5000;
    options.idsPerPage = idsPerPage;
    options.itemsPerRequest = itemsPerRequest;
    return std::make_unique<GReaderClient>(&m_network, fake.serverUrl(), fake.username,
                                           fake.password, options);
}

void TestGReaderClient::itemIdForms_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("sent");
    const QString prefix = "tag:google.com,2005:reader/item/";
    QTest::newRow("short decimal") << "1700000000000031"
                                   << "1700000000000031" << prefix + "00060a24181e401f";
    QTest::newRow("long hex of the same item") << prefix + "00060a24181e401f"
                                               << "1700000000000031" << prefix + "00060a24181e401f";
    QTest::newRow("long hex in capitals") << prefix + "00060A24181E401F"
                                          << "1700000000000031" << prefix + "00060a24181e401f";
    QTest::newRow("negative short (Google's signed ids)") << "-2"
                                                          << "-2" << prefix + "fffffffffffffffe";
    QTest::newRow("long form of a negative id") << prefix + "fffffffffffffffe"
                                                << "-2" << prefix + "fffffffffffffffe";
    QTest::newRow("The Old Reader's ObjectId")
        << prefix + "5283B2FD2B8C9A5D4E000030"
        << "5283b2fd2b8c9a5d4e000030" << prefix + "5283b2fd2b8c9a5d4e000030";
    QTest::newRow("not an id") << "item 7"
                               << ""
                               << "";
    QTest::newRow("empty long form") << prefix << ""
                                     << "";
}

void TestGReaderClient::itemIdForms()
{
    QFETCH(QString, given);
    QFETCH(QString, kept);
    QFETCH(QString, sent);
    QCOMPARE(Sync::GReaderJson::itemId(given), kept);
    if (!kept.isEmpty()) {
        QCOMPARE(Sync::GReaderJson::longItemId(kept), sent);
        QCOMPARE(Sync::GReaderJson::itemId(sent), kept);
    }
}

void TestGReaderClient::apiBase_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("base");
    QTest::newRow("FreshRSS") << "https://h/freshrss/api/greader.php"
                              << "https://h/freshrss/api/greader.php";
    QTest::newRow("trailing slash") << "https://h/api/greader.php/"
                                    << "https://h/api/greader.php";
    QTest::newRow("with the API path") << "https://h/api/greader.php/reader/api/0/"
                                       << "https://h/api/greader.php";
    QTest::newRow("with the login path") << "https://m.example/accounts/ClientLogin"
                                         << "https://m.example";
    QTest::newRow("Miniflux root") << "https://m.example/"
                                   << "https://m.example";
    QTest::newRow("Inoreader") << "https://www.inoreader.com"
                               << "https://www.inoreader.com";
}

void TestGReaderClient::apiBase()
{
    QFETCH(QString, given);
    QFETCH(QString, base);
    QCOMPARE(GReaderClient::apiBase(QUrl(given)).toString(), base);
}

void TestGReaderClient::serverOfAddress_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Sync::GReaderServer>("server");
    QTest::newRow("FreshRSS") << "https://h/rss/api/greader.php" << Sync::GReaderServer::FreshRss;
    QTest::newRow("Miniflux") << "https://m.example/" << Sync::GReaderServer::Generic;
    QTest::newRow("Inoreader") << "https://www.inoreader.com" << Sync::GReaderServer::Inoreader;
    QTest::newRow("The Old Reader")
        << "https://theoldreader.com" << Sync::GReaderServer::TheOldReader;
    QTest::newRow("BazQux") << "https://www.bazqux.com" << Sync::GReaderServer::BazQux;
    QTest::newRow("a host that only ends alike")
        << "https://notinoreader.com" << Sync::GReaderServer::Generic;
}

void TestGReaderClient::serverOfAddress()
{
    QFETCH(QString, url);
    QFETCH(Sync::GReaderServer, server);
    QCOMPARE(Sync::greaderServerOf(GReaderClient::apiBase(QUrl(url))), server);
}

void TestGReaderClient::presetAddresses_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("FreshRSS root") << "freshrss"
                                   << "https://h/freshrss/"
                                   << "https://h/freshrss/api/greader.php";
    QTest::newRow("FreshRSS web page") << "freshrss"
                                       << "https://h/freshrss/i/"
                                       << "https://h/freshrss/api/greader.php";
    QTest::newRow("FreshRSS API given") << "freshrss"
                                        << "https://h/api/greader.php"
                                        << "https://h/api/greader.php";
    QTest::newRow("Miniflux as typed") << "miniflux"
                                       << "https://m.example/"
                                       << "https://m.example/";
    QTest::newRow("Inoreader hosted") << "inoreader"
                                      << ""
                                      << "https://www.inoreader.com";
    QTest::newRow("The Old Reader hosted") << "theoldreader"
                                           << ""
                                           << "https://theoldreader.com";
    QTest::newRow("BazQux hosted") << "bazqux"
                                   << ""
                                   << "https://www.bazqux.com";
}

void TestGReaderClient::presetAddresses()
{
    QFETCH(QString, preset);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    const std::optional<Sync::AccountPreset> found = Sync::AccountPresets::named(preset);
    QVERIFY(found);
    QCOMPARE(found->type, Storage::AccountType::GoogleReader);
    QCOMPARE(found->serverUrl(typed).toString(), stored);
}

void TestGReaderClient::loginRefusedInWords_data()
{
    addFlavours();
}

void TestGReaderClient::loginRefusedInWords()
{
    QFETCH(Flavour, flavour);
    FakeGReader fake(flavour);
    QVERIFY(fake.listen());
    const auto reader = client(fake);
    fake.password = "another";
    const Answer<bool> login = awaitDone([&](auto done) { reader->logIn(done); });
    QVERIFY(!login.value);
    QVERIFY2(login.error.contains("did not accept the login of reader"), qPrintable(login.error));
    QVERIFY2(login.error.contains("API password"), qPrintable(login.error));
    // The password went escaped: its '+' and space arrived as they are.
    QCOMPARE(
        fake.callsOf("accounts/ClientLogin").first().queryItemValue("Passwd", QUrl::FullyDecoded),
        "secret+pass word");
}

void TestGReaderClient::expiredLoginIsRenewed_data()
{
    addFlavours();
}

void TestGReaderClient::expiredLoginIsRenewed()
{
    QFETCH(Flavour, flavour);
    FakeGReader fake(flavour);
    QVERIFY(fake.listen());
    fake.populate(1, 1);
    const auto reader = client(fake);
    QVERIFY(awaitDone([&](auto done) { reader->logIn(done); }).value);
    fake.expireLogins();
    const auto folders =
        await<QList<Storage::RemoteFolder>>([&](auto done) { reader->folders(done); });
    QVERIFY2(folders.error.isEmpty(), qPrintable(folders.error));
    QCOMPARE(folders.value.size(), 1);
    QCOMPARE(fake.callCount("accounts/ClientLogin"), 2);

    // A password changed meanwhile: one new login, then the refusal in words.
    fake.expireLogins();
    fake.password = "changed";
    const auto refused =
        await<QList<Storage::RemoteFolder>>([&](auto done) { reader->folders(done); });
    QVERIFY2(refused.error.contains("did not accept the login"), qPrintable(refused.error));
    QCOMPARE(fake.callCount("accounts/ClientLogin"), 3);
}

void TestGReaderClient::expiredTokenIsRenewedOnWrite_data()
{
    addFlavours();
}

void TestGReaderClient::expiredTokenIsRenewedOnWrite()
{
    QFETCH(Flavour, flavour);
    FakeGReader fake(flavour);
    QVERIFY(fake.listen());
    fake.populate(1, 3);
    const qint64 first = 1'700'000'000'000'000; // the server's first item
    const auto reader = client(fake);
    QVERIFY(awaitDone([&](auto done) {
                reader->setArticleStates(Storage::ChangeKind::Read, true, {QString::number(first)},
                                         done);
            }).value);
    QVERIFY(fake.item(first)->read);
    QCOMPARE(fake.callCount("token"), 1);

    // T expired (Miniflux's T is the login itself): a new T, and a new login when that fails.
    if (flavour == Flavour::Miniflux)
        fake.expireLogins();
    else
        fake.expireToken();
    const Answer<bool> starred = awaitDone([&](auto done) {
        reader->setArticleStates(Storage::ChangeKind::Bookmark, true,
                                 {QString::number(first + 1), QString::number(first + 2)}, done);
    });
    QVERIFY2(starred.value, qPrintable(starred.error));
    QVERIFY(fake.item(first + 1)->starred && fake.item(first + 2)->starred);
    // Miniflux: the T token call with the old login is refused too, then asked again.
    QCOMPARE(fake.callCount("token"), flavour == Flavour::Miniflux ? 3 : 2);
    QCOMPARE(fake.callCount("accounts/ClientLogin"), flavour == Flavour::Miniflux ? 2 : 1);
    const QUrlQuery edit = fake.callsOf("edit-tag").last();
    QCOMPARE(edit.queryItemValue("a", QUrl::FullyDecoded), "user/-/state/com.google/starred");
    QCOMPARE(edit.allQueryItemValues("i", QUrl::FullyDecoded).first(),
             FakeGReader::longId(first + 1));
}

void TestGReaderClient::statesArePagedByContinuation_data()
{
    addFlavours();
}

void TestGReaderClient::statesArePagedByContinuation()
{
    QFETCH(Flavour, flavour);
    FakeGReader fake(flavour);
    QVERIFY(fake.listen());
    fake.populate(3, 9); // 27 items
    for (qint64 id = 1'700'000'000'000'000; id < 1'700'000'000'000'000 + 27; id += 3) {
        fake.setRead(id, true);
        fake.setStarred(id + 1, true);
    }
    const auto reader = client(fake, 5);
    const auto states = await<Sync::ArticleStates>([&](auto done) { reader->articleStates(done); });
    QVERIFY2(states.error.isEmpty(), qPrintable(states.error));
    QCOMPARE(states.value.unread.size(), 18);
    QCOMPARE(states.value.bookmarked.size(), 9);
    QCOMPARE(QSet<QString>(states.value.unread.cbegin(), states.value.unread.cend()).size(), 18);
    // 18 unread ids in pages of 5, and 9 starred ones.
    QCOMPARE(fake.callCount("stream/items/ids"), 4 + 2);
    const QUrlQuery unread = fake.callsOf("stream/items/ids").first();
    QCOMPARE(unread.queryItemValue("xt", QUrl::FullyDecoded), "user/-/state/com.google/read");
}

void TestGReaderClient::newArticlesComeIdsFirst_data()
{
    addFlavours();
}

void TestGReaderClient::newArticlesComeIdsFirst()
{
    QFETCH(Flavour, flavour);
    FakeGReader fake(flavour);
    QVERIFY(fake.listen());
    const QString feed = fake.addFeed("News", "Folder");
    const QList<qint64> ids = fake.addItems(feed, 12);
    fake.setRead(ids.at(0), true);
    fake.setStarred(ids.at(1), true);
    const auto reader = client(fake, 4, 5);
    // The library holds three of them already.
    reader->setStoredIds(
        {QString::number(ids.at(2)), QString::number(ids.at(3)), QString::number(ids.at(4))});
    QList<Storage::RemoteArticle> articles;
    int offset = 0;
    for (bool more = true; more;) {
        const auto page =
            await<Sync::ArticlePage>([&](auto done) { reader->articles(0, offset, done); });
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        articles += page.value.articles;
        offset += page.value.received;
        more = page.value.more;
    }
    QCOMPARE(articles.size(), 9);
    QCOMPARE(fake.callCount("stream/items/contents"), 2); // 5 + 4
    // 12 ids in pages of 4; FreshRSS hands out a continuation after every full page, so it
    // takes an empty fourth page to learn it was the end.
    QCOMPARE(fake.callCount("stream/items/ids"), flavour == Flavour::FreshRss ? 4 : 3);
    const auto read = std::find_if(articles.cbegin(), articles.cend(), [&](const auto &article) {
        return article.id == QString::number(ids.at(0));
    });
    QVERIFY(read != articles.cend());
    QVERIFY(read->read && !read->bookmarked);
    QCOMPARE(read->sourceId, feed);
    QVERIFY(read->item.content.contains("Text of item"));
    QVERIFY(!read->item.content.contains("script")); // sanitized like any feed
    QCOMPARE(read->item.link, QStringLiteral("https://example.org/item/%1").arg(ids.at(0)));
    QVERIFY(read->item.published.isValid());
    const auto starred = std::find_if(articles.cbegin(), articles.cend(), [&](const auto &a) {
        return a.id == QString::number(ids.at(1));
    });
    QVERIFY(starred != articles.cend() && starred->bookmarked && !starred->read);
}

void TestGReaderClient::duplicateIdsAreTakenOnce()
{
    FakeGReader fake(Flavour::Miniflux);
    QVERIFY(fake.listen());
    fake.populate(1, 10);
    fake.duplicateIds = true;
    const auto reader = client(fake, 3, 4);
    const auto states = await<Sync::ArticleStates>([&](auto done) { reader->articleStates(done); });
    QCOMPARE(states.value.unread.size(), 10);
    QSet<QString> seen;
    int offset = 0;
    for (bool more = true; more;) {
        const auto page =
            await<Sync::ArticlePage>([&](auto done) { reader->articles(0, offset, done); });
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        for (const Storage::RemoteArticle &article : page.value.articles) {
            QVERIFY2(!seen.contains(article.id), qPrintable(article.id));
            seen.insert(article.id);
        }
        offset += page.value.received;
        more = page.value.more;
    }
    QCOMPARE(seen.size(), 10);
}

void TestGReaderClient::foldersAndSources_data()
{
    addFlavours();
}

void TestGReaderClient::foldersAndSources()
{
    QFETCH(Flavour, flavour);
    FakeGReader fake(flavour);
    QVERIFY(fake.listen());
    fake.addFeed("In a folder", "Tech");
    fake.addFeed("Also there", "Tech");
    fake.addFeed("Elsewhere", "News");
    const auto reader = client(fake);
    const auto folders =
        await<QList<Storage::RemoteFolder>>([&](auto done) { reader->folders(done); });
    QVERIFY2(folders.error.isEmpty(), qPrintable(folders.error));
    QCOMPARE(folders.value.size(), 2);
    // Miniflux's "user/1/label/Tech" is the same folder as "user/-/label/Tech".
    QCOMPARE(folders.value.first().id, "user/-/label/Tech");
    QCOMPARE(folders.value.first().title, "Tech");
    const auto sources =
        await<QList<Storage::RemoteSource>>([&](auto done) { reader->sources(done); });
    QCOMPARE(sources.value.size(), 3);
    QCOMPARE(sources.value.at(2).id, "feed/3");
    QCOMPARE(sources.value.at(2).folderId, "user/-/label/News");
    QCOMPARE(sources.value.at(2).feedUrl, QUrl("https://example.org/3.xml"));
}

void TestGReaderClient::subscriptionCalls_data()
{
    addFlavours();
}

void TestGReaderClient::subscriptionCalls()
{
    QFETCH(Flavour, flavour);
    FakeGReader fake(flavour);
    QVERIFY(fake.listen());
    fake.addFeed("Old", "Tech");
    const auto reader = client(fake);
    const auto added = await<QString>([&](auto done) {
        reader->subscribe(QUrl("https://e.org/new.xml"), "user/-/label/News", done);
    });
    QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
    QCOMPARE(added.value, "feed/2");
    QCOMPARE(fake.feeds().last().folder, "News");
    QCOMPARE(fake.callsOf("subscription/quickadd")
                 .first()
                 .queryItemValue("quickadd", QUrl::FullyDecoded),
             "https://e.org/new.xml");

    const auto bad = await<QString>(
        [&](auto done) { reader->subscribe(QUrl("https://e.org/bad.xml"), {}, done); });
    QVERIFY2(bad.error.contains("could not subscribe to https://e.org/bad.xml"),
             qPrintable(bad.error));
    QVERIFY2(bad.error.contains("404"), qPrintable(bad.error));

    QVERIFY(awaitDone([&](auto done) { reader->rename("feed/1", "Renamed", done); }).value);
    QCOMPARE(fake.feeds().first().title, "Renamed");
    QVERIFY(awaitDone([&](auto done) { reader->move("feed/1", "user/-/label/News", done); }).value);
    QCOMPARE(fake.feeds().first().folder, "News");
    QVERIFY(!awaitDone([&](auto done) { reader->move("feed/1", {}, done); }).value);
    QVERIFY(awaitDone([&](auto done) { reader->unsubscribe("feed/1", done); }).value);
    QCOMPARE(fake.feeds().size(), 1);
    // Gone already (removed on another device): what was asked for; still there: the refusal.
    QVERIFY(awaitDone([&](auto done) { reader->unsubscribe("feed/1", done); }).value);
    fake.intercept = [](const TestSupport::HttpRequest &, const QString &call) {
        std::optional<TestSupport::HttpResponse> answer;
        if (call == "subscription/edit")
            answer = TestSupport::HttpResponse::withStatus(500, "Database is locked");
        return answer;
    };
    const Answer<bool> refused = awaitDone([&](auto done) { reader->unsubscribe("feed/2", done); });
    QVERIFY2(refused.error.contains("Database is locked"), qPrintable(refused.error));
    QCOMPARE(fake.feeds().size(), 1);
}

void TestGReaderClient::markSourceRead_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("idCalls");
    QTest::newRow("FreshRSS: mark-all-as-read") << Flavour::FreshRss << 0;
    QTest::newRow("Miniflux lacks it: the unread ids, marked read") << Flavour::Miniflux << 1;
}

void TestGReaderClient::markSourceRead()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, idCalls);
    FakeGReader fake(flavour);
    QVERIFY(fake.listen());
    const QString feed = fake.addFeed("A");
    const QList<qint64> ids = fake.addItems(feed, 4);
    const QList<qint64> other = fake.addItems(fake.addFeed("B"), 2);
    const auto reader = client(fake);
    const Answer<bool> marked = awaitDone([&](auto done) { reader->markSourceRead(feed, done); });
    QVERIFY2(marked.value, qPrintable(marked.error));
    for (const qint64 id : ids)
        QVERIFY(fake.item(id)->read);
    QVERIFY(!fake.item(other.first())->read);
    QCOMPARE(fake.callCount("stream/items/ids"), idCalls);
}

void TestGReaderClient::notAGoogleReaderServer()
{
    FakeGReader fake(Flavour::FreshRss);
    QVERIFY(fake.listen());
    GReaderClient reader(&m_network, fake.server().url("/elsewhere/"), "reader", "secret", {});
    const Answer<bool> login = awaitDone([&](auto done) { reader.logIn(done); });
    QVERIFY2(login.error.contains("did not answer like a Google Reader API server"),
             qPrintable(login.error));
    QVERIFY2(login.error.contains("api/greader.php"), qPrintable(login.error));
}

void TestGReaderClient::serverErrorSaysWhatTheServerSaid()
{
    FakeGReader fake(Flavour::FreshRss);
    QVERIFY(fake.listen());
    fake.intercept = [](const TestSupport::HttpRequest &, const QString &call) {
        std::optional<TestSupport::HttpResponse> answer;
        if (call == "tag/list")
            answer = TestSupport::HttpResponse::withStatus(500, "Database is locked");
        return answer;
    };
    const auto reader = client(fake);
    const auto folders =
        await<QList<Storage::RemoteFolder>>([&](auto done) { reader->folders(done); });
    QVERIFY2(folders.error.contains("500"), qPrintable(folders.error));
    QVERIFY2(folders.error.contains("Database is locked"), qPrintable(folders.error));
}

QTEST_GUILESS_MAIN(TestGReaderClient)
#include "tst_greaderclient.moc"
