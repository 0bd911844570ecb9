#include "models/idlistdiff.h"

#include <QTest>

using Models::IdListDiff;

namespace {

// Applies a diff the way the model does, step by step.
QList<qint64> apply(QList<qint64> ids, const IdListDiff &diff)
{
    for (const IdListDiff::Removal &removal : diff.removals)
        ids.remove(removal.first, removal.count);
    if (diff.reordered)
        ids = diff.order;
    for (const IdListDiff::Insertion &insertion : diff.insertions) {
        for (qsizetype i = 0; i < insertion.ids.size(); ++i)
            ids.insert(insertion.position + i, insertion.ids.at(i));
    }
    return ids;
}

} // namespace

class TestIdListDiff final : public QObject
{
    Q_OBJECT

private slots:
    void turnsCurrentIntoTarget_data();
    void turnsCurrentIntoTarget();
    void stickyIdsStayWhereTheyWere_data();
    void stickyIdsStayWhereTheyWere();
};

void TestIdListDiff::turnsCurrentIntoTarget_data()
{
    QTest::addColumn<QList<qint64>>("current");
    QTest::addColumn<QList<qint64>>("target");
    QTest::addColumn<int>("removals");
    QTest::addColumn<bool>("reordered");
    QTest::addColumn<int>("insertions");

    using L = QList<qint64>;
    QTest::newRow("unchanged") << L{1, 2, 3} << L{1, 2, 3} << 0 << false << 0;
    QTest::newRow("new articles on top are one insertion")
        << L{5, 4, 3} << L{8, 7, 6, 5, 4, 3} << 0 << false << 1;
    QTest::newRow("insertions in three places")
        << L{5, 3, 1} << L{6, 5, 4, 3, 1, 0} << 0 << false << 3;
    QTest::newRow("a contiguous run removed at once")
        << L{1, 2, 3, 4, 5} << L{1, 5} << 1 << false << 0;
    QTest::newRow("scattered removals") << L{1, 2, 3, 4, 5} << L{2, 4} << 3 << false << 0;
    QTest::newRow("everything replaced") << L{1, 2} << L{3, 4} << 1 << false << 1;
    QTest::newRow("from empty") << L{} << L{1, 2, 3} << 0 << false << 1;
    QTest::newRow("to empty") << L{1, 2, 3} << L{} << 1 << false << 0;
    QTest::newRow("a changed date reorders") << L{1, 2, 3} << L{3, 1, 2} << 0 << true << 0;
    QTest::newRow("reorder with removal and insertion")
        << L{1, 2, 3, 4} << L{9, 4, 2, 1} << 1 << true << 1;
}

void TestIdListDiff::turnsCurrentIntoTarget()
{
    QFETCH(QList<qint64>, current);
    QFETCH(QList<qint64>, target);
    QFETCH(int, removals);
    QFETCH(bool, reordered);
    QFETCH(int, insertions);

    const IdListDiff diff = IdListDiff::compute(current, target);
    QCOMPARE(apply(current, diff), target);
    QCOMPARE(diff.removals.size(), removals);
    QCOMPARE(diff.reordered, reordered);
    QCOMPARE(diff.insertions.size(), insertions);
    QCOMPARE(diff.isEmpty(), current == target);
}

void TestIdListDiff::stickyIdsStayWhereTheyWere_data()
{
    QTest::addColumn<QList<qint64>>("current");
    QTest::addColumn<QList<qint64>>("target");
    QTest::addColumn<QList<qint64>>("sticky");
    QTest::addColumn<QList<qint64>>("expected");

    using L = QList<qint64>;
    QTest::newRow("no sticky ids") << L{1, 2, 3} << L{1, 3} << L{} << L{1, 3};
    QTest::newRow("read article kept after its predecessor")
        << L{1, 2, 3} << L{1, 3} << L{2} << L{1, 2, 3};
    QTest::newRow("kept at the start") << L{1, 2, 3} << L{2, 3} << L{1} << L{1, 2, 3};
    QTest::newRow("kept among new articles")
        << L{4, 3, 2} << L{6, 5, 4, 2} << L{3} << L{6, 5, 4, 3, 2};
    QTest::newRow("sticky id still in target is not doubled")
        << L{1, 2} << L{1, 2} << L{2} << L{1, 2};
    QTest::newRow("sticky id not in current is not invented") << L{1, 2} << L{1} << L{7} << L{1};
}

void TestIdListDiff::stickyIdsStayWhereTheyWere()
{
    QFETCH(QList<qint64>, current);
    QFETCH(QList<qint64>, target);
    QFETCH(QList<qint64>, sticky);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(Models::withStickyIds(current, target, QSet<qint64>(sticky.cbegin(), sticky.cend())),
             expected);
}

QTEST_APPLESS_MAIN(TestIdListDiff)
#include "tst_idlistdiff.moc"
