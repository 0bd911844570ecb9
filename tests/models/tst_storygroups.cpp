#include "models/articlelistmodel.h"
#include "models/storygroups.h"

#include <QSignalSpy>
#include <QTest>

using Models::StoryGroups;

using IdList = QList<qint64>;
using Joined = QHash<qint64, qint64>;

class TestStoryGroups final : public QObject
{
    Q_OBJECT

private slots:
    void grouping_data();
    void grouping();
    void refreshJoinsRowsWithoutMovingThem_data();
    void refreshJoinsRowsWithoutMovingThem();
    void modelExpandsUnderTheLead();
    void modelStoryOfAMember();
};

void TestStoryGroups::grouping_data()
{
    QTest::addColumn<IdList>("ids");
    QTest::addColumn<Joined>("joined");
    QTest::addColumn<QSet<qint64>>("expanded");
    QTest::addColumn<IdList>("visible");
    QTest::addColumn<IdList>("othersOfFirst");

    // Ids in list order (newest first); story 5 is the first article stored of its story.
    QTest::newRow("nothing joined")
        << IdList{9, 8, 7} << Joined{} << QSet<qint64>{} << IdList{9, 8, 7} << IdList{};
    QTest::newRow("three sources, one row") << IdList{9, 8, 7, 5} << Joined{{9, 5}, {7, 5}}
                                            << QSet<qint64>{} << IdList{9, 8} << IdList{7, 5};
    QTest::newRow("expanded lists the others under the lead")
        << IdList{9, 8, 7, 5} << Joined{{9, 5}, {7, 5}} << QSet<qint64>{9} << IdList{9, 7, 5, 8}
        << IdList{7, 5};
    QTest::newRow("story's first article outside the view")
        << IdList{9, 8, 7} << Joined{{9, 5}, {7, 5}} << QSet<qint64>{} << IdList{9, 8} << IdList{7};
    QTest::newRow("a story with one article in the view is a plain row")
        << IdList{9, 8} << Joined{{9, 5}} << QSet<qint64>{} << IdList{9, 8} << IdList{};
    QTest::newRow("two stories") << IdList{9, 8, 7, 6} << Joined{{7, 9}, {6, 8}} << QSet<qint64>{}
                                 << IdList{9, 8} << IdList{7};
}

void TestStoryGroups::grouping()
{
    QFETCH(IdList, ids);
    QFETCH(Joined, joined);
    QFETCH(QSet<qint64>, expanded);
    QFETCH(IdList, visible);
    QFETCH(IdList, othersOfFirst);

    const StoryGroups groups = StoryGroups::group(ids, joined, {}, expanded);
    QCOMPARE(groups.visibleIds, visible);
    QCOMPARE(groups.others.value(visible.first()), othersOfFirst);
    for (const qint64 other : othersOfFirst)
        QCOMPARE(groups.leadOf.value(other), visible.first());
}

void TestStoryGroups::refreshJoinsRowsWithoutMovingThem_data()
{
    QTest::addColumn<IdList>("before");
    QTest::addColumn<Joined>("joinedBefore");
    QTest::addColumn<IdList>("after");
    QTest::addColumn<Joined>("joinedAfter");
    QTest::addColumn<IdList>("visible");

    // 20 arrives during a refresh and tells the story of 7: it joins 7's row.
    QTest::newRow("new article joins an alone row")
        << IdList{9, 8, 7} << Joined{} << IdList{20, 9, 8, 7} << Joined{{20, 7}} << IdList{9, 8, 7};
    // 21 joins the story 9 leads: 9 keeps leading, nothing moves.
    QTest::newRow("new article joins a story")
        << IdList{9, 8, 5} << Joined{{9, 5}} << IdList{21, 9, 8, 5} << Joined{{9, 5}, {21, 5}}
        << IdList{9, 8};
    QTest::newRow("new article of a new story shows at the top")
        << IdList{9, 8} << Joined{} << IdList{22, 9, 8} << Joined{} << IdList{22, 9, 8};
}

void TestStoryGroups::refreshJoinsRowsWithoutMovingThem()
{
    QFETCH(IdList, before);
    QFETCH(Joined, joinedBefore);
    QFETCH(IdList, after);
    QFETCH(Joined, joinedAfter);
    QFETCH(IdList, visible);

    StoryGroups previous = StoryGroups::group(before, joinedBefore);
    const StoryGroups groups = StoryGroups::group(after, joinedAfter, previous);
    QCOMPARE(groups.visibleIds, visible);
    // Every article of the view is a row or the other of a row.
    QCOMPARE(groups.visibleIds.size() + groups.leadOf.size(), after.size());
}

void TestStoryGroups::modelExpandsUnderTheLead()
{
    Models::ArticleListModel model({});
    const StoryGroups groups = StoryGroups::group({9, 8, 7, 5}, {{9, 5}, {7, 5}});
    model.setIds(groups.visibleIds);
    model.setStories(groups);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0), Models::ArticleListModel::MoreSourcesRole).toInt(), 2);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setStoryExpanded(9, true);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.ids(), (IdList{9, 7, 5, 8}));
    QVERIFY(model.data(model.index(1), Models::ArticleListModel::StoryMemberRole).toBool());
    QVERIFY(model.data(model.index(0), Models::ArticleListModel::StoryExpandedRole).toBool());
    QCOMPARE(model.expandedStories(), QSet<qint64>{9});

    model.setStoryExpanded(9, false);
    QCOMPARE(model.ids(), (IdList{9, 8}));
    QVERIFY(model.expandedStories().isEmpty());
}

void TestStoryGroups::modelStoryOfAMember()
{
    Models::ArticleListModel model({});
    const StoryGroups groups = StoryGroups::group({9, 8, 7, 5}, {{9, 5}, {7, 5}});
    model.setIds(groups.visibleIds);
    model.setStories(groups);
    // Reading any of them reaches the whole story (mark the rest read).
    QCOMPARE(model.storyOf(7), (IdList{9, 7, 5}));
    QCOMPARE(model.storyOf(9), (IdList{9, 7, 5}));
    QCOMPARE(model.storyOf(8), IdList{8});
}

QTEST_GUILESS_MAIN(TestStoryGroups)
#include "tst_storygroups.moc"
