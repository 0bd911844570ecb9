// The indexing thread (Storage::SearchIndexService): it keeps the index up to date while the
// library is written, says when it has caught up, and rebuilds an index its library disowned.
#include "searchindexcheck.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/searchindexfile.h"
#include "storage/searchindexservice.h"
#include "storage/sourcerepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

Feeds::Item item(const QString &guid, const QString &title, const QString &text)
{
    Feeds::Item item;
    item.id = guid;
    item.title = title;
    item.content = QStringLiteral("<p>") + text + QStringLiteral("</p>");
    return item;
}

Feeds::Feed feedOf(const QString &word, int count)
{
    Feeds::Feed feed;
    for (int i = 0; i < count; ++i)
        feed.items.append(item(word + QString::number(i), word,
                               QStringLiteral("About %1, number %2.").arg(word).arg(i)));
    return feed;
}

int matches(const QSqlDatabase &db, const QString &word)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"));
    query.addBindValue(word);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestSearchIndexService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepsUpWithTheWriter_data();
    void keepsUpWithTheWriter();
    void rebuildsAnIndexItsLibraryDisowned();
    void twoIndexersShareTheWork();

private:
    bool store(const QString &word, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_database;
    qint64 m_sourceId = 0;
};

void TestSearchIndexService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database =
        std::make_unique<Storage::Database>(m_dir->filePath(QStringLiteral("tidings.sqlite")));
    QVERIFY2(m_database->open(), qPrintable(m_database->errorMessage()));
    m_sourceId = Storage::SourceRepository(m_database->connection())
                     .add({QUrl(QStringLiteral("https://example.org/feed")), {}, {}, 0})
                     .id;
    QVERIFY(m_sourceId > 0);
}

void TestSearchIndexService::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

bool TestSearchIndexService::store(const QString &word, int count)
{
    Storage::ArticleRepository articles(m_database->connection());
    return articles.store(m_sourceId, feedOf(word, count), QDateTime::currentDateTimeUtc())
        .has_value();
}

void TestSearchIndexService::keepsUpWithTheWriter_data()
{
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("perBatch");
    QTest::newRow("one article") << 1 << 1;
    QTest::newRow("batches while it indexes") << 6 << 800;
}

void TestSearchIndexService::keepsUpWithTheWriter()
{
    QFETCH(int, batches);
    QFETCH(int, perBatch);
    Storage::SearchIndexService service(m_database->filePath());
    QSignalSpy caughtUp(&service, &Storage::SearchIndexService::caughtUp);
    QSignalSpy failed(&service, &Storage::SearchIndexService::failed);
    for (int b = 0; b < batches; ++b)
        QVERIFY(store(QStringLiteral("kestrel%1x").arg(b), perBatch));
    // Without anyone waiting, the thread finds the changes and says when it has them all.
    QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), 20000);
    QTRY_COMPARE(service.pending(), qint64(0));
    QVERIFY(service.waitUntilCaughtUp(QDeadlineTimer(20000)));
    QVERIFY(failed.isEmpty());
    for (int b = 0; b < batches; ++b)
        QCOMPARE(matches(m_database->connection(), QStringLiteral("kestrel%1x").arg(b)), perBatch);
    QCOMPARE(TestSupport::searchIndexDifferences(
                 m_database->connection(), {QStringLiteral("about"), QStringLiteral("number")}),
             QStringList());
    // What was stored after the last pass is in once waitUntilCaughtUp() returns.
    QVERIFY(store(QStringLiteral("plover"), 3));
    QVERIFY(service.waitUntilCaughtUp(QDeadlineTimer(20000)));
    QCOMPARE(matches(m_database->connection(), QStringLiteral("plover")), 3);
}

void TestSearchIndexService::rebuildsAnIndexItsLibraryDisowned()
{
    QVERIFY(store(QStringLiteral("heron"), 20));
    Storage::SearchIndexService service(m_database->filePath());
    QVERIFY(service.waitUntilCaughtUp(QDeadlineTimer(20000)));
    QCOMPARE(matches(m_database->connection(), QStringLiteral("heron")), 20);

    // As when a backup is restored under the running window: the articles change without the
    // queue knowing, and the library disowns its index.
    QSqlQuery replace(m_database->connection());
    QVERIFY(replace.exec(QStringLiteral("DROP TRIGGER search_queue_delete")));
    QVERIFY(replace.exec(QStringLiteral("DELETE FROM articles WHERE id % 2 = 0")));
    QString error;
    QVERIFY2(Storage::SearchIndexFile::invalidate(m_database->filePath(), &error),
             qPrintable(error));

    // The thread rebuilds the index from the articles there are, without a restart.
    QSignalSpy caughtUp(&service, &Storage::SearchIndexService::caughtUp);
    QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty(), 20000);
    QVERIFY(service.waitUntilCaughtUp(QDeadlineTimer(20000)));
    QCOMPARE(matches(m_database->connection(), QStringLiteral("heron")), 10);
    QCOMPARE(
        TestSupport::searchIndexDifferences(m_database->connection(), {QStringLiteral("heron")}),
        QStringList());
}

void TestSearchIndexService::twoIndexersShareTheWork()
{
    // The window's and a command's, on the same library: each change goes in once, and neither
    // fails for the other's lock.
    Storage::SearchIndexService window(m_database->filePath());
    Storage::SearchIndexService command(m_database->filePath());
    QSignalSpy windowFailed(&window, &Storage::SearchIndexService::failed);
    QSignalSpy commandFailed(&command, &Storage::SearchIndexService::failed);
    for (int b = 0; b < 8; ++b) {
        QVERIFY(store(QStringLiteral("curlew%1x").arg(b), 500));
        QTest::qWait(20);
    }
    QVERIFY(window.waitUntilCaughtUp(QDeadlineTimer(20000)));
    QVERIFY(command.waitUntilCaughtUp(QDeadlineTimer(20000)));
    QVERIFY(windowFailed.isEmpty());
    QVERIFY(commandFailed.isEmpty());
    for (int b = 0; b < 8; ++b)
        QCOMPARE(matches(m_database->connection(), QStringLiteral("curlew%1x").arg(b)), 500);
    QCOMPARE(
        TestSupport::searchIndexDifferences(m_database->connection(), {QStringLiteral("about")}),
        QStringList());
}

QTEST_GUILESS_MAIN(TestSearchIndexService)
#include "tst_searchindexservice.moc"
