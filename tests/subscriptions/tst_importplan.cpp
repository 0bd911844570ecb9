#include "subscriptions/importplan.h"

#include <QFile>
#include <QTest>

using Subscriptions::ImportPlanRow;
using Status = Subscriptions::ImportPlanRow::Status;

Q_DECLARE_METATYPE(Status)

class TestImportPlan final : public QObject
{
    Q_OBJECT

private slots:
    void feedUrlKey_data();
    void feedUrlKey();
    void flattensTreeAndMarksDuplicates();
    void emptyDocumentGivesNoRows();
};

void TestImportPlan::feedUrlKey_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("key");

    QTest::newRow("already normal")
        << QUrl(QStringLiteral("https://example.com/feed")) << "https://example.com/feed";
    QTest::newRow("scheme and host lower-cased")
        << QUrl(QStringLiteral("HTTPS://Example.COM/Feed")) << "https://example.com/Feed";
    QTest::newRow("default http port removed")
        << QUrl(QStringLiteral("http://example.com:80/rss")) << "http://example.com/rss";
    QTest::newRow("default https port removed")
        << QUrl(QStringLiteral("https://example.com:443/rss")) << "https://example.com/rss";
    QTest::newRow("other port kept")
        << QUrl(QStringLiteral("https://example.com:8443/rss")) << "https://example.com:8443/rss";
    QTest::newRow("http port on https kept")
        << QUrl(QStringLiteral("https://example.com:80/rss")) << "https://example.com:80/rss";
    QTest::newRow("trailing slash kept")
        << QUrl(QStringLiteral("https://example.com/feed/")) << "https://example.com/feed/";
    QTest::newRow("query kept, fragment dropped")
        << QUrl(QStringLiteral("https://example.com/f?a=1#x")) << "https://example.com/f?a=1";
    QTest::newRow("feed scheme is http")
        << QUrl(QStringLiteral("feed://example.com/rss")) << "http://example.com/rss";
    QTest::newRow("feeds scheme is https")
        << QUrl(QStringLiteral("feeds://example.com/rss")) << "https://example.com/rss";
    QTest::newRow("ftp has no key") << QUrl(QStringLiteral("ftp://example.com/rss")) << QString();
    QTest::newRow("relative has no key") << QUrl(QStringLiteral("/rss")) << QString();
    QTest::newRow("empty has no key") << QUrl() << QString();
}

void TestImportPlan::feedUrlKey()
{
    QFETCH(QUrl, url);
    QFETCH(QString, key);
    QCOMPARE(Subscriptions::feedUrlKey(url), key);
}

void TestImportPlan::flattensTreeAndMarksDuplicates()
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA_DIR "/opml/duplicates.opml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto read = Subscriptions::readOpml(file.readAll());
    QVERIFY2(read.ok(), qPrintable(read.error));

    const QList<QUrl> library{QUrl(QStringLiteral("http://SUBSCRIBED.example.net:80/rss")),
                              QUrl(QStringLiteral("https://unrelated.example/feed"))};
    const QList<ImportPlanRow> rows = Subscriptions::buildImportPlan(read.document, library);

    struct Expected
    {
        QStringList folder;
        QString title;
        QString url; // empty for invalid
        Status status;
    };
    const QStringList birds{QStringLiteral("Birds")};
    const QList<Expected> expected{
        {{}, "Lighthouse", "https://lighthouse.example.com/feed", Status::New},
        {birds, "Lighthouse again", "https://lighthouse.example.com:443/feed",
         Status::DuplicateInFile},
        {birds, "Owl Diary", "http://owls.example.org/diary.xml", Status::New},
        {birds, "Already here", "http://subscribed.example.net/rss", Status::DuplicateInLibrary},
        {{}, "Owl Diary (plain)", "http://owls.example.org:80/diary.xml", Status::DuplicateInFile},
        {{}, "Lighthouse with slash", "https://lighthouse.example.com/feed/", Status::New},
        {{}, "Script", QString(), Status::InvalidUrl},
        {{}, "Relative", QString(), Status::InvalidUrl},
        {{}, "Gopher", QString(), Status::InvalidUrl},
    };
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ImportPlanRow &row = rows.at(i);
        const Expected &want = expected.at(i);
        QCOMPARE(row.folderPath, want.folder);
        QCOMPARE(row.title, want.title);
        QCOMPARE(row.url.toString(), want.url);
        QCOMPARE(row.status, want.status);
    }
    // The text of the file is kept for display, whatever became of it.
    QCOMPARE(rows.at(2).feedUrl, QStringLiteral("feed://owls.example.org/diary.xml"));
    QCOMPARE(rows.at(6).feedUrl, QStringLiteral("javascript:alert(1)"));
}

void TestImportPlan::emptyDocumentGivesNoRows()
{
    QVERIFY(
        Subscriptions::buildImportPlan({}, {QUrl(QStringLiteral("https://a.example/"))}).isEmpty());
}

QTEST_APPLESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
