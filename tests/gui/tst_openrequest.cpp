#include "ui/openrequest.h"

#include <QTest>

using Ui::OpenRequest;

class TestOpenRequest final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
};

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TIDINGS_TEST_DATA_DIR "/open/") + QLatin1String(name);
}

} // namespace

void TestOpenRequest::classify_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<OpenRequest::Kind>("kind");
    QTest::addColumn<QUrl>("feedUrl");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("opmlPath");
    QTest::addColumn<int>("sourceCount");

    const auto subscribe = OpenRequest::Kind::Subscribe;
    const auto import = OpenRequest::Kind::ImportOpml;
    const auto unusable = OpenRequest::Kind::Unusable;

    QTest::newRow("feed:// link subscribes over http")
        << "feed://example.org/rss" << subscribe << QUrl("http://example.org/rss") << ""
        << "" << 0;
    QTest::newRow("feeds:// link subscribes over https")
        << "feeds://example.org/atom.xml" << subscribe << QUrl("https://example.org/atom.xml") << ""
        << "" << 0;
    QTest::newRow("feed:https link is unwrapped")
        << "feed:https://example.org/feed.json" << subscribe
        << QUrl("https://example.org/feed.json") << ""
        << "" << 0;
    QTest::newRow("https link subscribes as given")
        << "https://example.org/blog/rss" << subscribe << QUrl("https://example.org/blog/rss") << ""
        << "" << 0;
    QTest::newRow("rss file subscribes to the file with its title")
        << fixture("harbour.rss") << subscribe << QUrl::fromLocalFile(fixture("harbour.rss"))
        << "Harbour Notes"
        << "" << 0;
    QTest::newRow("file URL of an atom file is read like a path")
        << QUrl::fromLocalFile(fixture("comets.atom")).toString() << subscribe
        << QUrl::fromLocalFile(fixture("comets.atom")) << "Comet Log"
        << "" << 0;
    QTest::newRow("opml file counts the feeds inside folders")
        << fixture("evening.opml") << import << QUrl() << "" << fixture("evening.opml") << 3;
    QTest::newRow("opml file with one feed")
        << fixture("single.opml") << import << QUrl() << "" << fixture("single.opml") << 1;
    QTest::newRow("content wins over an .xml extension")
        << fixture("opml-with-xml-extension.xml") << import << QUrl() << ""
        << fixture("opml-with-xml-extension.xml") << 2;
    QTest::newRow("content wins over an .opml extension")
        << fixture("rss-with-opml-extension.opml") << subscribe
        << QUrl::fromLocalFile(fixture("rss-with-opml-extension.opml")) << "Harbour Notes"
        << "" << 0;
    QTest::newRow("plain text file is refused") << fixture("notes.txt") << unusable << QUrl() << ""
                                                << "" << 0;
    QTest::newRow("binary garbage is refused") << fixture("garbage.rss") << unusable << QUrl() << ""
                                               << "" << 0;
    QTest::newRow("missing file is refused") << fixture("missing.rss") << unusable << QUrl() << ""
                                             << "" << 0;
    QTest::newRow("folder is refused")
        << QStringLiteral(TIDINGS_TEST_DATA_DIR "/open") << unusable << QUrl() << ""
        << "" << 0;
    QTest::newRow("javascript link is refused") << "javascript:alert(1)" << unusable << QUrl() << ""
                                                << "" << 0;
    QTest::newRow("feed: without a host is refused") << "feed:example" << unusable << QUrl() << ""
                                                     << "" << 0;
}

void TestOpenRequest::classify()
{
    QFETCH(QString, target);
    QFETCH(OpenRequest::Kind, kind);
    QFETCH(QUrl, feedUrl);
    QFETCH(QString, title);
    QFETCH(QString, opmlPath);
    QFETCH(int, sourceCount);

    const OpenRequest request = OpenRequest::classify(target);
    QCOMPARE(request.target, target);
    QCOMPARE(request.kind, kind);
    QCOMPARE(request.feedUrl, feedUrl);
    QCOMPARE(request.title, title);
    QCOMPARE(request.opmlPath, opmlPath);
    QCOMPARE(request.sourceCount, sourceCount);
    QCOMPARE(request.error.isEmpty(), kind != OpenRequest::Kind::Unusable);
}

QTEST_APPLESS_MAIN(TestOpenRequest)
#include "tst_openrequest.moc"
