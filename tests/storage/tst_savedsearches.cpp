#include "temporarylibrary.h"

#include "storage/savedsearchrepository.h"

#include <QTest>

using TestSupport::TemporaryLibrary;

class TestSavedSearches final : public QObject
{
    Q_OBJECT

private slots:
    void addRenameRemove();
    void refusesEmpty_data();
    void refusesEmpty();
};

void TestSavedSearches::addRenameRemove()
{
    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    Storage::SavedSearchRepository searches(library.connection());
    const std::optional<qint64> storms =
        searches.add(QStringLiteral("Storms"), QStringLiteral(" storm is:unread "));
    const std::optional<qint64> verge =
        searches.add(QStringLiteral("Verge"), QStringLiteral("source:\"The Verge\""));
    QVERIFY(storms && verge);
    QList<Storage::SavedSearch> all = searches.all().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Storms"));
    QCOMPARE(all.at(0).query, QStringLiteral("storm is:unread"));
    QCOMPARE(all.at(1).id, *verge);
    QVERIFY(all.at(1).position > all.at(0).position);

    QVERIFY(searches.rename(*storms, QStringLiteral("Weather")));
    QVERIFY(!searches.rename(*storms, QStringLiteral("  ")));
    QVERIFY(!searches.rename(9999, QStringLiteral("Gone")));
    QVERIFY(searches.remove(*verge));
    all = searches.all().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).name, QStringLiteral("Weather"));
}

void TestSavedSearches::refusesEmpty_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("query");

    QTest::newRow("no name") << " "
                             << "storm";
    QTest::newRow("no search") << "Storms"
                               << "";
}

void TestSavedSearches::refusesEmpty()
{
    QFETCH(QString, name);
    QFETCH(QString, query);

    TemporaryLibrary library;
    QVERIFY(library.isOpen());
    Storage::SavedSearchRepository searches(library.connection());
    QVERIFY(!searches.add(name, query));
    QVERIFY(!searches.errorMessage().isEmpty());
    QCOMPARE(searches.all().value().size(), 0);
}

QTEST_GUILESS_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"
