#include "storage/accountmirror.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/folderrepository.h"
#include "storage/sourcerepository.h"
#include "subscriptions/opml.h"
#include "subscriptions/opmlimporter.h"

#include <QTemporaryDir>
#include <QTest>

using Subscriptions::ImportReport;
using Subscriptions::OpmlDocument;
using Subscriptions::OpmlImporter;
using Subscriptions::Outline;

namespace {

Outline feed(const QString &title, const QString &url)
{
    Outline outline;
    outline.title = title;
    outline.feedUrl = url;
    outline.type = QStringLiteral("rss");
    return outline;
}

Outline folder(const QString &title, const QList<Outline> &children)
{
    Outline outline;
    outline.title = title;
    outline.children = children;
    return outline;
}

// "Folder/Sub: title" for every source, in the library's order.
QStringList describe(const QSqlDatabase &db)
{
    Storage::FolderRepository folders(db);
    QHash<qint64, Storage::Folder> byId;
    for (const Storage::Folder &f : folders.all())
        byId.insert(f.id, f);
    QStringList lines;
    for (const Storage::Source &source : Storage::SourceRepository(db).all()) {
        QStringList path;
        for (qint64 id = source.folderId; id != 0; id = byId.value(id).parentId)
            path.prepend(byId.value(id).title);
        lines.append(path.join(QLatin1Char('/')) + QStringLiteral(": ") + source.title);
    }
    return lines;
}

} // namespace

class TestOpmlImporter final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsFoldersAndFeeds();
    void reusesFoldersAndSkipsKnownFeeds();
    void syncAccountsKeepTheirFoldersAndFeeds();
    void importsIntoAChosenFolder();
    void exportThenImportGivesTheSameTree();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Database> m_database;
};

void TestOpmlImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Storage::Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(m_database->open());
}

void TestOpmlImporter::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

void TestOpmlImporter::importsFoldersAndFeeds()
{
    OpmlDocument document;
    document.outlines = {
        folder(QStringLiteral("News"),
               {folder(QStringLiteral("Local"),
                       {feed(QStringLiteral("Harbour"), QStringLiteral("http://a.example/feed"))}),
                feed(QStringLiteral("World"), QStringLiteral("https://b.example/rss"))}),
        feed(QStringLiteral("Blog"), QStringLiteral("feed://c.example/atom.xml")),
        feed(QStringLiteral("Blog twice"), QStringLiteral("http://c.example/atom.xml")),
        feed(QStringLiteral("Nonsense"), QStringLiteral("ftp://d.example/")),
    };
    const ImportReport report = OpmlImporter(m_database->connection()).import(document);
    QVERIFY(report.ok());
    QCOMPARE(report.added, 3);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.failures.size(), 1);
    QVERIFY(report.failures.first().startsWith(QLatin1String("Nonsense: ")));
    QCOMPARE(describe(m_database->connection()),
             (QStringList{": Blog", "News: World", "News/Local: Harbour"}));
    // feed:// became http://
    QVERIFY(Storage::SourceRepository(m_database->connection())
                .findByFeedUrl(QUrl(QStringLiteral("http://c.example/atom.xml"))));
}

void TestOpmlImporter::reusesFoldersAndSkipsKnownFeeds()
{
    const QSqlDatabase db = m_database->connection();
    const std::optional<qint64> news = Storage::FolderRepository(db).add(QStringLiteral("News"));
    QVERIFY(news);
    QVERIFY(Storage::SourceRepository(db)
                .add({QUrl(QStringLiteral("http://a.example/feed")),
                      QStringLiteral("Harbour"),
                      {},
                      *news})
                .id > 0);

    OpmlDocument document;
    document.outlines = {
        folder(QStringLiteral("News"),
               {feed(QStringLiteral("Harbour"), QStringLiteral("HTTP://A.EXAMPLE:80/feed")),
                feed(QStringLiteral("Tide"), QStringLiteral("http://t.example/feed"))})};
    const ImportReport report = OpmlImporter(db).import(document);
    QCOMPARE(report.added, 1);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(Storage::FolderRepository(db).all().size(), 1);
    QCOMPARE(describe(db), (QStringList{"News: Harbour", "News: Tide"}));
}

void TestOpmlImporter::syncAccountsKeepTheirFoldersAndFeeds()
{
    // A TT-RSS account with a folder "News" holding the same feed as the file.
    const QSqlDatabase db = m_database->connection();
    Storage::AccountDraft draft;
    draft.serverUrl = QUrl(QStringLiteral("https://rss.example/"));
    draft.username = QStringLiteral("ann");
    const qint64 account = Storage::AccountRepository(db).add(draft).value_or(0);
    Storage::AccountMirror mirror(db);
    QVERIFY(mirror.replaceFolders(account, {{QStringLiteral("4"), QStringLiteral("News")}}));
    QVERIFY(mirror.replaceSources(account, {{QStringLiteral("5"),
                                             QStringLiteral("4"),
                                             QStringLiteral("Harbour"),
                                             QUrl(QStringLiteral("http://a.example/feed")),
                                             {}}}));

    OpmlDocument document;
    document.outlines = {
        folder(QStringLiteral("News"),
               {feed(QStringLiteral("Harbour"), QStringLiteral("http://a.example/feed"))})};
    const ImportReport report = OpmlImporter(db).import(document);
    QCOMPARE(report.added, 1);
    QCOMPARE(report.skipped, 0);
    // The local copy went into a local folder of that name, not into the account's.
    QCOMPARE(describe(db), (QStringList{"News: Harbour", "News: Harbour"}));
    QCOMPARE(Storage::FolderRepository(db).all().size(), 2);
    const auto local =
        Storage::SourceRepository(db).findByFeedUrl(QUrl(QStringLiteral("http://a.example/feed")));
    QVERIFY(local);
    QCOMPARE(Storage::FolderRepository(db).find(local->folderId)->accountId,
             Storage::LocalAccountId);
}

void TestOpmlImporter::importsIntoAChosenFolder()
{
    const QSqlDatabase db = m_database->connection();
    const std::optional<qint64> imported =
        Storage::FolderRepository(db).add(QStringLiteral("Imported"));
    OpmlDocument document;
    document.outlines = {
        folder(QStringLiteral("Tech"),
               {feed(QStringLiteral("Kernel"), QStringLiteral("http://k.example/feed"))})};
    QCOMPARE(OpmlImporter(db).import(document, *imported).added, 1);
    QCOMPARE(describe(db), (QStringList{"Imported/Tech: Kernel"}));
}

void TestOpmlImporter::exportThenImportGivesTheSameTree()
{
    OpmlDocument document;
    document.outlines = {
        folder(QStringLiteral("A"),
               {folder(QStringLiteral("A1"),
                       {feed(QStringLiteral("one"), QStringLiteral("http://x.example/1"))}),
                feed(QStringLiteral("two"), QStringLiteral("http://x.example/2"))}),
        folder(QStringLiteral("B & C"),
               {feed(QStringLiteral("three <3>"), QStringLiteral("http://x.example/3?a=1&b=2"))}),
        feed(QStringLiteral("four"), QStringLiteral("http://x.example/4")),
    };
    QCOMPARE(OpmlImporter(m_database->connection()).import(document).added, 4);
    const OpmlDocument exported =
        Subscriptions::libraryAsOpml(m_database->connection(), QStringLiteral("Mine"));
    QCOMPARE(exported.outlines, document.outlines);

    // Through the file format and into a second library.
    Storage::Database second(m_dir->filePath(QStringLiteral("second.sqlite")));
    QVERIFY(second.open());
    const Subscriptions::OpmlReadResult read =
        Subscriptions::readOpml(Subscriptions::writeOpml(exported));
    QVERIFY(read.ok());
    QCOMPARE(OpmlImporter(second.connection()).import(read.document).added, 4);
    QCOMPARE(Subscriptions::libraryAsOpml(second.connection(), QStringLiteral("Mine")).outlines,
             document.outlines);
}

QTEST_GUILESS_MAIN(TestOpmlImporter)
#include "tst_opmlimporter.moc"
