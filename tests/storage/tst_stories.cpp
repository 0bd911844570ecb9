#include "temporarylibrary.h"

#include "storage/accountrepository.h"
#include "storage/articlerepository.h"
#include "storage/storykeys.h"
#include "storage/storyrepository.h"

#include <QTest>

using TestSupport::TemporaryLibrary;
namespace StoryKeys = Storage::StoryKeys;

class TestStories final : public QObject
{
    Q_OBJECT

private slots:
    void links_data();
    void links();
    void titles_data();
    void titles();
    void sameStoryFromSeveralSources_data();
    void sameStoryFromSeveralSources();
    void acrossAccounts();
    void sameSourceNeverJoinsItself();
    void oldArticlesStartNewStories();
    void briefingClustersJoin();

private:
    static qint64 storeOne(TemporaryLibrary &library, qint64 source, const QString &guid,
                           const QString &link, const QString &title, const QDateTime &now);
};

void TestStories::links_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("scheme, www and case") << "HTTPS://www.Example.org/a/b"
                                          << "example.org/a/b";
    QTest::newRow("trailing slash") << "http://example.org/a/"
                                    << "example.org/a";
    QTest::newRow("tracking dropped, the rest kept")
        << "https://example.org/p?utm_source=rss&id=3&fbclid=x#top"
        << "example.org/p?id=3";
    QTest::newRow("home page names no story") << "https://example.org/?utm_medium=feed"
                                              << "";
    QTest::newRow("no host") << "/relative/path"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestStories::links()
{
    QFETCH(QString, link);
    QFETCH(QString, normalized);

    QCOMPARE(StoryKeys::normalizedLink(link), normalized);
    QCOMPARE(StoryKeys::ofLink(link).has_value(), !normalized.isEmpty());
}

void TestStories::titles_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");

    QTest::newRow("case and punctuation") << "Storm closes the harbour, again!"
                                          << "storm closes the HARBOUR again" << true;
    QTest::newRow("accents") << "Zürich votes on the new tram line"
                             << "Zurich votes on the new tram line" << true;
    QTest::newRow("different words") << "Storm closes the harbour"
                                     << "Storm opens the harbour" << false;
    QTest::newRow("too short to tell") << "Update"
                                       << "update" << false;
    QTest::newRow("two words are too few") << "Extraordinary announcements"
                                           << "extraordinary announcements" << false;
}

void TestStories::titles()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);

    const std::optional<qint64> a = StoryKeys::ofTitle(first);
    const std::optional<qint64> b = StoryKeys::ofTitle(second);
    QCOMPARE(a.has_value() && b.has_value() && *a == *b, same);
}

qint64 TestStories::storeOne(TemporaryLibrary &library, qint64 source, const QString &guid,
                             const QString &link, const QString &title, const QDateTime &now)
{
    Storage::ArticleRepository articles(library.connection());
    const std::optional<Storage::StoreResult> stored = articles.store(
        source, TestSupport::makeFeed({TestSupport::makeItem(guid, link, title, "<p>text</p>")}),
        now);
    return stored && stored->addedIds.size() == 1 ? stored->addedIds.first() : 0;
}

void TestStories::sameStoryFromSeveralSources_data()
{
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<bool>("oneStory");

    QTest::newRow("same link") << QStringList{"https://news.example/story/42?utm_source=a",
                                              "http://www.news.example/story/42/",
                                              "https://news.example/story/42"}
                               << QStringList{"Storm hits", "Storm hits the coast", "Storm"}
                               << true;
    QTest::newRow("same title") << QStringList{"https://a.example/1", "https://b.example/x",
                                               "https://c.example/y"}
                                << QStringList{"Storm closes the harbour for two days",
                                               "Storm closes the harbour for two days!",
                                               "STORM CLOSES THE HARBOUR FOR TWO DAYS"}
                                << true;
    QTest::newRow("different stories")
        << QStringList{"https://a.example/1", "https://b.example/2", "https://c.example/3"}
        << QStringList{"Storm closes the harbour", "Parliament passes the budget",
                       "Cranes arrive at the port"}
        << false;
}

void TestStories::sameStoryFromSeveralSources()
{
    QFETCH(QStringList, links);
    QFETCH(QStringList, titles);
    QFETCH(bool, oneStory);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids;
    for (int i = 0; i < links.size(); ++i) {
        const qint64 source = library.addSource(QStringLiteral("https://s%1.example/feed").arg(i));
        ids.append(storeOne(library, source, QStringLiteral("g%1").arg(i), links.at(i),
                            titles.at(i), now.addSecs(i * 600)));
        QVERIFY(ids.last() > 0);
    }
    Storage::StoryRepository stories(library.connection());
    const QList<qint64> story = stories.storyOf(ids.last());
    QCOMPARE(story, oneStory ? ids : QList<qint64>{ids.last()});
    const QHash<qint64, qint64> joined = stories.joinedArticles().value();
    QCOMPARE(joined.size(), oneStory ? 2 : 0);
    if (oneStory) {
        QCOMPARE(joined.value(ids.at(1)), ids.first());
        QCOMPARE(joined.value(ids.at(2)), ids.first());
        QCOMPARE(stories.joinedArticles({ids.at(2)}).value().size(), 1);
    }
}

void TestStories::acrossAccounts()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const std::optional<qint64> account =
        Storage::AccountRepository(library.connection())
            .add({Storage::AccountType::TinyTinyRss, QStringLiteral("Server"),
                  QUrl(QStringLiteral("https://rss.example/")), QStringLiteral("me")});
    QVERIFY(account);
    const qint64 local = library.addSource(QStringLiteral("https://a.example/feed"));
    Storage::SourceRepository sources(library.connection());
    const qint64 remote =
        sources.add({QUrl(QStringLiteral("https://b.example/feed")), {}, {}, 0, *account}).id;
    QVERIFY(remote > 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString title = QStringLiteral("The harbour reopens after the storm");
    const qint64 first = storeOne(library, local, "1", "https://a.example/1", title, now);
    const qint64 second = storeOne(library, remote, "2", "https://b.example/2", title, now);
    QCOMPARE(Storage::StoryRepository(library.connection()).storyOf(first),
             (QList<qint64>{first, second}));
}

void TestStories::sameSourceNeverJoinsItself()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 source = library.addSource(QStringLiteral("https://a.example/feed"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString title = QStringLiteral("Comic for the day, a new strip");
    const qint64 first = storeOne(library, source, "1", "https://a.example/1", title, now);
    const qint64 second = storeOne(library, source, "2", "https://a.example/2", title, now);
    QVERIFY(first > 0 && second > 0);
    QCOMPARE(Storage::StoryRepository(library.connection()).storyOf(second), QList<qint64>{second});
}

void TestStories::oldArticlesStartNewStories()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 a = library.addSource(QStringLiteral("https://a.example/feed"));
    const qint64 b = library.addSource(QStringLiteral("https://b.example/feed"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString title = QStringLiteral("Weekly roundup of the harbour news");
    storeOne(library, a, "1", "https://a.example/1", title, now.addDays(-10));
    const qint64 later = storeOne(library, b, "2", "https://b.example/2", title, now);
    QCOMPARE(Storage::StoryRepository(library.connection()).storyOf(later), QList<qint64>{later});
}

void TestStories::briefingClustersJoin()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        const qint64 source = library.addSource(QStringLiteral("https://s%1.example/feed").arg(i));
        ids.append(storeOne(library, source, QStringLiteral("g%1").arg(i),
                            QStringLiteral("https://s%1.example/story").arg(i),
                            QStringLiteral("Headline number %1 about something").arg(i), now));
    }
    Storage::StoryRepository stories(library.connection());
    QVERIFY(stories.join({ids.at(2), ids.at(3)}));
    QCOMPARE(stories.storyOf(ids.at(3)), (QList<qint64>{ids.at(2), ids.at(3)}));
    // Joining a member of that story with another article merges the stories.
    QVERIFY(stories.join({ids.at(0), ids.at(3)}));
    QCOMPARE(stories.storyOf(ids.at(2)), (QList<qint64>{ids.at(0), ids.at(2), ids.at(3)}));
    QCOMPARE(stories.storyOf(ids.at(1)), QList<qint64>{ids.at(1)});
}

QTEST_GUILESS_MAIN(TestStories)
#include "tst_stories.moc"
