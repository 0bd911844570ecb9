#include "models/sourcetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Kind = Models::SourceTreeNode::Kind;
using Models::SmartView;
using Models::SourceTreeModel;
using Models::ViewKey;

namespace {

Storage::Source source(qint64 id, const QString &title, int unread)
{
    Storage::Source result;
    result.id = id;
    result.title = title;
    result.unreadCount = unread;
    result.feedUrl = QUrl(QStringLiteral("https://example.org/%1.xml").arg(id));
    return result;
}

Storage::Tag tag(qint64 id, const QString &name, int count, int unread)
{
    return {id, name, count, unread};
}

// The smart views, source 10, and the counts given.
Models::LibrarySnapshot library(int hidden, const QList<Storage::Tag> &tags)
{
    Models::LibrarySnapshot snapshot;
    snapshot.sources = {source(10, QStringLiteral("Daily World"), 3)};
    snapshot.counts.unread = 3;
    snapshot.counts.hidden = hidden;
    snapshot.counts.tags = tags;
    snapshot.ok = true;
    return snapshot;
}

QStringList topTitles(const SourceTreeModel &model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles.append(model.index(row, 0).data().toString());
    return titles;
}

} // namespace

/// The Hidden view and the Tags section of the source tree, and the view keys of both.
class TestSourceTreeTags final : public QObject
{
    Q_OBJECT

private slots:
    void viewKeys_data();
    void viewKeys();
    void hiddenViewAndTagsFollowTheCounts();
    void tagCountsChangeInPlace();
    void newSourcesAndFoldersGoAboveTheTags();
};

void TestSourceTreeTags::viewKeys_data()
{
    QTest::addColumn<ViewKey>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hiddenOnly");
    QTest::addColumn<qint64>("tagId");

    QTest::newRow("hidden") << ViewKey::smart(SmartView::Hidden) << QStringLiteral("hidden") << true
                            << qint64(0);
    QTest::newRow("tag") << ViewKey::tag(4) << QStringLiteral("tag:4") << false << qint64(4);
    QTest::newRow("all leaves hidden out")
        << ViewKey::smart(SmartView::All) << QStringLiteral("all") << false << qint64(0);
}

void TestSourceTreeTags::viewKeys()
{
    QFETCH(ViewKey, key);
    QFETCH(QString, text);
    QFETCH(bool, hiddenOnly);
    QFETCH(qint64, tagId);
    QCOMPARE(key.toString(), text);
    QCOMPARE(ViewKey::fromString(text), key);
    QCOMPARE(key.filter().hiddenOnly, hiddenOnly);
    QCOMPARE(key.filter().tagId, tagId);
}

void TestSourceTreeTags::hiddenViewAndTagsFollowTheCounts()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(library(0, {}));
    const QStringList plain = topTitles(model);
    QVERIFY(!plain.contains(QStringLiteral("Hidden")));
    QVERIFY(!plain.contains(QStringLiteral("Tags")));

    model.setSnapshot(library(
        2, {tag(1, QStringLiteral("local"), 4, 1), tag(2, QStringLiteral("politics"), 7, 0)}));
    const QStringList titles = topTitles(model);
    QCOMPARE(titles.indexOf(QStringLiteral("Hidden")),
             titles.indexOf(QStringLiteral("Bookmarks")) + 1);
    QCOMPARE(titles.constLast(), QStringLiteral("Tags"));
    const QModelIndex hidden = model.indexOf(ViewKey::smart(SmartView::Hidden));
    QCOMPARE(model.index(hidden.row(), SourceTreeModel::UnreadColumn).data().toInt(), 2);
    const QModelIndex heading = model.index(model.rowCount() - 1, 0);
    QCOMPARE(heading.data(SourceTreeModel::KindRole).toInt(), int(Kind::TagHeading));
    QVERIFY(!(model.flags(heading) & Qt::ItemIsSelectable));
    QCOMPARE(model.rowCount(heading), 2);
    const QModelIndex local = model.indexOf(ViewKey::tag(1));
    QCOMPARE(local.parent(), heading);
    QCOMPARE(local.data().toString(), QStringLiteral("local"));
    QCOMPARE(model.index(local.row(), SourceTreeModel::UnreadColumn, heading).data().toInt(), 4);
    QCOMPARE(local.data(SourceTreeModel::ViewKeyRole).toString(), QStringLiteral("tag:1"));
    QVERIFY(model.flags(local) & Qt::ItemIsSelectable);

    // The counts alone change the tree too: the Hidden view goes, a tag goes.
    Models::SmartCounts counts = model.smartCounts();
    counts.hidden = 0;
    counts.tags = {tag(2, QStringLiteral("politics"), 7, 0)};
    model.setSmartCounts(counts);
    QVERIFY(!model.indexOf(ViewKey::smart(SmartView::Hidden)).isValid());
    QVERIFY(!model.indexOf(ViewKey::tag(1)).isValid());
    QVERIFY(model.indexOf(ViewKey::tag(2)).isValid());
    counts.tags.clear();
    model.setSmartCounts(counts);
    QCOMPARE(topTitles(model), plain);
}

void TestSourceTreeTags::tagCountsChangeInPlace()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(library(0, {tag(1, QStringLiteral("local"), 4, 1)}));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Models::SmartCounts counts = model.smartCounts();
    counts.tags = {tag(1, QStringLiteral("local"), 9, 2)};
    model.setSmartCounts(counts);
    QCOMPARE(removed.size(), 0); // a selected tag stays selected
    QVERIFY(!changed.isEmpty());
    const QModelIndex local = model.indexOf(ViewKey::tag(1));
    QCOMPARE(model.index(local.row(), SourceTreeModel::UnreadColumn, local.parent()).data().toInt(),
             9);
}

void TestSourceTreeTags::newSourcesAndFoldersGoAboveTheTags()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(library(0, {tag(1, QStringLiteral("local"), 4, 1)}));
    model.addSource(source(11, QStringLiteral("Added"), 0));
    Storage::Folder folder;
    folder.id = 5;
    folder.title = QStringLiteral("New Folder");
    model.addFolder(folder);
    const QStringList titles = topTitles(model);
    QCOMPARE(titles.constLast(), QStringLiteral("Tags"));
    QVERIFY(titles.indexOf(QStringLiteral("New Folder")) <
            titles.indexOf(QStringLiteral("Daily World")));
    QCOMPARE(titles.indexOf(QStringLiteral("Added")), titles.size() - 2);
    // Every source is under a tag's view, as under a smart view.
    QCOMPARE(model.sourceIdsOf(ViewKey::tag(1)).size(), 2);
}

QTEST_MAIN(TestSourceTreeTags)
#include "tst_sourcetreetags.moc"
