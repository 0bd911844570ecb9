#include "httpserver.h"
#include "net/feedfetcher.h"
#include "net/fetcherrors.h"
#include "reading/commentthread.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using Reading::Comment;
using Reading::CommentThread;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;

namespace {

// Fixtures in tests/data/comments: a WordPress-style RSS comment feed (newest first, one
// comment with a script the sanitizer must remove) and an Atom feed of replies (RFC 4685, one
// with an event handler to remove).
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/comments/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

class TestCommentThread final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void loadsCommentsOldestFirst_data();
    void loadsCommentsOldestFirst();
    void failures_data();
    void failures();
    void aNewLoadReplacesTheOneUnderWay();
    void otherFetchesOfASharedFetcherAreIgnored();

private:
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::FeedFetcher> m_fetcher;
};

void TestCommentThread::initTestCase()
{
    qRegisterMetaType<QList<Reading::Comment>>();
}

void TestCommentThread::init()
{
    m_server = std::make_unique<HttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fetcher = std::make_unique<Net::FeedFetcher>(m_network.get());
    m_server->route("/hazel/feed",
                    HttpResponse::ok(fixture("hazel-comments.rss"), "application/rss+xml"));
    m_server->route("/cello/replies",
                    HttpResponse::ok(fixture("cello-replies.atom"), "application/atom+xml"));
}

void TestCommentThread::loadsCommentsOldestFirst_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QList<QDateTime>>("dates");
    QTest::addColumn<QStringList>("texts");     // in each comment's HTML, in order
    QTest::addColumn<QStringList>("forbidden"); // in no comment's HTML

    QTest::newRow("rss comment feed (wfw:commentRss)")
        << QStringLiteral("/hazel/feed")
        << QStringList{QStringLiteral("Olek"), QStringLiteral("Maren"), QStringLiteral("Rowan")}
        << QList<QDateTime>{utc(1, 21, 0), utc(2, 9, 15), utc(3, 18, 30)}
        << QStringList{QStringLiteral("href=\"https://garden.example/hazel-notes\""),
                       QStringLiteral("cut them back in the first year"),
                       QStringLiteral("<em>three</em>")}
        << QStringList{QStringLiteral("script"), QStringLiteral("steal")};
    QTest::newRow("atom replies feed (thr:in-reply-to)")
        << QStringLiteral("/cello/replies")
        << QStringList{QStringLiteral("Tomas"), QStringLiteral("Ines")}
        << QList<QDateTime>{utc(9, 8, 45), utc(10, 11, 0)}
        << QStringList{QStringLiteral("Try moving the sound post."),
                       QStringLiteral("A wolf eliminator on the G string helped me.")}
        << QStringList{QStringLiteral("onclick"), QStringLiteral("alert")};
}

void TestCommentThread::loadsCommentsOldestFirst()
{
    QFETCH(QString, path);
    QFETCH(QStringList, authors);
    QFETCH(QList<QDateTime>, dates);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, forbidden);

    CommentThread thread(m_fetcher.get());
    QSignalSpy loaded(&thread, &CommentThread::loaded);
    QSignalSpy failed(&thread, &CommentThread::failed);
    thread.load(m_server->url(path));
    QVERIFY(thread.isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!thread.isLoading());

    const auto comments = loaded.takeFirst().at(0).value<QList<Comment>>();
    QCOMPARE(comments.size(), authors.size());
    for (qsizetype i = 0; i < comments.size(); ++i) {
        const Comment &comment = comments.at(i);
        QCOMPARE(comment.author, authors.at(i));
        QCOMPARE(comment.date.toUTC(), dates.at(i));
        // Relative links resolved against the feed's own base.
        QVERIFY2(comment.html.contains(texts.at(i)), qPrintable(comment.html));
        for (const QString &bad : std::as_const(forbidden))
            QVERIFY2(!comment.html.contains(bad), qPrintable(comment.html));
    }
    // Exactly one signal per load: the answer to a second load comes after all the first sent.
    thread.load(m_server->url(path));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(failed.count(), 0);
}

void TestCommentThread::failures_data()
{
    QTest::addColumn<QByteArray>("route");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // the message, or its start when it ends in "…"

    QTest::newRow("404: the fetcher's words")
        << QByteArray("/gone/feed") << 404 << QByteArray("no such page")
        << Net::FetchErrors::httpStatus(404, "Not Found");
    QTest::newRow("malformed body: the parser's words")
        << QByteArray("/broken/feed") << 200
        << QByteArray("\x01\x02<html><body>not a feed at all</bo")
        << QStringLiteral("The comments could not be read: …");
    QTest::newRow("empty body") << QByteArray("/empty/feed") << 200 << QByteArray()
                                << QStringLiteral("The comments could not be read: …");
}

void TestCommentThread::failures()
{
    QFETCH(QByteArray, route);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);

    HttpResponse response = HttpResponse::withStatus(status, body);
    response.withHeader("Content-Type", "application/rss+xml");
    m_server->route(route, response);
    CommentThread thread(m_fetcher.get());
    QSignalSpy loaded(&thread, &CommentThread::loaded);
    QSignalSpy failed(&thread, &CommentThread::failed);
    thread.load(m_server->url(QString::fromLatin1(route)));
    QVERIFY(failed.wait(10000));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!thread.isLoading());
    const QString message = failed.takeFirst().at(0).toString();
    if (expected.endsWith(QChar(0x2026))) {
        expected.chop(1);
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        QVERIFY2(message.size() > expected.size() + 2, qPrintable(message)); // says why
    } else {
        QCOMPARE(message, expected);
    }
}

void TestCommentThread::aNewLoadReplacesTheOneUnderWay()
{
    HttpResponse slow = HttpResponse::ok(fixture("hazel-comments.rss"), "application/rss+xml");
    slow.delayMs = 300;
    m_server->route("/slow/feed", slow);
    CommentThread thread(m_fetcher.get());
    QSignalSpy loaded(&thread, &CommentThread::loaded);
    QSignalSpy failed(&thread, &CommentThread::failed);
    QSignalSpy fetched(m_fetcher.get(), &Net::FeedFetcher::finished);
    thread.load(m_server->url(QStringLiteral("/slow/feed")));
    thread.load(m_server->url(QStringLiteral("/cello/replies")));
    QCOMPARE(thread.url(), m_server->url(QStringLiteral("/cello/replies")));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.takeFirst().at(0).value<QList<Comment>>().size(), 2);
    // The slow answer arrives later and is dropped.
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 2, 5000);
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestCommentThread::otherFetchesOfASharedFetcherAreIgnored()
{
    CommentThread thread(m_fetcher.get());
    QSignalSpy loaded(&thread, &CommentThread::loaded);
    QSignalSpy failed(&thread, &CommentThread::failed);
    QSignalSpy fetched(m_fetcher.get(), &Net::FeedFetcher::finished);
    Net::FetchRequest other;
    other.sourceId = 7;
    other.url = m_server->url(QStringLiteral("/hazel/feed"));
    m_fetcher->fetch(other);
    QVERIFY(fetched.wait(10000));
    QCOMPARE(loaded.count(), 0); // not asked for by the thread
    QCOMPARE(failed.count(), 0);

    thread.load(m_server->url(QStringLiteral("/cello/replies")));
    m_fetcher->fetch(other);
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 3, 5000);
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.takeFirst().at(0).value<QList<Comment>>().constFirst().author,
             QStringLiteral("Tomas"));
    QCOMPARE(failed.count(), 0);
}

QTEST_GUILESS_MAIN(TestCommentThread)
#include "tst_commentthread.moc"
