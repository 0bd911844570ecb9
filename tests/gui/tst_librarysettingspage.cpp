// Preferences → Library: backing up now, the list of backups, and restoring one after asking.
#include "libraryfiller.h"
#include "openlibrary.h"
#include "ui/librarymaintenance.h"
#include "ui/settings/librarysettingspage.h"
#include "waitfordialog.h"

#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Ui::LibraryMaintenance;
using Ui::LibrarySettingsPage;

namespace {

QPushButton *button(QWidget *page, const QString &text)
{
    for (QPushButton *each : page->findChildren<QPushButton *>()) {
        if (each->text() == text)
            return each;
    }
    return nullptr;
}

qint64 sourceCount(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM sources")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

} // namespace

class TestLibrarySettingsPage final : public QObject
{
    Q_OBJECT

private slots:
    void backUpNowThenRestoreAfterAsking();
    void checkNowSaysTheLibraryIsIntact();
};

void TestLibrarySettingsPage::backUpNowThenRestoreAfterAsking()
{
    QTemporaryDir profileDir;
    auto library = TestSupport::openLibrary(profileDir.path());
    QVERIFY(library);
    const QSqlDatabase db = library->database().connection();
    QVERIFY(TestSupport::fillLibrary(db, 2, 5));
    LibraryMaintenance maintenance(library->profile(), library->settings());
    LibrarySettingsPage page(maintenance);
    page.load();
    page.show();
    auto *list = page.findChild<QListWidget *>(QStringLiteral("backupList"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1); // "No backups yet"
    QPushButton *restore = button(&page, QStringLiteral("&Restore…"));
    QVERIFY(restore);
    QVERIFY(!restore->isEnabled());

    QSignalSpy backedUp(&maintenance, &LibraryMaintenance::backupFinished);
    QTest::mouseClick(button(&page, QStringLiteral("&Back Up Now")), Qt::LeftButton);
    QVERIFY(backedUp.wait(10000));
    QVERIFY(backedUp.constFirst().at(0).toBool());
    QCOMPARE(list->count(), 1);
    QVERIFY(!list->item(0)->data(Qt::UserRole).toString().isEmpty());
    QVERIFY(restore->isEnabled());

    QVERIFY(TestSupport::fillLibrary(db, 3, 5, QStringLiteral("later")));
    QCOMPARE(sourceCount(db), qint64(5));
    QTest::mouseClick(restore, Qt::LeftButton);
    QMessageBox *box = TestSupport::waitForDialog<QMessageBox>(&page);
    QVERIFY(box);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QSignalSpy restored(&maintenance, &LibraryMaintenance::restoreFinished);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(restored.wait(10000));
    QVERIFY2(restored.constFirst().at(0).toBool(),
             qPrintable(restored.constFirst().at(1).toString()));
    QCOMPARE(sourceCount(db), qint64(2));
    auto *status = page.findChild<QLabel *>(QStringLiteral("libraryStatus"));
    QVERIFY(status->text().contains(QLatin1String("restored")));
}

void TestLibrarySettingsPage::checkNowSaysTheLibraryIsIntact()
{
    QTemporaryDir profileDir;
    auto library = TestSupport::openLibrary(profileDir.path());
    QVERIFY(library);
    LibraryMaintenance maintenance(library->profile(), library->settings());
    LibrarySettingsPage page(maintenance);
    page.load();
    QSignalSpy checked(&maintenance, &LibraryMaintenance::checkFinished);
    QTest::mouseClick(button(&page, QStringLiteral("&Check Library Now")), Qt::LeftButton);
    QVERIFY(checked.wait(10000));
    auto *status = page.findChild<QLabel *>(QStringLiteral("libraryStatus"));
    QCOMPARE(status->text(), QStringLiteral("The library is intact."));
    // The check is remembered, so that the weekly one at idle waits a week.
    QVERIFY(library->settings().value(QStringLiteral("library/lastIntegrityCheck")).isValid());
}

QTEST_MAIN(TestLibrarySettingsPage)
#include "tst_librarysettingspage.moc"
