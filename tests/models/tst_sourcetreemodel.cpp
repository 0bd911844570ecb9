#include "models/sourcetreemodel.h"

#include "searchindexcheck.h"
#include "storage/articlerepository.h"
#include "storage/savedsearchrepository.h"
#include "temporarylibrary.h"

#include "ai/aisettings.h"
#include "base/settingskeys.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Models::SourceTreeModel;
using Models::ViewKey;

namespace {

Storage::Folder folder(qint64 id, const QString &title, qint64 parentId = 0)
{
    Storage::Folder result;
    result.id = id;
    result.title = title;
    result.parentId = parentId;
    return result;
}

Storage::Source source(qint64 id, const QString &title, qint64 folderId, int unread,
                       const QString &error = {})
{
    Storage::Source result;
    result.id = id;
    result.title = title;
    result.folderId = folderId;
    result.unreadCount = unread;
    result.totalCount = unread + 10;
    result.lastError = error;
    result.feedUrl = QUrl(QStringLiteral("https://example.org/%1.xml").arg(id));
    return result;
}

// Smart views, then folder News (1) holding World (2) with source 10, source 11 in News, and
// source 12 at the top level.
Models::LibrarySnapshot sampleLibrary()
{
    Models::LibrarySnapshot snapshot;
    snapshot.folders = {folder(1, QStringLiteral("News")), folder(2, QStringLiteral("World"), 1)};
    snapshot.sources = {source(10, QStringLiteral("Daily World"), 2, 3),
                        source(11, QStringLiteral("Tech Weekly"), 1, 0, QStringLiteral("HTTP 404")),
                        source(12, QStringLiteral("Loose Leaf"), 0, 5)};
    snapshot.counts = {8, 2, 4, {}};
    snapshot.ok = true;
    return snapshot;
}

// sampleLibrary(), with the local account and, when \a remote, a TT-RSS account titled by its
// host, holding folder Remote (5) with source 20 and source 21 at its top.
Models::LibrarySnapshot libraryWithAccounts(bool remote)
{
    Models::LibrarySnapshot snapshot = sampleLibrary();
    snapshot.accounts = {Storage::Account{}};
    snapshot.accounts.first().id = Storage::LocalAccountId;
    if (!remote)
        return snapshot;
    Storage::Account account;
    account.id = 2;
    account.type = Storage::AccountType::TinyTinyRss;
    account.serverUrl = QUrl(QStringLiteral("https://rss.example.org/tt-rss/"));
    snapshot.accounts.append(account);
    Storage::Folder remoteFolder = folder(5, QStringLiteral("Remote"));
    remoteFolder.accountId = 2;
    snapshot.folders.append(remoteFolder);
    Storage::Source inFolder = source(20, QStringLiteral("Synced"), 5, 4);
    inFolder.accountId = 2;
    Storage::Source atTop = source(21, QStringLiteral("Synced too"), 0, 1);
    atTop.accountId = 2;
    snapshot.sources += {inFolder, atTop};
    snapshot.counts = {13, 2, 4, {}};
    return snapshot;
}

QStringList childTitles(const SourceTreeModel &model, const QModelIndex &parent)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(parent); ++row)
        titles.append(model.index(row, 0, parent).data().toString());
    return titles;
}

QString unreadText(const SourceTreeModel &model, const ViewKey &key)
{
    return model.indexOf(key, SourceTreeModel::UnreadColumn).data().toString();
}

QStringList topLevelTitles(const SourceTreeModel &model)
{
    return childTitles(model, {});
}

} // namespace

class TestSourceTreeModel final : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void smartViewsComeFirst();
    void foldersNestAndAddUpTheirCounts();
    void unreadIsBoldOnlyWhenAboveZero();
    void errorBadgeTellsTheLastError();
    void countsChangeWithoutStructuralSignals();
    void moveKeepsPersistentIndexes();
    void removingAFolderKeepsItsSources();
    void dropOnAFolderAsksToMove_data();
    void dropOnAFolderAsksToMove();
    void dropNeverCrossesAccounts_data();
    void dropNeverCrossesAccounts();
    void renameInPlaceIsARequest();
    void sourceIdsAndOrder();
    void briefingOnlyWhenAiAndItsSwitchAreOn_data();
    void briefingOnlyWhenAiAndItsSwitchAreOn();
    void briefingComesAndGoesAfterToday();
    void savedSearchesFollowTheSmartViews();
    void savedSearchCountsComeFromTheLibrary_data();
    void savedSearchCountsComeFromTheLibrary();
    void accountsHeadTheTreeOnlyWhenThereAreTwo_data();
    void accountsHeadTheTreeOnlyWhenThereAreTwo();
    void emptyViewsSayWhatWouldFillThem_data();
    void emptyViewsSayWhatWouldFillThem();
};

void TestSourceTreeModel::passesTheModelTester()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(sampleLibrary());
    model.setBriefingVisible(true);
    model.setSmartCounts({9, 3, 4, {}});
    model.setUnreadCounts({{10, 7}, {12, 0}});
    model.adjustUnread(11, 2);
    model.addFolder(folder(3, QStringLiteral("Later")));
    model.addSource(source(13, QStringLiteral("Fresh"), 3, 1));
    model.moveNode(ViewKey::source(12), 3);
    model.moveNode(ViewKey::folder(2), 0);
    model.renameNode(ViewKey::folder(3), QStringLiteral("Much later"));
    model.removeNode(ViewKey::folder(3));
    model.removeNode(ViewKey::source(10));
    model.setSnapshot({});
    QCOMPARE(model.rowCount(), 5);
    model.setBriefingVisible(false);
    QCOMPARE(model.rowCount(), 4);
}

void TestSourceTreeModel::smartViewsComeFirst()
{
    SourceTreeModel model;
    model.setSnapshot(sampleLibrary());
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles.append(model.index(row, 0).data().toString());
    QCOMPARE(titles,
             (QStringList{"All articles", "Unread", "Today", "Bookmarks", "News", "Loose Leaf"}));
    QCOMPARE(unreadText(model, ViewKey::smart(Models::SmartView::All)), QStringLiteral("8"));
    QCOMPARE(unreadText(model, ViewKey::smart(Models::SmartView::Unread)), QStringLiteral("8"));
    QCOMPARE(unreadText(model, ViewKey::smart(Models::SmartView::Today)), QStringLiteral("2"));
    QCOMPARE(unreadText(model, ViewKey::smart(Models::SmartView::Bookmarks)), QStringLiteral("4"));
    QCOMPARE(model.keyOf(model.index(3, 0)), ViewKey::smart(Models::SmartView::Bookmarks));
    QCOMPARE(model.index(0, 0).data(SourceTreeModel::ViewKeyRole).toString(),
             QStringLiteral("all"));
}

void TestSourceTreeModel::foldersNestAndAddUpTheirCounts()
{
    SourceTreeModel model;
    model.setSnapshot(sampleLibrary());
    const QModelIndex news = model.indexOf(ViewKey::folder(1));
    QCOMPARE(model.rowCount(news), 2);
    QCOMPARE(model.index(0, 0, news).data().toString(), QStringLiteral("World"));
    QCOMPARE(model.index(1, 0, news).data().toString(), QStringLiteral("Tech Weekly"));
    QCOMPARE(model.parent(model.indexOf(ViewKey::source(10))), model.indexOf(ViewKey::folder(2)));
    QCOMPARE(unreadText(model, ViewKey::folder(1)), QStringLiteral("3"));
    QCOMPARE(unreadText(model, ViewKey::folder(2)), QStringLiteral("3"));
    QCOMPARE(model.unreadOf(ViewKey::folder(1)), 3);
}

void TestSourceTreeModel::unreadIsBoldOnlyWhenAboveZero()
{
    SourceTreeModel model;
    model.setSnapshot(sampleLibrary());
    QCOMPARE(model.indexOf(ViewKey::source(10)).data(Qt::FontRole).value<QFont>().bold(), true);
    QCOMPARE(model.indexOf(ViewKey::source(11)).data(Qt::FontRole).value<QFont>().bold(), false);
    QCOMPARE(unreadText(model, ViewKey::source(11)), QString());
    QCOMPARE(model.indexOf(ViewKey::source(12), 1).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestSourceTreeModel::errorBadgeTellsTheLastError()
{
    SourceTreeModel model;
    int asked = 0;
    model.setIconProvider([&asked](const Models::SourceTreeNode &, bool) {
        ++asked;
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::red);
        return QIcon(pixmap);
    });
    model.setSnapshot(sampleLibrary());
    const QModelIndex failing = model.indexOf(ViewKey::source(11), 1);
    QVERIFY(failing.data(Qt::ToolTipRole).toString().contains(QLatin1String("HTTP 404")));
    QCOMPARE(failing.data(SourceTreeModel::LastErrorRole).toString(), QStringLiteral("HTTP 404"));
    QVERIFY(!failing.data(Qt::DecorationRole).value<QIcon>().isNull());
    // Healthy sources get no badge beside the count.
    QVERIFY(!model.indexOf(ViewKey::source(10), 1).data(Qt::DecorationRole).isValid());
    QVERIFY(model.indexOf(ViewKey::source(11), 1)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("failed")));
    QVERIFY(asked > 0);
}

void TestSourceTreeModel::countsChangeWithoutStructuralSignals()
{
    SourceTreeModel model;
    model.setSnapshot(sampleLibrary());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setUnreadCounts({{10, 13}});
    QCOMPARE(unreadText(model, ViewKey::source(10)), QStringLiteral("13"));
    QCOMPARE(unreadText(model, ViewKey::folder(1)), QStringLiteral("13"));
    // The source, World and News.
    QCOMPARE(changed.count(), 3);
    model.setUnreadCounts({{10, 13}});
    QCOMPARE(changed.count(), 3);
    model.adjustUnread(10, -1);
    QCOMPARE(unreadText(model, ViewKey::source(10)), QStringLiteral("12"));
    model.setSmartCounts({1, 1, 1, {}});
    QCOMPARE(unreadText(model, ViewKey::smart(Models::SmartView::All)), QStringLiteral("1"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
}

void TestSourceTreeModel::moveKeepsPersistentIndexes()
{
    SourceTreeModel model;
    model.setSnapshot(sampleLibrary());
    const QPersistentModelIndex loose = model.indexOf(ViewKey::source(12));
    model.moveNode(ViewKey::source(12), 2);
    QVERIFY(loose.isValid());
    QCOMPARE(loose.parent(), model.indexOf(ViewKey::folder(2)));
    QCOMPARE(model.unreadOf(ViewKey::folder(1)), 8);
    // A folder cannot go into its own subfolder.
    model.moveNode(ViewKey::folder(1), 2);
    QCOMPARE(model.parent(model.indexOf(ViewKey::folder(1))), QModelIndex());
}

void TestSourceTreeModel::removingAFolderKeepsItsSources()
{
    SourceTreeModel model;
    model.setSnapshot(sampleLibrary());
    model.removeNode(ViewKey::folder(1));
    QVERIFY(!model.indexOf(ViewKey::folder(1)).isValid());
    QCOMPARE(model.parent(model.indexOf(ViewKey::source(11))), QModelIndex());
    QCOMPARE(model.parent(model.indexOf(ViewKey::folder(2))), QModelIndex());
    QCOMPARE(model.sourceCount(), 3);
    model.removeNode(ViewKey::source(11));
    QCOMPARE(model.sourceCount(), 2);
    QVERIFY(!model.nodeOf(ViewKey::source(11)));
}

void TestSourceTreeModel::dropOnAFolderAsksToMove_data()
{
    QTest::addColumn<QString>("dragged");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("folderId");

    QTest::newRow("source onto a folder") << "source:12"
                                          << "folder:2" << true << qint64(2);
    QTest::newRow("source onto a source joins its folder") << "source:12"
                                                           << "source:11" << true << qint64(1);
    QTest::newRow("source onto empty space goes to the top") << "source:10"
                                                             << "" << true << qint64(0);
    QTest::newRow("nothing onto a smart view") << "source:10"
                                               << "unread" << false << qint64(-1);
    QTest::newRow("folder not into its own subfolder") << "folder:1"
                                                       << "folder:2" << false << qint64(-1);
}

void TestSourceTreeModel::dropNeverCrossesAccounts_data()
{
    QTest::addColumn<QString>("dragged");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("local source onto a remote folder") << "source:12"
                                                       << "folder:5" << false;
    QTest::newRow("local source onto a remote source") << "source:12"
                                                       << "source:21" << false;
    QTest::newRow("local source onto the remote heading") << "source:12"
                                                          << "account:2" << false;
    QTest::newRow("remote source onto a local folder") << "source:21"
                                                       << "folder:2" << false;
    QTest::newRow("local folder onto a remote folder") << "folder:1"
                                                       << "folder:5" << false;
    QTest::newRow("remote source onto its own folder") << "source:21"
                                                       << "folder:5" << true;
    QTest::newRow("remote source onto its heading") << "source:20"
                                                    << "account:2" << true;
    QTest::newRow("local source onto a local folder") << "source:12"
                                                      << "folder:2" << true;
    QTest::newRow("remote source onto empty space") << "source:20"
                                                    << "" << true;
}

void TestSourceTreeModel::dropNeverCrossesAccounts()
{
    QFETCH(QString, dragged);
    QFETCH(QString, target);
    QFETCH(bool, accepted);
    SourceTreeModel model;
    model.setSnapshot(libraryWithAccounts(true));
    const std::unique_ptr<QMimeData> data(
        model.mimeData({model.indexOf(ViewKey::fromString(dragged))}));
    QVERIFY(data);
    // The headings follow the four smart views: the local account's, then the remote one's.
    const QModelIndex parent = target == QLatin1String("account:2")
                                   ? model.index(5, 0)
                                   : model.indexOf(ViewKey::fromString(target));
    QVERIFY(target.isEmpty() || parent.isValid());
    QCOMPARE(model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, parent), accepted);
    QSignalSpy requested(&model, &SourceTreeModel::moveRequested);
    model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, parent);
    QCOMPARE(requested.count(), accepted ? 1 : 0);
}

void TestSourceTreeModel::dropOnAFolderAsksToMove()
{
    QFETCH(QString, dragged);
    QFETCH(QString, target);
    QFETCH(bool, accepted);
    QFETCH(qint64, folderId);
    SourceTreeModel model;
    model.setSnapshot(sampleLibrary());
    const std::unique_ptr<QMimeData> data(
        model.mimeData({model.indexOf(ViewKey::fromString(dragged))}));
    QVERIFY(data);
    const QModelIndex parent = model.indexOf(ViewKey::fromString(target));
    QCOMPARE(model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, parent), accepted);
    QSignalSpy requested(&model, &SourceTreeModel::moveRequested);
    model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, parent);
    QCOMPARE(requested.count(), accepted ? 1 : 0);
    if (accepted) {
        QCOMPARE(requested.first().at(0).value<QList<ViewKey>>(),
                 QList<ViewKey>{ViewKey::fromString(dragged)});
        QCOMPARE(requested.first().at(1).toLongLong(), folderId);
    }
}

void TestSourceTreeModel::renameInPlaceIsARequest()
{
    SourceTreeModel model;
    model.setSnapshot(sampleLibrary());
    QSignalSpy requested(&model, &SourceTreeModel::renameRequested);
    const QModelIndex index = model.indexOf(ViewKey::source(12));
    QVERIFY(model.flags(index) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(index, QStringLiteral("  New name "), Qt::EditRole));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("New name"));
    QVERIFY(!model.setData(index, QStringLiteral("   "), Qt::EditRole));
    model.renameNode(ViewKey::source(12), QStringLiteral("New name"));
    QCOMPARE(index.data().toString(), QStringLiteral("New name"));
}

void TestSourceTreeModel::sourceIdsAndOrder()
{
    SourceTreeModel model;
    model.setSnapshot(sampleLibrary());
    QCOMPARE(model.sourceOrder(), (QList<qint64>{10, 11, 12}));
    QCOMPARE(model.sourceIdsOf(ViewKey::folder(1)), (QList<qint64>{10, 11}));
    QCOMPARE(model.sourceIdsOf(ViewKey::source(12)), QList<qint64>{12});
    QCOMPARE(model.sourceIdsOf(ViewKey::smart(Models::SmartView::Today)),
             (QList<qint64>{10, 11, 12}));
}

void TestSourceTreeModel::briefingOnlyWhenAiAndItsSwitchAreOn_data()
{
    QTest::addColumn<QVariant>("aiEnabled");
    QTest::addColumn<QVariant>("briefing");
    QTest::addColumn<bool>("shown");

    QTest::newRow("nothing stored: AI is off") << QVariant() << QVariant() << false;
    QTest::newRow("AI on, briefing by default") << QVariant(true) << QVariant() << true;
    QTest::newRow("AI on, briefing on") << QVariant(true) << QVariant(true) << true;
    QTest::newRow("AI on, briefing off") << QVariant(true) << QVariant(false) << false;
    QTest::newRow("AI off, briefing on") << QVariant(false) << QVariant(true) << false;
    QTest::newRow("both off") << QVariant(false) << QVariant(false) << false;
}

void TestSourceTreeModel::briefingOnlyWhenAiAndItsSwitchAreOn()
{
    QFETCH(QVariant, aiEnabled);
    QFETCH(QVariant, briefing);
    QFETCH(bool, shown);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    if (aiEnabled.isValid())
        settings.setValue(QLatin1String(SettingsKeys::AiEnabled), aiEnabled);
    if (briefing.isValid())
        settings.setValue(QLatin1String(SettingsKeys::AiFeatureBriefing), briefing);

    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(sampleLibrary());
    model.setBriefingVisible(Ai::Settings::load(settings).allowsBriefing());

    const ViewKey key = ViewKey::smart(Models::SmartView::Briefing);
    QCOMPARE(model.isBriefingVisible(), shown);
    QCOMPARE(model.indexOf(key).isValid(), shown);
    QCOMPARE(topLevelTitles(model).contains(QStringLiteral("Daily briefing")), shown);
    QCOMPARE(model.rowCount(), shown ? 7 : 6);
}

void TestSourceTreeModel::briefingComesAndGoesAfterToday()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(sampleLibrary());
    const QPersistentModelIndex news = model.indexOf(ViewKey::folder(1));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.setBriefingVisible(true);
    model.setBriefingVisible(true);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(topLevelTitles(model),
             (QStringList{"All articles", "Unread", "Today", "Daily briefing", "Bookmarks", "News",
                          "Loose Leaf"}));
    const ViewKey key = ViewKey::smart(Models::SmartView::Briefing);
    const QModelIndex briefing = model.indexOf(key);
    QCOMPARE(model.keyOf(briefing), key);
    QCOMPARE(briefing.data(SourceTreeModel::ViewKeyRole).toString(), QStringLiteral("briefing"));
    QCOMPARE(briefing.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Today's main stories, grouped from all your sources"));
    QCOMPARE(briefing.data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Daily briefing, today's main stories"));
    QVERIFY(!model.indexOf(key, SourceTreeModel::UnreadColumn).data().isValid());
    QVERIFY(!(model.flags(briefing) & Qt::ItemIsEditable));
    QCOMPARE(news.row(), 5);

    // A new snapshot keeps the view; counts still reach the other smart views.
    model.setSnapshot(sampleLibrary());
    QVERIFY(model.indexOf(key).isValid());
    model.setSmartCounts({9, 3, 4, {}});
    QCOMPARE(unreadText(model, ViewKey::smart(Models::SmartView::Bookmarks)), QStringLiteral("4"));

    const QPersistentModelIndex bookmarks =
        model.indexOf(ViewKey::smart(Models::SmartView::Bookmarks));
    model.setBriefingVisible(false);
    QCOMPARE(removed.size(), 1);
    QVERIFY(!model.indexOf(key).isValid());
    QCOMPARE(bookmarks.row(), 3);
    QCOMPARE(model.rowCount(), 6);
}

void TestSourceTreeModel::accountsHeadTheTreeOnlyWhenThereAreTwo_data()
{
    QTest::addColumn<bool>("remote");
    QTest::addColumn<QStringList>("topLevel");
    QTest::addColumn<QList<QStringList>>("headingChildren");
    QTest::addColumn<QStringList>("headingUnread");

    const QStringList smart{"All articles", "Unread", "Today", "Bookmarks"};
    QTest::newRow("only the local account: no heading")
        << false << smart + QStringList{"News", "Loose Leaf"} << QList<QStringList>{}
        << QStringList{};
    QTest::newRow("local and TT-RSS: a heading each")
        << true << smart + QStringList{"On this computer", "rss.example.org"}
        << QList<QStringList>{{"News", "Loose Leaf"}, {"Remote", "Synced too"}}
        << QStringList{"8", "5"};
}

void TestSourceTreeModel::accountsHeadTheTreeOnlyWhenThereAreTwo()
{
    QFETCH(bool, remote);
    QFETCH(QStringList, topLevel);
    QFETCH(QList<QStringList>, headingChildren);
    QFETCH(QStringList, headingUnread);
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(libraryWithAccounts(remote));
    QCOMPARE(topLevelTitles(model), topLevel);
    // The smart views count every account.
    QCOMPARE(unreadText(model, ViewKey::smart(Models::SmartView::All)),
             remote ? QStringLiteral("13") : QStringLiteral("8"));
    for (int i = 0; i < headingChildren.size(); ++i) {
        const QModelIndex heading = model.index(4 + i, 0);
        QCOMPARE(childTitles(model, heading), headingChildren.at(i));
        QCOMPARE(model.index(4 + i, SourceTreeModel::UnreadColumn).data().toString(),
                 headingUnread.at(i));
        // A heading is not a view: nothing to select or drop on.
        QCOMPARE(model.flags(heading), Qt::ItemIsEnabled);
        QVERIFY(!model.keyOf(heading).isValid());
    }
    if (!remote)
        return;
    // Out of its folder, a synced source stays under its own account; a new local source
    // goes under the local one.
    model.moveNode(ViewKey::source(20), 0);
    QCOMPARE(childTitles(model, model.index(5, 0)),
             (QStringList{"Remote", "Synced too", "Synced"}));
    model.addSource(source(30, QStringLiteral("New here"), 0, 2));
    QCOMPARE(childTitles(model, model.index(4, 0)),
             (QStringList{"News", "Loose Leaf", "New here"}));
    QCOMPARE(model.index(4, SourceTreeModel::UnreadColumn).data().toString(), QStringLiteral("10"));
}

void TestSourceTreeModel::savedSearchesFollowTheSmartViews()
{
    SourceTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Models::LibrarySnapshot library = sampleLibrary();
    library.savedSearches = {{7, QStringLiteral("Storms"), QStringLiteral("storm is:unread"), 0}};
    library.counts.savedSearchUnread = {{7, 3}};
    model.setSnapshot(library);
    model.setBriefingVisible(true);
    QCOMPARE(topLevelTitles(model),
             (QStringList{"All articles", "Unread", "Today", "Daily briefing", "Bookmarks",
                          "Storms", "News", "Loose Leaf"}));
    QCOMPARE(unreadText(model, ViewKey::search(7)), QStringLiteral("3"));
    QCOMPARE(ViewKey::fromString(ViewKey::search(7).toString()), ViewKey::search(7));
    QVERIFY(model.flags(model.indexOf(ViewKey::search(7))) & Qt::ItemIsEditable);

    // The saved text narrows every source's articles, with what is typed in the search field.
    QCOMPARE(model.filterOf(ViewKey::search(7)).search, QStringLiteral("storm is:unread"));
    QCOMPARE(model.filterOf(ViewKey::search(7), QStringLiteral("harbour")).search,
             QStringLiteral("storm is:unread harbour"));
    QCOMPARE(model.filterOf(ViewKey::search(99)).limit, 0);
    QCOMPARE(model.sourceIdsOf(ViewKey::search(7)).size(), 3);

    model.addSavedSearch({8, QStringLiteral("Verge"), QStringLiteral("source:verge"), 1}, 0);
    QCOMPARE(model.index(6, 0).data().toString(), QStringLiteral("Verge"));
    QVERIFY(unreadText(model, ViewKey::search(8)).isEmpty());
    model.setSmartCounts({8, 2, 4, {{7, 1}, {8, 5}}});
    QCOMPARE(unreadText(model, ViewKey::search(8)), QStringLiteral("5"));
    model.renameNode(ViewKey::search(7), QStringLiteral("Weather"));
    QCOMPARE(model.indexOf(ViewKey::search(7)).data().toString(), QStringLiteral("Weather"));
    model.removeNode(ViewKey::search(7));
    QVERIFY(!model.indexOf(ViewKey::search(7)).isValid());
    QCOMPARE(model.index(5, 0).data().toString(), QStringLiteral("Verge"));
}

void TestSourceTreeModel::savedSearchCountsComeFromTheLibrary_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("unread");

    QTest::newRow("words") << "storm" << 2;
    QTest::newRow("words and a source") << "storm source:harbour" << 1;
    QTest::newRow("read ones are not counted") << "calm" << 0;
    QTest::newRow("title only") << "title:storm" << 1;
    QTest::newRow("malformed counts nothing") << "storm is:nothing" << 0;
}

void TestSourceTreeModel::savedSearchCountsComeFromTheLibrary()
{
    QFETCH(QString, query);
    QFETCH(int, unread);

    TestSupport::TemporaryLibrary library;
    QVERIFY(library.isOpen());
    const qint64 harbour = library.addSource(QStringLiteral("https://harbour.example/feed"),
                                             QStringLiteral("Harbour Times"));
    const qint64 other =
        library.addSource(QStringLiteral("https://other.example/feed"), QStringLiteral("Other"));
    Storage::ArticleRepository articles(library.connection());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(articles.store(harbour,
                           TestSupport::makeFeed({TestSupport::makeItem(
                               "1", {}, "Storm over the harbour", "<p>Ships wait</p>")}),
                           now));
    const auto stored = articles.store(
        other,
        TestSupport::makeFeed({TestSupport::makeItem("2", {}, "Ships wait", "<p>a storm</p>"),
                               TestSupport::makeItem("3", {}, "A calm day", "<p>calm</p>")}),
        now);
    QVERIFY(stored);
    QVERIFY(articles.setRead(stored->addedIds.at(1), true));
    QVERIFY(TestSupport::catchUpSearchIndex(library.filePath()));
    QVERIFY(
        Storage::SavedSearchRepository(library.connection()).add(QStringLiteral("Saved"), query));

    SourceTreeModel model;
    model.setSnapshot(Models::loadSnapshot(library.connection(), QDateTime::currentDateTime()));
    const QModelIndex saved = model.index(4, SourceTreeModel::UnreadColumn);
    QCOMPARE(model.keyOf(saved).kind, ViewKey::Kind::Search);
    QCOMPARE(model.unreadOf(model.keyOf(saved)), unread);
}

QTEST_MAIN(TestSourceTreeModel)
void TestSourceTreeModel::emptyViewsSayWhatWouldFillThem_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("saysAtLeast"); // empty: the view says nothing itself

    QTest::newRow("all articles") << "all"
                                  << "refreshed";
    QTest::newRow("unread") << "unread"
                            << "caught up";
    QTest::newRow("today") << "today"
                           << "today";
    QTest::newRow("bookmarks") << "bookmarks"
                               << "Bookmark an article (S)";
    QTest::newRow("briefing: its page says it") << "briefing"
                                                << "";
    QTest::newRow("hidden") << "hidden"
                            << "rules and mute words";
    QTest::newRow("folder with sources") << "folder:1"
                                         << "in this folder";
    QTest::newRow("folder without") << "folder:3"
                                    << "has no sources";
    QTest::newRow("source") << "source:10"
                            << "from this source";
    QTest::newRow("source whose refresh failed") << "source:11"
                                                 << "failed: HTTP 404";
    QTest::newRow("saved search") << "search:7"
                                  << "(storm is:unread)";
    QTest::newRow("tag") << "tag:4"
                         << "tagged “Follow up”";
}

void TestSourceTreeModel::emptyViewsSayWhatWouldFillThem()
{
    QFETCH(QString, view);
    QFETCH(QString, saysAtLeast);
    Models::LibrarySnapshot library = sampleLibrary();
    library.folders.append(folder(3, QStringLiteral("Later")));
    library.savedSearches = {{7, QStringLiteral("Storms"), QStringLiteral("storm is:unread"), 0}};
    library.counts.hidden = 2;
    library.counts.tags = {{4, QStringLiteral("Follow up"), 0, 0}};
    SourceTreeModel model;
    model.setSnapshot(library);
    model.setBriefingVisible(true);

    const QModelIndex index = model.indexOf(ViewKey::fromString(view));
    QVERIFY(index.isValid());
    const QString text = index.data(SourceTreeModel::EmptyViewTextRole).toString();
    if (saysAtLeast.isEmpty())
        QVERIFY2(text.isEmpty(), qPrintable(text));
    else
        QVERIFY2(text.contains(saysAtLeast), qPrintable(text));

    // Each smart view in its own words: none says what another view says.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex other = model.index(row, 0);
        if (other != index && !text.isEmpty() &&
            other.data(SourceTreeModel::KindRole).toInt() ==
                int(Models::SourceTreeNode::Kind::SmartView))
            QVERIFY(other.data(SourceTreeModel::EmptyViewTextRole).toString() != text);
    }
    // A heading is not a view.
    QVERIFY(model.indexOf(ViewKey::tag(4))
                .parent()
                .data(SourceTreeModel::EmptyViewTextRole)
                .toString()
                .isEmpty());
}

#include "tst_sourcetreemodel.moc"
