#include "models/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Models::ArticleListModel;
using Storage::ArticleRow;

namespace {

// An in-memory library of articles 1..count that records which ids were asked for.
struct FakeLibrary
{
    explicit FakeLibrary(int count)
    {
        for (qint64 id = 1; id <= count; ++id) {
            ArticleRow row;
            row.id = id;
            row.sourceId = 100 + id % 3;
            row.sourceTitle = QStringLiteral("Source %1").arg(row.sourceId);
            row.title = QStringLiteral("Article %1").arg(id);
            row.read = id % 2 == 0;
            row.excerpt = QStringLiteral("Text of article %1").arg(id);
            rows.insert(id, row);
        }
    }

    ArticleListModel::RowLoader loader()
    {
        return [this](const QList<qint64> &ids) {
            requests.append(ids);
            QList<ArticleRow> result;
            for (const qint64 id : ids) {
                if (rows.contains(id))
                    result.append(rows.value(id));
            }
            return result;
        };
    }

    qsizetype requestedIds() const
    {
        qsizetype total = 0;
        for (const QList<qint64> &request : requests)
            total += request.size();
        return total;
    }

    QHash<qint64, ArticleRow> rows;
    QList<QList<qint64>> requests;
};

QList<qint64> descending(qint64 from, qint64 to)
{
    QList<qint64> ids;
    for (qint64 id = from; id >= to; --id)
        ids.append(id);
    return ids;
}

} // namespace

class TestArticleListModel final : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void rowsAreReadOnDemandInBlocks();
    void aLongViewCostsOnlyWhatIsShown();
    void rolesCarryTheRowValues();
    void untitledArticlesShowTheirFirstSentence();
    void newArticlesArriveAsInsertsAndKeepTheSelection();
    void removalsAndReorderKeepPersistentIndexes();
    void scatteredChangesFallBackToAReset();
    void readAndBookmarkChangesAreDataChanges();
    void vanishedArticlesAreNotReadAgain();
    void cacheStaysBounded();
};

void TestArticleListModel::passesTheModelTester()
{
    FakeLibrary library(500);
    ArticleListModel model(library.loader());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIds(descending(300, 1));
    model.updateIds(descending(320, 5));
    model.updateIds(descending(320, 5) + QList<qint64>{2, 1});
    QList<qint64> reordered = descending(320, 5);
    std::swap(reordered[0], reordered[10]);
    model.updateIds(reordered);
    model.setRead(320, false);
    model.setBookmarked(310, true);
    model.setReadForIds({300, 301}, true);
    model.invalidateRows();
    model.setIds({});
    QCOMPARE(model.rowCount(), 0);
}

void TestArticleListModel::rowsAreReadOnDemandInBlocks()
{
    FakeLibrary library(1000);
    ArticleListModel model(library.loader());
    model.setIds(descending(1000, 1));
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(library.requests.isEmpty());

    QCOMPARE(model.index(0).data(ArticleListModel::TitleRole).toString(),
             QStringLiteral("Article 1000"));
    QCOMPARE(library.requests.size(), 1);
    QCOMPARE(library.requests.first().size(), ArticleListModel::BlockSize);
    // The rest of the block is served from the cache.
    QCOMPARE(model.index(ArticleListModel::BlockSize - 1).data().toString(),
             QStringLiteral("Article %1").arg(1000 - ArticleListModel::BlockSize + 1));
    QCOMPARE(library.requests.size(), 1);
    // The id needs no row at all.
    QCOMPARE(model.index(900).data(ArticleListModel::IdRole).toLongLong(), 100);
    QCOMPARE(library.requests.size(), 1);
}

void TestArticleListModel::aLongViewCostsOnlyWhatIsShown()
{
    FakeLibrary library(100'000);
    ArticleListModel model(library.loader());
    model.setIds(descending(100'000, 1));
    for (int row = 0; row < 30; ++row)
        QVERIFY(!model.index(row).data().toString().isEmpty());
    QVERIFY(library.requestedIds() <= ArticleListModel::BlockSize);
    QCOMPARE(model.index(99'999).data().toString(), QStringLiteral("Article 1"));
    QVERIFY(library.requestedIds() <= 2 * ArticleListModel::BlockSize);
}

void TestArticleListModel::rolesCarryTheRowValues()
{
    FakeLibrary library(10);
    library.rows[7].author = QStringLiteral("Ada");
    library.rows[7].link = QStringLiteral("https://example.org/7");
    library.rows[7].imageUrl = QStringLiteral("https://example.org/7.png");
    library.rows[7].date = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
    library.rows[7].bookmarked = true;
    ArticleListModel model(library.loader());
    model.setIds({7, 6});
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data(ArticleListModel::IdRole).toLongLong(), 7);
    QCOMPARE(index.data(ArticleListModel::SourceIdRole).toLongLong(), 101);
    QCOMPARE(index.data(ArticleListModel::SourceTitleRole).toString(),
             QStringLiteral("Source 101"));
    QCOMPARE(index.data(ArticleListModel::AuthorRole).toString(), QStringLiteral("Ada"));
    QCOMPARE(index.data(ArticleListModel::LinkRole).toString(),
             QStringLiteral("https://example.org/7"));
    QCOMPARE(index.data(ArticleListModel::ThumbnailUrlRole).toString(),
             QStringLiteral("https://example.org/7.png"));
    QCOMPARE(index.data(ArticleListModel::DateRole).toDateTime(), library.rows[7].date);
    QCOMPARE(index.data(ArticleListModel::ReadRole).toBool(), false);
    QCOMPARE(index.data(ArticleListModel::BookmarkedRole).toBool(), true);
    QCOMPARE(index.data(ArticleListModel::ExcerptRole).toString(),
             QStringLiteral("Text of article 7"));
    QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), true);
    QCOMPARE(model.index(1).data(Qt::FontRole).value<QFont>().bold(), false);
    const QString accessible = index.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(accessible.contains(QLatin1String("Article 7")) &&
                 accessible.contains(QLatin1String("unread")) &&
                 accessible.contains(QLatin1String("bookmarked")),
             qPrintable(accessible));
    QVERIFY(!model.index(0).data(Qt::UserRole + 100).isValid());
}

// Posts from microblogs have no title: the list shows their first sentence in its place.
void TestArticleListModel::untitledArticlesShowTheirFirstSentence()
{
    FakeLibrary library(2);
    library.rows[2].title.clear();
    library.rows[2].excerpt = QStringLiteral(
        "Low tide at noon today. The causeway to the island is open for two hours either side, "
        "so walkers can cross and come back before the water returns.");
    library.rows[1].sourceId = 0; // a bookmark whose source was removed
    ArticleListModel model(library.loader());
    model.setIds({2, 1});
    const QModelIndex untitled = model.index(0);
    for (const int role :
         {int(Qt::DisplayRole), int(ArticleListModel::TitleRole), int(Qt::ToolTipRole)})
        QCOMPARE(untitled.data(role).toString(), QStringLiteral("Low tide at noon today."));
    for (const int role : {int(ArticleListModel::ExcerptRole), int(Qt::AccessibleDescriptionRole)})
        QVERIFY(untitled.data(role).toString().startsWith(QLatin1String("The causeway")));
    QVERIFY(untitled.data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(QLatin1String("Low tide at noon today., Source 102")));
    // A titled article is shown as it is, its source removed or not.
    QCOMPARE(model.index(1).data(ArticleListModel::TitleRole).toString(),
             QStringLiteral("Article 1"));
    QCOMPARE(model.index(1).data(ArticleListModel::ExcerptRole).toString(),
             QStringLiteral("Text of article 1"));
}

void TestArticleListModel::newArticlesArriveAsInsertsAndKeepTheSelection()
{
    FakeLibrary library(300);
    ArticleListModel model(library.loader());
    model.setIds(descending(200, 1));
    const QPersistentModelIndex selected = model.index(50); // article 150
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.updateIds(descending(210, 1));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 9);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 60);
    QCOMPARE(selected.data(ArticleListModel::IdRole).toLongLong(), 150);
    QCOMPARE(model.rowOf(150), 60);
}

void TestArticleListModel::removalsAndReorderKeepPersistentIndexes()
{
    FakeLibrary library(20);
    ArticleListModel model(library.loader());
    model.setIds({10, 9, 8, 7, 6, 5});
    const QPersistentModelIndex seven = model.index(3);
    const QPersistentModelIndex nine = model.index(1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.updateIds({7, 10, 5, 11});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.ids(), (QList<qint64>{7, 10, 5, 11}));
    QVERIFY(!nine.isValid());
    QVERIFY(seven.isValid());
    QCOMPARE(seven.row(), 0);
    QCOMPARE(seven.data(ArticleListModel::IdRole).toLongLong(), 7);
}

void TestArticleListModel::scatteredChangesFallBackToAReset()
{
    FakeLibrary library(5000);
    ArticleListModel model(library.loader());
    model.setIds(descending(4000, 1));
    QList<qint64> everyOther;
    for (qint64 id = 4000; id >= 1; id -= 2)
        everyOther.append(id);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.updateIds(everyOther);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.ids(), everyOther);
}

void TestArticleListModel::readAndBookmarkChangesAreDataChanges()
{
    FakeLibrary library(10);
    ArticleListModel model(library.loader());
    model.setIds({5, 3, 1});
    QCOMPARE(model.index(1).data(ArticleListModel::ReadRole).toBool(), false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRead(3, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1).data(ArticleListModel::ReadRole).toBool(), true);
    model.setBookmarked(5, true);
    QCOMPARE(model.index(0).data(ArticleListModel::BookmarkedRole).toBool(), true);
    model.setReadForIds({5, 3, 1}, false);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.index(row).data(ArticleListModel::ReadRole).toBool(), false);
}

void TestArticleListModel::vanishedArticlesAreNotReadAgain()
{
    FakeLibrary library(10);
    ArticleListModel model(library.loader());
    model.setIds({99, 1});
    QCOMPARE(model.index(0).data().toString(), QString());
    QCOMPARE(model.index(0).data(ArticleListModel::IdRole).toLongLong(), 99);
    const qsizetype requests = library.requests.size();
    QCOMPARE(model.index(0).data().toString(), QString());
    QCOMPARE(library.requests.size(), requests);
}

void TestArticleListModel::cacheStaysBounded()
{
    FakeLibrary library(20'000);
    ArticleListModel model(library.loader());
    model.setIds(descending(20'000, 1));
    for (int row = 0; row < 20'000; row += ArticleListModel::BlockSize)
        QVERIFY(model.rowAt(row));
    library.requests.clear();
    // The first rows were evicted long ago and are read again.
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Article 20000"));
    QCOMPARE(library.requests.size(), 1);
}

QTEST_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
