#include "temporarylibrary.h"

#include "storage/articlerepository.h"
#include "storage/librarystatistics.h"
#include "storage/migrationrunner.h"

#include <QTest>

using Storage::LibraryStatistics;
using TestSupport::makeFeed;
using TestSupport::makeItem;
using TestSupport::TemporaryLibrary;

class TestLibraryStatistics final : public QObject
{
    Q_OBJECT

private slots:
    void schemaVersionIsTheLatest();
    void countsWhatTheLibraryHolds_data();
    void countsWhatTheLibraryHolds();
    void failuresAreMinusOne();
};

void TestLibraryStatistics::schemaVersionIsTheLatest()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 latest = Storage::MigrationRunner(library.connection()).latestVersion();
    QVERIFY(latest > 0);
    QCOMPARE(LibraryStatistics(library.connection()).schemaVersion(), latest);
}

void TestLibraryStatistics::countsWhatTheLibraryHolds_data()
{
    QTest::addColumn<int>("sources");
    QTest::addColumn<int>("articlesPerSource");

    QTest::newRow("empty library") << 0 << 0;
    QTest::newRow("a source without articles") << 1 << 0;
    QTest::newRow("three sources of two articles") << 3 << 2;
}

void TestLibraryStatistics::countsWhatTheLibraryHolds()
{
    QFETCH(int, sources);
    QFETCH(int, articlesPerSource);
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    Storage::ArticleRepository articles(library.connection());
    for (int source = 0; source < sources; ++source) {
        const QString site = QStringLiteral("https://site%1.example/").arg(source);
        const qint64 id = library.addSource(site + QStringLiteral("feed.xml"));
        QVERIFY(id > 0);
        QList<Feeds::Item> items;
        for (int article = 0; article < articlesPerSource; ++article) {
            const QString guid = QString::number(article);
            items.append(makeItem(guid, site + guid, QStringLiteral("Story ") + guid));
        }
        QVERIFY(articles.store(id, makeFeed(items), QDateTime::currentDateTimeUtc()));
    }

    const LibraryStatistics statistics(library.connection());
    QCOMPARE(statistics.sourceCount(), qint64(sources));
    QCOMPARE(statistics.articleCount(), qint64(sources * articlesPerSource));
    QCOMPARE(statistics.hasSources(), sources > 0);
}

void TestLibraryStatistics::failuresAreMinusOne()
{
    const LibraryStatistics statistics{QSqlDatabase()};
    QCOMPARE(statistics.schemaVersion(), qint64(-1));
    QCOMPARE(statistics.sourceCount(), qint64(-1));
    QCOMPARE(statistics.articleCount(), qint64(-1));
    QVERIFY(!statistics.hasSources());
}

QTEST_GUILESS_MAIN(TestLibraryStatistics)
#include "tst_librarystatistics.moc"
