#include "models/databaseworker.h"
#include "models/librarycounts.h"
#include "models/sourcetreemodel.h"
#include "secrets/memorystore.h"
#include "secrets/sourcepassword.h"
#include "storage/folderrepository.h"
#include "storage/library.h"
#include "storage/profile.h"
#include "storage/sourcerepository.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/sourcessettingspage.h"
#include "ui/sourceeditdialog.h"
#include "ui/subscriptioncontroller.h"
#include "waitfordialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using Models::SourceTreeModel;
using Models::ViewKey;
using Ui::SourcesSettingsPage;

namespace {

const QString BrokenError = QStringLiteral("The server answered 404 Not Found — the feed may have "
                                           "moved");

// Replaces the text as a person would: select all, type.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSourcesSettingsPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void treeListsFoldersAndSourcesWithoutSmartViews();
    void errorShowsInTheTreeAndTheDetails();
    void editStoresTitleIntervalPausedAndUserName();
    void passwordGoesToTheStoreOnly();
    void withoutAKeyringThePasswordIsRefusedAndTheDialogStaysOpen();
    void deleteKeyAsksNamingTheSourceAndRemoves();
    void removingASourceForgetsItsPassword();
    void newFolderAppearsInsideTheSelectedFolder();
    void exportThenImportBringsARemovedSourceBack();
    void settingsDialogHasTheSourcesPageAfterGeneral();

private:
    [[nodiscard]] Storage::Source stored(qint64 id) const;
    [[nodiscard]] QModelIndex proxyIndexOf(const ViewKey &key) const;
    Ui::SourceEditDialog *openEditor(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Storage::Library> m_library;
    std::unique_ptr<QWidget> m_window;
    QNetworkAccessManager *m_network = nullptr;
    Models::DatabaseWorker *m_worker = nullptr;
    SourceTreeModel *m_model = nullptr;
    Ui::SubscriptionController *m_subscriptions = nullptr;
    Secrets::MemoryStore *m_passwords = nullptr;
    SourcesSettingsPage *m_page = nullptr;
    qint64 m_folder = 0;
    qint64 m_harbour = 0; ///< In the folder, with an error.
    qint64 m_tides = 0;   ///< In the folder.
    qint64 m_market = 0;  ///< At the top level.
};

void TestSourcesSettingsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_library = Storage::Library::open(Storage::Profile(m_dir->path()), &error);
    QVERIFY2(m_library, qPrintable(error));

    const QSqlDatabase database = m_library->database().connection();
    Storage::FolderRepository folders(database);
    m_folder = folders.add(QStringLiteral("Coast")).value_or(0);
    QVERIFY(m_folder != 0);
    Storage::SourceRepository sources(database);
    m_harbour = sources
                    .add({QUrl(QStringLiteral("http://127.0.0.1:9/harbour.xml")),
                          QStringLiteral("Harbour Office"),
                          QUrl(QStringLiteral("http://harbour.test/")), m_folder})
                    .id;
    m_tides = sources
                  .add({QUrl(QStringLiteral("http://127.0.0.1:9/tides.xml")),
                        QStringLiteral("Tide Tables"),
                        {},
                        m_folder})
                  .id;
    m_market = sources
                   .add({QUrl(QStringLiteral("http://127.0.0.1:9/market.xml")),
                         QStringLiteral("Fish Market"),
                         {},
                         0})
                   .id;
    QVERIFY(m_harbour != 0 && m_tides != 0 && m_market != 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(sources.recordFetchError(m_harbour, BrokenError, now, now.addSecs(600)));

    m_window = std::make_unique<QWidget>();
    m_network = new QNetworkAccessManager(m_window.get());
    m_worker = new Models::DatabaseWorker(m_library->database().filePath(), m_window.get());
    m_model = new SourceTreeModel(m_window.get());
    const Models::LibrarySnapshot snapshot = Models::loadSnapshot(database, now);
    QVERIFY(snapshot.ok);
    m_model->setSnapshot(snapshot);
    m_subscriptions =
        new Ui::SubscriptionController(*m_library, m_network, m_worker, m_model, m_window.get());
    m_passwords = new Secrets::MemoryStore(m_window.get());
    m_page =
        new SourcesSettingsPage({m_worker, m_model, m_subscriptions, m_passwords}, m_window.get());
    m_window->resize(720, 520);
    m_window->show();
    m_page->resize(m_window->size());
    m_page->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestSourcesSettingsPage::cleanup()
{
    if (m_worker)
        m_worker->waitForIdle();
    m_window.reset();
    m_worker = nullptr;
    m_library.reset();
    m_dir.reset();
}

Storage::Source TestSourcesSettingsPage::stored(qint64 id) const
{
    return Storage::SourceRepository(m_library->database().connection())
        .find(id)
        .value_or(Storage::Source{});
}

QModelIndex TestSourcesSettingsPage::proxyIndexOf(const ViewKey &key) const
{
    QTreeView *tree = m_page->tree();
    const QString wanted = key.toString();
    const QModelIndexList found =
        tree->model()->match(tree->model()->index(0, 0), SourceTreeModel::ViewKeyRole, wanted, 1,
                             Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

Ui::SourceEditDialog *TestSourcesSettingsPage::openEditor(qint64 id)
{
    m_page->select(ViewKey::source(id));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("editSourceButton")),
                      Qt::LeftButton);
    auto *dialog = TestSupport::waitForDialog<Ui::SourceEditDialog>(m_page);
    if (dialog == nullptr || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSourcesSettingsPage::treeListsFoldersAndSourcesWithoutSmartViews()
{
    QTreeView *tree = m_page->tree();
    QAbstractItemModel *model = tree->model();
    QCOMPARE(m_page->title(), QStringLiteral("Sources"));
    // The folder, then the source outside it; no smart views.
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Coast"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Fish Market"));
    const QModelIndex folder = model->index(0, 0);
    QCOMPARE(model->rowCount(folder), 2);
    QCOMPARE(model->index(0, 0, folder).data().toString(), QStringLiteral("Harbour Office"));
    QCOMPARE(model->index(1, 0, folder).data().toString(), QStringLiteral("Tide Tables"));
    QVERIFY(tree->isExpanded(folder));

    QVERIFY(!tree->accessibleName().isEmpty());
    for (const char *name : {"addSourceButton", "editSourceButton", "removeSourceButton",
                             "newFolderButton", "importOpmlButton", "exportOpmlButton"}) {
        auto *button = m_page->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->text().isEmpty() && !button->accessibleDescription().isEmpty(), name);
    }
    // Nothing selected: nothing to edit or remove.
    tree->setCurrentIndex({});
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("editSourceButton"))->isEnabled());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("removeSourceButton"))->isEnabled());
    m_page->select(ViewKey::folder(m_folder));
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("editSourceButton"))->isEnabled());
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("removeSourceButton"))->isEnabled());
}

void TestSourcesSettingsPage::errorShowsInTheTreeAndTheDetails()
{
    const QModelIndex harbour = proxyIndexOf(ViewKey::source(m_harbour));
    QVERIFY(harbour.isValid());
    QVERIFY(harbour.data(Qt::ToolTipRole).toString().contains(BrokenError));
    QVERIFY(harbour.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("failed")));
    QVERIFY(!proxyIndexOf(ViewKey::source(m_tides))
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QLatin1String("failed")));

    m_page->select(ViewKey::source(m_harbour));
    auto *error = m_page->findChild<QLabel *>(QStringLiteral("detailLastError"));
    QTRY_COMPARE(error->text(), BrokenError);
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("sourceDetails"))->isVisible());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("detailFeedUrl"))
                ->text()
                .contains(QLatin1String("http://127.0.0.1:9/harbour.xml")));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("detailSiteUrl"))
                ->text()
                .contains(QLatin1String("http://harbour.test/")));
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("detailLastFetch"))->text().isEmpty());
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("detailInterval"))->text(),
             QStringLiteral("As set under General"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("detailPaused"))->text(),
             QStringLiteral("No"));

    // A folder has no details.
    m_page->select(ViewKey::folder(m_folder));
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("sourceDetails"))->isVisible());
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("sourceDetailsHint"))->isVisible());
}

void TestSourcesSettingsPage::editStoresTitleIntervalPausedAndUserName()
{
    Ui::SourceEditDialog *dialog = openEditor(m_tides);
    QVERIFY(dialog);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("sourceTitle")),
             QStringLiteral("Tides and Currents"));
    auto *interval = dialog->findChild<QSpinBox *>(QStringLiteral("sourceInterval"));
    QCOMPARE(interval->text(), QStringLiteral("Use the default"));
    interval->setValue(45);
    auto *paused = dialog->findChild<QCheckBox *>(QStringLiteral("sourcePaused"));
    paused->setFocus();
    QTest::keyClick(paused, Qt::Key_Space);
    QVERIFY(paused->isChecked());
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("sourceUsername")),
             QStringLiteral("marta"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    QTRY_COMPARE(stored(m_tides).title, QStringLiteral("Tides and Currents"));
    const Storage::Source source = stored(m_tides);
    QCOMPARE(source.refreshIntervalSeconds, 45 * 60);
    QVERIFY(source.paused);
    QCOMPARE(source.username, QStringLiteral("marta"));
    QCOMPARE(source.feedUrl, QUrl(QStringLiteral("http://127.0.0.1:9/tides.xml")));
    // No password typed: the store was not asked.
    QCOMPARE(m_passwords->requestCount(), 0);
    // The window's tree and the details follow.
    QTRY_COMPARE(proxyIndexOf(ViewKey::source(m_tides)).data().toString(),
                 QStringLiteral("Tides and Currents"));
    // ("minute(s)" untranslated: the plural forms come from the English translation.)
    QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("detailInterval"))
                    ->text()
                    .startsWith(QLatin1String("Every 45 minute")));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("detailUsername"))->text(),
             QStringLiteral("marta"));

    // Back to the default interval.
    dialog = openEditor(m_tides);
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("sourceInterval"))->setValue(0);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE(stored(m_tides).refreshIntervalSeconds, 0);
}

void TestSourcesSettingsPage::passwordGoesToTheStoreOnly()
{
    Ui::SourceEditDialog *dialog = openEditor(m_market);
    QVERIFY(dialog);
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("sourcePassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(!password->isEnabled()); // no user name yet
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("sourceUsername")),
             QStringLiteral("stall7"));
    QVERIFY(password->isEnabled());
    typeInto(password, QStringLiteral("mackerel"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    QTRY_COMPARE(stored(m_market).username, QStringLiteral("stall7"));
    QCOMPARE(m_passwords->secrets().value(Secrets::sourcePasswordKey(m_market)),
             QStringLiteral("mackerel"));
    // Neither the database nor the settings file holds it.
    QSqlQuery query(m_library->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT * FROM sources")));
    while (query.next()) {
        for (int column = 0; column < query.record().count(); ++column)
            QVERIFY(!query.value(column).toString().contains(QLatin1String("mackerel")));
    }
    m_library->settings().sync();
    QFile settings(m_library->settings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains("mackerel"));

    // Clearing the user name removes the password too.
    dialog = openEditor(m_market);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("sourcePassword"))->placeholderText(),
             QStringLiteral("Unchanged"));
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("sourceUsername")), QString());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(stored(m_market).username.isEmpty());
    QVERIFY(!m_passwords->secrets().contains(Secrets::sourcePasswordKey(m_market)));
}

void TestSourcesSettingsPage::withoutAKeyringThePasswordIsRefusedAndTheDialogStaysOpen()
{
    m_passwords->setUnavailable(QStringLiteral("No keyring is available on this system."));
    Ui::SourceEditDialog *dialog = openEditor(m_market);
    QVERIFY(dialog);
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("sourceUsername")),
             QStringLiteral("stall7"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("sourcePassword"));
    typeInto(password, QStringLiteral("mackerel"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);

    auto *warning = dialog->findChild<QLabel *>(QStringLiteral("sourceKeyringWarning"));
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(
                 QLatin1String("No system keyring is available, so the password cannot be saved")),
             qPrintable(warning->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(m_passwords->secrets().isEmpty());
    m_worker->waitForIdle();
    QVERIFY(stored(m_market).username.isEmpty());

    // Without the password the other changes can be saved.
    typeInto(password, QString());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(stored(m_market).username, QStringLiteral("stall7"));
    QVERIFY(m_passwords->secrets().isEmpty());
}

void TestSourcesSettingsPage::deleteKeyAsksNamingTheSourceAndRemoves()
{
    QTreeView *tree = m_page->tree();
    m_page->select(ViewKey::source(m_market));
    tree->setFocus();

    QTest::keyClick(tree, Qt::Key_Delete);
    auto *box = TestSupport::waitForDialog<QMessageBox>(m_page);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("Fish Market")), qPrintable(box->text()));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    m_worker->waitForIdle();
    QCOMPARE(stored(m_market).id, m_market);

    m_page->select(ViewKey::source(m_market));
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("removeSourceButton")),
                      Qt::LeftButton);
    box = TestSupport::waitForDialog<QMessageBox>(m_page);
    QVERIFY(box);
    QAbstractButton *unsubscribe = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            unsubscribe = button;
    }
    QVERIFY(unsubscribe);
    QTest::mouseClick(unsubscribe, Qt::LeftButton);
    QTRY_VERIFY(!proxyIndexOf(ViewKey::source(m_market)).isValid());
    QCOMPARE(stored(m_market).id, 0);
    QCOMPARE(tree->model()->rowCount(), 1);
    // A source without a user name never touches the password store.
    QCOMPARE(m_passwords->requestCount(), 0);

    // Enter on a source opens the edit dialog.
    m_page->select(ViewKey::source(m_tides));
    QTest::keyClick(tree, Qt::Key_Return);
    Ui::SourceEditDialog *dialog = TestSupport::waitForDialog<Ui::SourceEditDialog>(m_page);
    QVERIFY(dialog);
    QCOMPARE(dialog->source().id, m_tides);
    dialog->reject();
}

void TestSourcesSettingsPage::removingASourceForgetsItsPassword()
{
    {
        Storage::SourceRepository sources(m_library->database().connection());
        QVERIFY(sources.setUsername(m_tides, QStringLiteral("marta")));
    }
    m_passwords->write(Secrets::sourcePasswordKey(m_tides), QStringLiteral("neap"));
    m_passwords->write(Secrets::sourcePasswordKey(m_harbour), QStringLiteral("spring"));
    QTRY_COMPARE(m_passwords->secrets().size(), 2);

    m_page->select(ViewKey::source(m_tides));
    m_page->removeCurrent();
    auto *box = TestSupport::waitForDialog<QMessageBox>(m_page);
    QVERIFY(box);
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QTRY_VERIFY(!m_passwords->secrets().contains(Secrets::sourcePasswordKey(m_tides)));
    QCOMPARE(m_passwords->secrets().value(Secrets::sourcePasswordKey(m_harbour)),
             QStringLiteral("spring"));
    QCOMPARE(stored(m_tides).id, 0);
}

void TestSourcesSettingsPage::newFolderAppearsInsideTheSelectedFolder()
{
    m_page->select(ViewKey::folder(m_folder));
    m_page->addFolder(QStringLiteral("  Lighthouses "));
    QTRY_VERIFY(m_page->currentKey().kind == ViewKey::Kind::Folder &&
                m_page->currentKey().id != m_folder);
    const qint64 id = m_page->currentKey().id;
    const auto folder = Storage::FolderRepository(m_library->database().connection()).find(id);
    QVERIFY(folder);
    QCOMPARE(folder->title, QStringLiteral("Lighthouses"));
    QCOMPARE(folder->parentId, m_folder);
    const QModelIndex index = proxyIndexOf(ViewKey::folder(id));
    QCOMPARE(index.data().toString(), QStringLiteral("Lighthouses"));
    QCOMPARE(index.parent().data().toString(), QStringLiteral("Coast"));

    // A blank name makes nothing.
    const int before =
        int(Storage::FolderRepository(m_library->database().connection()).all().size());
    m_page->addFolder(QStringLiteral("   "));
    m_worker->waitForIdle();
    QCOMPARE(int(Storage::FolderRepository(m_library->database().connection()).all().size()),
             before);
}

void TestSourcesSettingsPage::exportThenImportBringsARemovedSourceBack()
{
    const QString path = m_dir->filePath(QStringLiteral("subscriptions.opml"));
    // Export through the page's button; the file dialog is answered as a person would.
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("exportOpmlButton")),
                      Qt::LeftButton);
    auto *save = TestSupport::waitForDialog<QFileDialog>(m_window.get());
    QVERIFY(save);
    QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
    save->selectFile(path);
    static_cast<QDialog *>(save)->accept(); // QFileDialog's own is protected
    QTRY_VERIFY(QFile::exists(path));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray opml = written.readAll();
    QVERIFY(opml.contains("harbour.xml") && opml.contains("market.xml") && opml.contains("Coast"));

    {
        Storage::SourceRepository sources(m_library->database().connection());
        QVERIFY(sources.remove(m_harbour));
    }
    QSignalSpy imported(m_subscriptions, &Ui::SubscriptionController::libraryImported);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("importOpmlButton")),
                      Qt::LeftButton);
    auto *open = TestSupport::waitForDialog<QFileDialog>(m_window.get());
    QVERIFY(open);
    QCOMPARE(open->acceptMode(), QFileDialog::AcceptOpen);
    open->selectFile(path);
    static_cast<QDialog *>(open)->accept();
    QTRY_COMPARE(imported.size(), 1);
    QCOMPARE(imported.first().at(0).toInt(), 1);

    const auto back = Storage::SourceRepository(m_library->database().connection())
                          .findByFeedUrl(QUrl(QStringLiteral("http://127.0.0.1:9/harbour.xml")));
    QVERIFY(back);
    QCOMPARE(back->title, QStringLiteral("Harbour Office"));
    QCOMPARE(back->folderId, m_folder);
    QCOMPARE(Storage::SourceRepository(m_library->database().connection()).all().size(), 3);
}

void TestSourcesSettingsPage::settingsDialogHasTheSourcesPageAfterGeneral()
{
    const SourcesSettingsPage::Services services{m_worker, m_model, m_subscriptions, m_passwords};
    Ui::SettingsDialog dialog(m_library->settings(), nullptr, &services);
    auto *pages = dialog.findChild<QListWidget *>(QStringLiteral("settingsPageList"));
    QVERIFY(pages);
    QCOMPARE(pages->item(0)->text(), QStringLiteral("General"));
    QCOMPARE(pages->item(1)->text(), QStringLiteral("Sources"));
    auto *page = dialog.findChild<SourcesSettingsPage *>();
    QVERIFY(page);
    QVERIFY(!page->isDirty());
    QVERIFY(!dialog.isDirty());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("sourcesImmediateNote")));

    // Enter on a source edits it, and does not press the dialog's default button.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    pages->setCurrentRow(1);
    page->select(ViewKey::source(m_tides));
    page->tree()->setFocus();
    QTest::keyClick(page->tree(), Qt::Key_Return);
    auto *editor = TestSupport::waitForDialog<Ui::SourceEditDialog>(page);
    QVERIFY(editor);
    QCOMPARE(editor->source().id, m_tides);
    QVERIFY(dialog.isVisible());
    editor->reject();

    // Without the services there is no Sources page.
    Ui::SettingsDialog plain(m_library->settings());
    QVERIFY(!plain.findChild<SourcesSettingsPage *>());
}

QTEST_MAIN(TestSourcesSettingsPage)
#include "tst_sourcessettingspage.moc"
