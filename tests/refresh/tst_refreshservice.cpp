#include "httpserver.h"
#include "refresh/refreshservice.h"
#include "storage/accountmirror.h"
#include "storage/accountrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/searchindexfile.h"
#include "storage/searchindexservice.h"
#include "storage/sourcerepository.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Refresh::RefreshService;
using Refresh::SourceOutcome;
using Refresh::Summary;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;

Q_DECLARE_METATYPE(TestSupport::HttpResponse)

namespace {

struct TestItem
{
    QString guid;
    QString title;
    QString body;
};

QByteArray rss(const QString &title, const QList<TestItem> &items)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<rss version=\"2.0\"><channel><title>%1</title>"
                                 "<link>http://example.org/</link>")
                      .arg(title);
    for (const TestItem &item : items) {
        xml += QStringLiteral(
                   "<item><guid>%1</guid><title>%2</title><link>http://example.org/%1</link>"
                   "<pubDate>Wed, 27 May 2026 10:00:00 GMT</pubDate>"
                   "<description>&lt;p&gt;%3&lt;/p&gt;</description></item>")
                   .arg(item.guid, item.title, item.body);
    }
    xml += QStringLiteral("</channel></rss>");
    return xml.toUtf8();
}

QList<TestItem> someItems(int count, const QString &prefix = QStringLiteral("item"))
{
    QList<TestItem> items;
    for (int i = 0; i < count; ++i)
        items.append({prefix + QString::number(i), QStringLiteral("Story %1").arg(i),
                      QStringLiteral("The body of story %1 about harbours.").arg(i)});
    return items;
}

} // namespace

class TestRefreshService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstRefreshStoresArticlesAndValidators();
    void secondRefreshIsAllNotModified();
    void changedArticleIsUpdatedInPlaceKeepingItsState();
    void redirectsMoveTheFeedOnlyWhenPermanent_data();
    void redirectsMoveTheFeedOnlyWhenPermanent();
    void failuresAreRecordedAndStoredArticlesStay_data();
    void failuresAreRecordedAndStoredArticlesStay();
    void retryAfterPostponesTheNextFetch();
    void refreshOneSourceOnly();
    void sourcesOfSyncAccountsAreLeftToTheirServer();
    void progressCountsEverySource();
    void sourceFinishedComesOnceItsArticlesAreVisible();
    void databaseFailureFailsTheWholeBatchOnly();
    void cancelEndsTheRun();
    void retentionRunsAfterARunThatStoredArticles();
    void noRetentionUntilItIsSet();
    void theLogIsEmptiedWhenTheRunEnds();

private:
    qint64 addSource(const QString &path);
    Summary refresh(const QList<qint64> &sourceIds = {});
    int articleCount() const;
    int articleCount(qint64 sourceId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_database;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RefreshService> m_service;
};

void TestRefreshService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database =
        std::make_unique<Storage::Database>(m_dir->filePath(QStringLiteral("tidings.sqlite")));
    QVERIFY2(m_database->open(), qPrintable(m_database->errorMessage()));
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    Net::FetchOptions options;
    options.timeoutMs = 2000;
    m_service = std::make_unique<RefreshService>(m_database->filePath(), m_network.get(), options);
}

void TestRefreshService::cleanup()
{
    m_service.reset();
    m_network.reset();
    m_server.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestRefreshService::addSource(const QString &path)
{
    Storage::SourceRepository sources(m_database->connection());
    return sources.add({m_server->url(path), {}, {}, 0}).id;
}

Summary TestRefreshService::refresh(const QList<qint64> &sourceIds)
{
    QSignalSpy finished(m_service.get(), &RefreshService::finished);
    if (sourceIds.isEmpty())
        m_service->refreshAll();
    else
        m_service->refreshSources(sourceIds);
    if (!finished.wait(20000))
        return {};
    return finished.takeFirst().at(0).value<Summary>();
}

int TestRefreshService::articleCount() const
{
    QSqlQuery query(m_database->connection());
    query.exec(QStringLiteral("SELECT count(*) FROM articles"));
    return query.next() ? query.value(0).toInt() : -1;
}

int TestRefreshService::articleCount(qint64 sourceId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE source_id = ?"));
    query.addBindValue(sourceId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void TestRefreshService::firstRefreshStoresArticlesAndValidators()
{
    m_server->route("/a.xml", HttpResponse::ok(rss(QStringLiteral("Harbour News"), someItems(3)),
                                               "application/rss+xml")
                                  .withHeader("ETag", "\"a1\"")
                                  .withHeader("Last-Modified", "Wed, 27 May 2026 10:00:00 GMT"));
    const qint64 id = addSource(QStringLiteral("/a.xml"));

    const Summary summary = refresh();
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.added, 3);
    QCOMPARE(articleCount(), 3);

    const auto source = Storage::SourceRepository(m_database->connection()).find(id);
    QVERIFY(source);
    QCOMPARE(source->title, QStringLiteral("Harbour News"));
    QCOMPARE(source->etag, QStringLiteral("\"a1\""));
    QCOMPARE(source->lastModified, QStringLiteral("Wed, 27 May 2026 10:00:00 GMT"));
    QVERIFY(source->lastFetch.isValid());
    QVERIFY(source->nextFetch > source->lastFetch);
    QVERIFY(source->lastError.isEmpty());
}

void TestRefreshService::secondRefreshIsAllNotModified()
{
    for (const char *path : {"/a.xml", "/b.xml"}) {
        HttpResponse response = HttpResponse::ok(rss(QString::fromLatin1(path),
                                                     someItems(5, QString::fromLatin1(path))),
                                                 "application/rss+xml")
                                    .withHeader("ETag", QByteArray("\"") + path + "\"")
                                    .withHeader("Last-Modified", "Wed, 27 May 2026 10:00:00 GMT");
        response.conditional = true;
        m_server->route(path, response);
        addSource(QString::fromLatin1(path));
    }
    QCOMPARE(refresh().added, 10);
    m_server->clearRequests();

    const Summary second = refresh();
    QCOMPARE(second.succeeded, 2);
    QCOMPARE(second.notModified, 2);
    QCOMPARE(second.added, 0);
    QCOMPARE(second.updated, 0);
    QCOMPARE(articleCount(), 10);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    for (const TestSupport::HttpRequest &request : requests) {
        QVERIFY(request.hasHeader("If-None-Match"));
        QCOMPARE(request.header("If-Modified-Since"), QByteArray("Wed, 27 May 2026 10:00:00 GMT"));
    }
}

void TestRefreshService::changedArticleIsUpdatedInPlaceKeepingItsState()
{
    QList<TestItem> items = someItems(2);
    m_server->route("/a.xml",
                    HttpResponse::ok(rss(QStringLiteral("A"), items), "application/rss+xml"));
    addSource(QStringLiteral("/a.xml"));
    QCOMPARE(refresh().added, 2);

    Storage::ArticleRepository articles(m_database->connection());
    const QList<qint64> ids = articles.ids({});
    QCOMPARE(ids.size(), 2);
    for (qint64 id : ids) {
        QVERIFY(articles.setRead(id, true));
        QVERIFY(articles.setBookmarked(id, true));
    }

    items[0].body = QStringLiteral("A corrected body.");
    m_server->route("/a.xml",
                    HttpResponse::ok(rss(QStringLiteral("A"), items), "application/rss+xml"));
    const Summary second = refresh();
    QCOMPARE(second.added, 0);
    QCOMPARE(second.updated, 1);
    QCOMPARE(articleCount(), 2);
    for (qint64 id : ids) {
        const auto article = articles.article(id);
        QVERIFY(article);
        QVERIFY(article->row.read);
        QVERIFY(article->row.bookmarked);
    }
}

void TestRefreshService::redirectsMoveTheFeedOnlyWhenPermanent_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("moves");
    QTest::newRow("301") << 301 << true;
    QTest::newRow("308") << 308 << true;
    QTest::newRow("302") << 302 << false;
    QTest::newRow("307") << 307 << false;
}

void TestRefreshService::redirectsMoveTheFeedOnlyWhenPermanent()
{
    QFETCH(int, status);
    QFETCH(bool, moves);
    m_server->route("/old.xml", HttpResponse::redirect(status, "/new.xml"));
    m_server->route("/new.xml", HttpResponse::ok(rss(QStringLiteral("Moved"), someItems(1)),
                                                 "application/rss+xml"));
    const qint64 id = addSource(QStringLiteral("/old.xml"));

    const Summary summary = refresh();
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(summary.added, 1);
    const auto source = Storage::SourceRepository(m_database->connection()).find(id);
    QVERIFY(source);
    QCOMPARE(source->feedUrl,
             m_server->url(moves ? QStringLiteral("/new.xml") : QStringLiteral("/old.xml")));
}

void TestRefreshService::failuresAreRecordedAndStoredArticlesStay_data()
{
    QTest::addColumn<HttpResponse>("failure");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("404") << HttpResponse::withStatus(404) << "The server answered 404 Not Found";
    QTest::newRow("410") << HttpResponse::withStatus(410) << "The server answered 410 Gone";
    QTest::newRow("500") << HttpResponse::withStatus(500) << "The server answered 500";
    QTest::newRow("a web page instead of a feed")
        << HttpResponse::ok(
               "<!DOCTYPE "
               "html><html><head><title>Shop</title></head><body><p>Buy!</p></body></html>",
               "text/html; charset=utf-8")
        << "";
    QTest::newRow("malformed beyond repair")
        << HttpResponse::ok("\x89PNG\r\n\x1a\n\0\0\0binary", "image/png") << "";
    HttpResponse stalled =
        HttpResponse::ok(rss(QStringLiteral("A"), someItems(50)), "application/rss+xml");
    stalled.stallAfterBytes = 100;
    QTest::newRow("stalled server") << stalled << "No answer within 2 s";
}

void TestRefreshService::failuresAreRecordedAndStoredArticlesStay()
{
    QFETCH(HttpResponse, failure);
    QFETCH(QString, expectedError);
    m_server->route(
        "/a.xml", HttpResponse::ok(rss(QStringLiteral("A"), someItems(4)), "application/rss+xml"));
    const qint64 id = addSource(QStringLiteral("/a.xml"));
    QCOMPARE(refresh().added, 4);

    m_server->route("/a.xml", failure);
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const Summary summary = refresh();
        QCOMPARE(summary.failed, 1);
        const auto source = Storage::SourceRepository(m_database->connection()).find(id);
        QVERIFY(source);
        QVERIFY(!source->lastError.isEmpty());
        QVERIFY2(source->lastError.contains(expectedError), qPrintable(source->lastError));
        QCOMPARE(source->errorCount, attempt);
        QCOMPARE(articleCount(), 4);
    }

    m_server->route(
        "/a.xml", HttpResponse::ok(rss(QStringLiteral("A"), someItems(4)), "application/rss+xml"));
    QCOMPARE(refresh().succeeded, 1);
    const auto recovered = Storage::SourceRepository(m_database->connection()).find(id);
    QVERIFY(recovered->lastError.isEmpty());
    QCOMPARE(recovered->errorCount, 0);
}

void TestRefreshService::retryAfterPostponesTheNextFetch()
{
    m_server->route("/a.xml", HttpResponse::withStatus(429).withHeader("Retry-After", "7200"));
    const qint64 id = addSource(QStringLiteral("/a.xml"));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(refresh().failed, 1);
    const auto source = Storage::SourceRepository(m_database->connection()).find(id);
    QVERIFY(source->nextFetch >= before.addSecs(7200 - 5));
    QVERIFY(source->lastError.contains(QLatin1String("429")));
}

void TestRefreshService::refreshOneSourceOnly()
{
    m_server->route("/a.xml",
                    HttpResponse::ok(rss(QStringLiteral("A"), someItems(1, QStringLiteral("a"))),
                                     "application/rss+xml"));
    m_server->route("/b.xml",
                    HttpResponse::ok(rss(QStringLiteral("B"), someItems(1, QStringLiteral("b"))),
                                     "application/rss+xml"));
    addSource(QStringLiteral("/a.xml"));
    const qint64 b = addSource(QStringLiteral("/b.xml"));
    const Summary summary = refresh({b});
    QCOMPARE(summary.succeeded, 1);
    QCOMPARE(m_server->requestsFor("/a.xml").size(), 0);
    QCOMPARE(m_server->requestsFor("/b.xml").size(), 1);
}

void TestRefreshService::sourcesOfSyncAccountsAreLeftToTheirServer()
{
    const QByteArray feed = rss(QStringLiteral("A"), someItems(1, QStringLiteral("a")));
    m_server->route("/local.xml", HttpResponse::ok(feed, "application/rss+xml"));
    m_server->route("/remote.xml", HttpResponse::ok(feed, "application/rss+xml"));
    const qint64 local = addSource(QStringLiteral("/local.xml"));
    Storage::AccountDraft draft;
    draft.serverUrl = m_server->url(QStringLiteral("/tt-rss/"));
    draft.username = QStringLiteral("reader");
    const qint64 account =
        Storage::AccountRepository(m_database->connection()).add(draft).value_or(0);
    QVERIFY(Storage::AccountMirror(m_database->connection())
                .replaceSources(account, {{"7", {}, "Remote", m_server->url("/remote.xml"), {}}}));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM sources WHERE remote_id = '7'")));
    QVERIFY(query.next());
    const qint64 remote = query.value(0).toLongLong();

    // Everything (the window's refresh and `tidings refresh`), due or not, and by name.
    QCOMPARE(refresh().succeeded, 1);
    QCOMPARE(refresh({remote}).succeeded, 0);
    QCOMPARE(refresh({local, remote}).succeeded, 1);
    QCOMPARE(m_server->requestsFor("/remote.xml").size(), 0);
    QCOMPARE(m_server->requestsFor("/local.xml").size(), 2);
    QCOMPARE(articleCount(remote), 0);
}

void TestRefreshService::progressCountsEverySource()
{
    for (int i = 0; i < 5; ++i) {
        const QByteArray path = "/f" + QByteArray::number(i) + ".xml";
        m_server->route(path, HttpResponse::ok(rss(QStringLiteral("Feed %1").arg(i), someItems(2)),
                                               "application/rss+xml"));
        addSource(QString::fromLatin1(path));
    }
    QSignalSpy progress(m_service.get(), &RefreshService::progress);
    QSignalSpy outcomes(m_service.get(), &RefreshService::sourceFinished);
    const Summary summary = refresh();
    QCOMPARE(summary.succeeded, 5);
    QCOMPARE(outcomes.size(), 5);
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toInt(), 5);
    QCOMPARE(last.at(1).toInt(), 5);
    QVERIFY(last.at(2).toString().startsWith(QLatin1String("Feed ")));
}

// The worker stores feeds in batches; a source is reported only once another connection (the
// window's) can read what was stored for it.
void TestRefreshService::sourceFinishedComesOnceItsArticlesAreVisible()
{
    for (int i = 0; i < 8; ++i) {
        const QByteArray path = "/v" + QByteArray::number(i) + ".xml";
        m_server->route(path, HttpResponse::ok(rss(QStringLiteral("Feed %1").arg(i),
                                                   someItems(i + 1, QStringLiteral("v%1-").arg(i))),
                                               "application/rss+xml"));
        addSource(QString::fromLatin1(path));
    }
    QHash<qint64, int> visibleWhenReported;
    connect(m_service.get(), &RefreshService::sourceFinished, this,
            [&](const SourceOutcome &outcome) {
                visibleWhenReported.insert(outcome.sourceId, articleCount(outcome.sourceId));
                QCOMPARE(visibleWhenReported.value(outcome.sourceId), outcome.added);
            });
    const Summary summary = refresh();
    QCOMPARE(summary.succeeded, 8);
    QCOMPARE(summary.added, 36);
    QCOMPARE(visibleWhenReported.size(), 8);
}

// A feed whose articles cannot be written undoes the batch it was stored in: every source of
// that batch failed with the database's error and has nothing half-stored, and every other
// source has all its articles.
void TestRefreshService::databaseFailureFailsTheWholeBatchOnly()
{
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        const QByteArray path = "/d" + QByteArray::number(i) + ".xml";
        QList<TestItem> items = someItems(4, QStringLiteral("d%1-").arg(i));
        if (i == 3)
            items[2].title = QStringLiteral("poison");
        m_server->route(path, HttpResponse::ok(rss(QStringLiteral("Feed %1").arg(i), items),
                                               "application/rss+xml"));
        ids.append(addSource(QString::fromLatin1(path)));
    }
    QSqlQuery trigger(m_database->connection());
    QVERIFY(trigger.exec(
        QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON articles WHEN new.title = 'poison'"
                       " BEGIN SELECT RAISE(ABORT, 'the disk is on fire'); END")));
    QHash<qint64, SourceOutcome> outcomes;
    connect(m_service.get(), &RefreshService::sourceFinished, this,
            [&](const SourceOutcome &outcome) { outcomes.insert(outcome.sourceId, outcome); });

    const Summary summary = refresh();
    QCOMPARE(outcomes.size(), 6);
    QVERIFY(summary.failed >= 1);
    QCOMPARE(summary.succeeded + summary.failed, 6);
    QCOMPARE(outcomes.value(ids.at(3)).status, SourceOutcome::Status::Failed);
    for (const qint64 id : std::as_const(ids)) {
        const SourceOutcome outcome = outcomes.value(id);
        const auto source = Storage::SourceRepository(m_database->connection()).find(id);
        QVERIFY(source);
        if (outcome.status == SourceOutcome::Status::Failed) {
            QVERIFY2(outcome.errorText.contains(QLatin1String("the disk is on fire")),
                     qPrintable(outcome.errorText));
            QCOMPARE(articleCount(id), 0);
            QCOMPARE(source->lastError, outcome.errorText);
        } else {
            QCOMPARE(outcome.status, SourceOutcome::Status::Updated);
            QCOMPARE(articleCount(id), 4);
            QVERIFY(source->lastError.isEmpty());
        }
    }

    // Nothing of the failed feeds was recorded as fetched: the next run stores them.
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER poison")));
    const Summary again = refresh();
    QCOMPARE(again.failed, 0);
    for (const qint64 id : std::as_const(ids))
        QCOMPARE(articleCount(id), 4);
}

void TestRefreshService::cancelEndsTheRun()
{
    HttpResponse slow =
        HttpResponse::ok(rss(QStringLiteral("Slow"), someItems(1)), "application/rss+xml");
    slow.delayMs = 10000;
    m_server->route("/slow.xml", slow);
    addSource(QStringLiteral("/slow.xml"));
    QSignalSpy finished(m_service.get(), &RefreshService::finished);
    m_service->refreshAll();
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_service->cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).value<Summary>().cancelled, 1);
    QVERIFY(!m_service->isRunning());
}

void TestRefreshService::retentionRunsAfterARunThatStoredArticles()
{
    m_server->route("/five", HttpResponse::ok(rss(QStringLiteral("Five"), someItems(5)),
                                              "application/rss+xml"));
    const qint64 source = addSource(QStringLiteral("/five"));
    Storage::RetentionPolicy policy;
    policy.perSourceCap = 3;
    m_service->setRetention(policy);

    const Summary first = refresh();
    QCOMPARE(first.added, 5);
    QCOMPARE(first.pruned, 2);
    QCOMPARE(articleCount(), 3);
    // The cap keeps a source's newest articles; the library agrees with the summary.
    Storage::ArticleRepository articles(m_database->connection());
    Storage::ArticleFilter filter;
    filter.sourceId = source;
    QCOMPARE(articles.list(filter).size(), 3);

    // Nothing new, and the last clean-up was moments ago: no second pass.
    const Summary second = refresh();
    QCOMPARE(second.added, 0);
    QCOMPARE(second.pruned, 0);
    QCOMPARE(articleCount(), 3);
}

void TestRefreshService::noRetentionUntilItIsSet()
{
    m_server->route("/five", HttpResponse::ok(rss(QStringLiteral("Five"), someItems(5)),
                                              "application/rss+xml"));
    addSource(QStringLiteral("/five"));
    const Summary summary = refresh();
    QCOMPARE(summary.added, 5);
    QCOMPARE(summary.pruned, 0);
    QCOMPARE(articleCount(), 5);
}

void TestRefreshService::theLogIsEmptiedWhenTheRunEnds()
{
    // Enough text that storing it writes well over the 8 MB the log may keep: words drawn at
    // random from a vocabulary of made-up words, so that compression does not shrink it away
    // and the index sees text as it comes.
    QRandomGenerator random(8);
    QStringList vocabulary;
    for (int i = 0; i < 5000; ++i)
        vocabulary.append(QString::number(random.bounded(Q_INT64_C(1) << 40), 36));
    const auto words = [&](int count) {
        QStringList out;
        for (int i = 0; i < count; ++i)
            out.append(vocabulary.at(random.bounded(vocabulary.size())));
        return out.join(QLatin1Char(' '));
    };
    constexpr int Sources = 12;
    constexpr int Items = 300;
    for (int s = 0; s < Sources; ++s) {
        QList<TestItem> items;
        for (int i = 0; i < Items; ++i)
            items.append({QStringLiteral("s%1-%2").arg(s).arg(i), words(6), words(600)});
        const QString path = QStringLiteral("/big%1.xml").arg(s);
        m_server->route(path.toUtf8(), HttpResponse::ok(rss(path, items), "application/rss+xml"));
        addSource(path);
    }
    // As in the window: the search index is written meanwhile, by a reader of the library
    // whose snapshots keep the log from being reused.
    Storage::SearchIndexService indexer(m_database->filePath());
    QCOMPARE(refresh().added, Sources * Items);

    const QString library = m_database->filePath();
    const auto size = [](const QString &path) { return QFileInfo(path).size(); };
    constexpr qint64 Limit = 8 * 1024 * 1024;
    QVERIFY2(size(library) + size(library + QStringLiteral("-wal")) > Limit,
             "the test stores too little to say anything");
    QTRY_VERIFY_WITH_TIMEOUT(size(library + QStringLiteral("-wal")) <= Limit, 20000);
    const QString index = Storage::SearchIndexFile::pathFor(library);
    QTRY_VERIFY_WITH_TIMEOUT(size(index + QStringLiteral("-wal")) <= Limit, 20000);
}

QTEST_GUILESS_MAIN(TestRefreshService)
#include "tst_refreshservice.moc"
