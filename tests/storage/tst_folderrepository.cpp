#include "temporarylibrary.h"

#include "storage/folderrepository.h"
#include "storage/sourcerepository.h"

#include <QTest>

using Storage::Folder;
using Storage::FolderRepository;
using TestSupport::TemporaryLibrary;

namespace {

// "Title<parent title" per folder, in all() order.
QStringList outline(const QList<Folder> &folders)
{
    QHash<qint64, QString> titles;
    for (const Folder &folder : folders)
        titles.insert(folder.id, folder.title);
    QStringList result;
    for (const Folder &folder : folders)
        result.append(folder.parentId ? folder.title + "<" + titles.value(folder.parentId)
                                      : folder.title);
    return result;
}

} // namespace

class TestFolderRepository final : public QObject
{
    Q_OBJECT

private slots:
    void addNestsAndOrders();
    void addRefusesBadInput_data();
    void addRefusesBadInput();
    void renameTrimsAndRefusesEmpty();
    void moveReparentsAtTheEnd();
    void moveRefusesCycles();
    void removeMovesSourcesAndSubfoldersUp();
    void removeTopLevelFolderMovesSourcesToRoot();
    void subtreeHasEveryDepth();
};

void TestFolderRepository::addNestsAndOrders()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    FolderRepository folders(library.connection());
    const auto news = folders.add(QStringLiteral("News"));
    const auto tech = folders.add(QStringLiteral("Tech"), *news);
    const auto world = folders.add(QStringLiteral("  World "), *news);
    const auto hobby = folders.add(QStringLiteral("Hobby"));
    QVERIFY(news && tech && world && hobby);

    const QList<Folder> all = folders.all();
    QCOMPARE(outline(all), (QStringList{"News", "Tech<News", "World<News", "Hobby"}));
    QCOMPARE(all.at(0).position, 0);
    QCOMPARE(all.at(1).position, 0);
    QCOMPARE(all.at(2).position, 1);
    QCOMPARE(all.at(3).position, 1);
    const std::optional<Folder> found = folders.find(*world);
    QVERIFY(found);
    QCOMPARE(found->title, QStringLiteral("World"));
    QCOMPARE(found->parentId, *news);
    QVERIFY(!folders.find(*hobby + 100));
}

void TestFolderRepository::addRefusesBadInput_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("parentId");

    QTest::newRow("empty title") << "" << qint64(0);
    QTest::newRow("blank title") << "  \t" << qint64(0);
    QTest::newRow("missing parent") << "Orphan" << qint64(4242);
}

void TestFolderRepository::addRefusesBadInput()
{
    QFETCH(QString, title);
    QFETCH(qint64, parentId);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    FolderRepository folders(library.connection());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
    QVERIFY(!folders.add(title, parentId));
    QVERIFY(!folders.errorMessage().isEmpty());
    QVERIFY(folders.all().isEmpty());
}

void TestFolderRepository::renameTrimsAndRefusesEmpty()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    FolderRepository folders(library.connection());
    const qint64 id = folders.add(QStringLiteral("Old")).value_or(0);
    QVERIFY(folders.rename(id, QStringLiteral(" New ")));
    QCOMPARE(folders.find(id)->title, QStringLiteral("New"));
    QTest::ignoreMessage(QtWarningMsg, "A folder needs a name.");
    QVERIFY(!folders.rename(id, QString()));
    QCOMPARE(folders.find(id)->title, QStringLiteral("New"));
    QTest::ignoreMessage(QtWarningMsg, "The folder no longer exists.");
    QVERIFY(!folders.rename(id + 1, QStringLiteral("X")));
}

void TestFolderRepository::moveReparentsAtTheEnd()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    FolderRepository folders(library.connection());
    const qint64 a = folders.add(QStringLiteral("A")).value_or(0);
    const qint64 b = folders.add(QStringLiteral("B")).value_or(0);
    const qint64 b1 = folders.add(QStringLiteral("B1"), b).value_or(0);
    const qint64 c = folders.add(QStringLiteral("C")).value_or(0);
    QVERIFY(folders.move(c, b));
    QVERIFY(folders.move(b, a));
    QCOMPARE(outline(folders.all()), (QStringList{"A", "B<A", "B1<B", "C<B"}));
    QVERIFY(folders.move(b1, 0));
    QCOMPARE(outline(folders.all()), (QStringList{"A", "B<A", "C<B", "B1"}));
}

void TestFolderRepository::moveRefusesCycles()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    FolderRepository folders(library.connection());
    const qint64 a = folders.add(QStringLiteral("A")).value_or(0);
    const qint64 b = folders.add(QStringLiteral("B"), a).value_or(0);
    const qint64 c = folders.add(QStringLiteral("C"), b).value_or(0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be moved")));
    QVERIFY(!folders.move(a, c));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be moved")));
    QVERIFY(!folders.move(a, a));
    QCOMPARE(outline(folders.all()), (QStringList{"A", "B<A", "C<B"}));
}

void TestFolderRepository::removeMovesSourcesAndSubfoldersUp()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    FolderRepository folders(library.connection());
    const qint64 top = folders.add(QStringLiteral("Top")).value_or(0);
    const qint64 middle = folders.add(QStringLiteral("Middle"), top).value_or(0);
    const qint64 inner = folders.add(QStringLiteral("Inner"), middle).value_or(0);
    const qint64 source = library.addSource("https://example.org/feed", "Feed", middle);
    const qint64 deep = library.addSource("https://example.org/deep", "Deep", inner);

    QVERIFY(folders.remove(middle));
    QCOMPARE(outline(folders.all()), (QStringList{"Top", "Inner<Top"}));
    Storage::SourceRepository sources(library.connection());
    QCOMPARE(sources.find(source)->folderId, top);
    QCOMPARE(sources.find(deep)->folderId, inner);
    QCOMPARE(sources.all().size(), 2);
}

void TestFolderRepository::removeTopLevelFolderMovesSourcesToRoot()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    FolderRepository folders(library.connection());
    const qint64 top = folders.add(QStringLiteral("Top")).value_or(0);
    const qint64 source = library.addSource("https://example.org/feed", "Feed", top);
    QVERIFY(folders.remove(top));
    QVERIFY(folders.all().isEmpty());
    Storage::SourceRepository sources(library.connection());
    QCOMPARE(sources.find(source)->folderId, 0);
    QTest::ignoreMessage(QtWarningMsg, "The folder no longer exists.");
    QVERIFY(!folders.remove(top));
}

void TestFolderRepository::subtreeHasEveryDepth()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    FolderRepository folders(library.connection());
    const qint64 a = folders.add(QStringLiteral("A")).value_or(0);
    const qint64 b = folders.add(QStringLiteral("B"), a).value_or(0);
    const qint64 c = folders.add(QStringLiteral("C"), b).value_or(0);
    const qint64 other = folders.add(QStringLiteral("Other")).value_or(0);
    QList<qint64> subtree = folders.subtree(a);
    std::sort(subtree.begin(), subtree.end());
    QCOMPARE(subtree, (QList<qint64>{a, b, c}));
    QCOMPARE(folders.subtree(other), QList<qint64>{other});
    QVERIFY(folders.subtree(other + 10).isEmpty());
}

QTEST_GUILESS_MAIN(TestFolderRepository)
#include "tst_folderrepository.moc"
