#include "html/articleextractor.h"
#include "httpserver.h"
#include "reading/fullarticleloader.h"
#include "storage/articlerepository.h"
#include "temporarylibrary.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Reading::FullArticleLoader;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

QByteArray page(const char *name)
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/articles/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QDateTime Now(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestFullArticleLoader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstLoadFetchesAndCaches();
    void secondLoadMakesNoRequest();
    void loadingTwiceAtOnceGivesOneAnswer();
    void failures_data();
    void failures();
    void linkThatIsNotOnTheWebIsNotFetched_data();
    void linkThatIsNotOnTheWebIsNotFetched();
    void unknownArticleFails();

private:
    qint64 addArticle(const QString &link);
    [[nodiscard]] QString storedFullContent(qint64 id) const;

    std::unique_ptr<TestSupport::TemporaryLibrary> m_library;
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_network;
    qint64 m_sourceId = 0;
    int m_nextGuid = 0;
};

void TestFullArticleLoader::initTestCase()
{
    qRegisterMetaType<qint64>("qint64");
}

void TestFullArticleLoader::init()
{
    m_library = std::make_unique<TestSupport::TemporaryLibrary>();
    QVERIFY(m_library->isOpen());
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_sourceId = m_library->addSource(m_server->url(QStringLiteral("/feed")).toString());
    QVERIFY(m_sourceId > 0);
}

void TestFullArticleLoader::cleanup()
{
    m_server.reset();
    m_library.reset();
}

qint64 TestFullArticleLoader::addArticle(const QString &link)
{
    const QString guid = QStringLiteral("item-%1").arg(++m_nextGuid);
    Storage::ArticleRepository articles(m_library->connection());
    const auto stored = articles.store(
        m_sourceId,
        TestSupport::makeFeed({TestSupport::makeItem(guid, link, QStringLiteral("A story"),
                                                     QStringLiteral("<p>Teaser.</p>"))}),
        Now);
    return stored && stored->addedIds.size() == 1 ? stored->addedIds.constFirst() : 0;
}

QString TestFullArticleLoader::storedFullContent(qint64 id) const
{
    const auto article = Storage::ArticleRepository(m_library->connection()).article(id);
    return article ? article->fullContent : QString();
}

void TestFullArticleLoader::firstLoadFetchesAndCaches()
{
    m_server->route("/story",
                    HttpResponse::ok(page("news-sidebars.html"), "text/html; charset=utf-8"));
    const qint64 id = addArticle(m_server->url(QStringLiteral("/story")).toString());
    QVERIFY(id > 0);
    QVERIFY(storedFullContent(id).isEmpty());

    FullArticleLoader loader(m_library->connection(), &m_network);
    QSignalSpy loaded(&loader, &FullArticleLoader::loaded);
    QSignalSpy failed(&loader, &FullArticleLoader::failed);
    loader.load(id);
    QVERIFY(loader.isLoading(id));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(loaded.constFirst().at(0).toLongLong(), id);
    const QString html = loaded.constFirst().at(1).toString();
    QVERIFY2(html.contains(QLatin1String("eleven weeks from the start of September")),
             qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("Most read")));
    // Relative image sources resolve against the page's address.
    QVERIFY2(html.contains(m_server->url(QStringLiteral("/media/bridge.jpg")).toString()),
             qPrintable(html));
    QCOMPARE(m_server->requestsFor("/story").size(), 1);
    QCOMPARE(storedFullContent(id), html);
    QVERIFY(!loader.isLoading(id));
    // Stored compressed: the column holds no readable HTML.
    const QByteArray raw =
        m_library->scalar(QStringLiteral("SELECT full_content FROM articles WHERE id = %1").arg(id))
            .toByteArray();
    QVERIFY(!raw.isEmpty());
    QVERIFY(!raw.contains("September"));
}

void TestFullArticleLoader::secondLoadMakesNoRequest()
{
    m_server->route("/story", HttpResponse::ok(page("semantic-article.html"), "text/html"));
    const qint64 id = addArticle(m_server->url(QStringLiteral("/story")).toString());
    QString first;
    {
        FullArticleLoader loader(m_library->connection(), &m_network);
        QSignalSpy loaded(&loader, &FullArticleLoader::loaded);
        loader.load(id);
        QVERIFY(loaded.wait(10'000));
        first = loaded.constFirst().at(1).toString();
    }
    QCOMPARE(m_server->requestsFor("/story").size(), 1);

    FullArticleLoader loader(m_library->connection(), &m_network);
    QSignalSpy loaded(&loader, &FullArticleLoader::loaded);
    loader.load(id);
    QCOMPARE(loaded.count(), 0); // never before load() returns
    QVERIFY(loaded.wait(5'000));
    QCOMPARE(loaded.constFirst().at(1).toString(), first);
    QCOMPARE(m_server->requestsFor("/story").size(), 1);
}

void TestFullArticleLoader::loadingTwiceAtOnceGivesOneAnswer()
{
    m_server->route("/story", HttpResponse::ok(page("blog-simple.html"), "text/html"));
    const qint64 id = addArticle(m_server->url(QStringLiteral("/story")).toString());
    FullArticleLoader loader(m_library->connection(), &m_network);
    QSignalSpy loaded(&loader, &FullArticleLoader::loaded);
    loader.load(id);
    loader.load(id);
    QVERIFY(loaded.wait(10'000));
    // A load asked for afterwards answers after anything the first two could still send.
    m_server->route("/later", HttpResponse::ok(page("blog-simple.html"), "text/html"));
    loader.load(addArticle(m_server->url(QStringLiteral("/later")).toString()));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(loaded.count(), 2);
    QVERIFY(loaded.at(1).at(0).toLongLong() != id);
    QCOMPARE(m_server->requestsFor("/story").size(), 1);
}

void TestFullArticleLoader::failures_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("expected"); // a part of the message

    QTest::newRow("404 says the status")
        << HttpResponse::withStatus(404, "<html><body>Gone</body></html>") << QStringLiteral("404");
    QTest::newRow("a page without an article says so")
        << HttpResponse::ok("<html><body><ul><li><a href=/a>Home of the portal</a></li>"
                            "<li><a href=/b>Another section of it</a></li></ul></body></html>",
                            "text/html")
        << Html::ArticleExtractor::extract("<p>x</p>", QUrl()).error;
    QTest::newRow("an image is not a page")
        << HttpResponse::ok(QByteArray("\x89PNG\r\n\x1a\n", 8), "image/png")
        << QStringLiteral("image/png");
}

void TestFullArticleLoader::failures()
{
    QFETCH(HttpResponse, response);
    QFETCH(QString, expected);
    m_server->route("/story", response);
    const qint64 id = addArticle(m_server->url(QStringLiteral("/story")).toString());
    FullArticleLoader loader(m_library->connection(), &m_network);
    QSignalSpy loaded(&loader, &FullArticleLoader::loaded);
    QSignalSpy failed(&loader, &FullArticleLoader::failed);
    loader.load(id);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.constFirst().at(0).toLongLong(), id);
    const QString message = failed.constFirst().at(1).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(storedFullContent(id).isEmpty());
    QVERIFY(!loader.isLoading(id));
}

void TestFullArticleLoader::linkThatIsNotOnTheWebIsNotFetched_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("no link") << QString();
    QTest::newRow("local file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
}

void TestFullArticleLoader::linkThatIsNotOnTheWebIsNotFetched()
{
    QFETCH(QString, link);
    const qint64 id = addArticle(link);
    QVERIFY(id > 0);
    FullArticleLoader loader(m_library->connection(), &m_network);
    QSignalSpy failed(&loader, &FullArticleLoader::failed);
    loader.load(id);
    QVERIFY(failed.wait(5'000));
    QVERIFY(!failed.constFirst().at(1).toString().isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestFullArticleLoader::unknownArticleFails()
{
    FullArticleLoader loader(m_library->connection(), &m_network);
    QSignalSpy failed(&loader, &FullArticleLoader::failed);
    loader.load(424242);
    QVERIFY(failed.wait(5'000));
    QCOMPARE(failed.constFirst().at(0).toLongLong(), 424242);
    QVERIFY(!failed.constFirst().at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestFullArticleLoader)
#include "tst_fullarticleloader.moc"
