#include "base/settingskeys.h"
#include "i18n/translations.h"
#include "openlibrary.h"
#include "storage/library.h"
#include "ui/mainwindow.h"
#include "ui/settings/generalsettingspage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Ui::MainWindow;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TIDINGS_TEST_DATA_DIR "/open/") + QLatin1String(name);
}

// Reads the text of the next modal message box and closes it with Cancel.
void readAndCancelNextMessageBox(QString *text)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            *text = box->text();
            box->button(QMessageBox::Cancel)->click();
        }
    });
    poll->start(20);
}

} // namespace

/// The German translation is complete enough to be used: it is found through the same code path
/// as at start-up, the window's menus are German, and plural forms follow the count.
class TestTranslation final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void cleanup();
    void menusAreGerman();
    void pluralFollowsTheCount_data();
    void pluralFollowsTheCount();
    void importQuestionUsesThePlural_data();
    void importQuestionUsesThePlural();
    void numbersFollowTheLocale();
    void configuredLanguage_data();
    void configuredLanguage();
    void settingsPageStoresTheLanguage();

private:
    std::unique_ptr<Storage::Library> openLibrary();

    QTemporaryDir m_dir;
};

void TestTranslation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(I18n::install(*QCoreApplication::instance(), QLocale(QStringLiteral("de_DE"))));
}

void TestTranslation::cleanup()
{
    QSettings(Storage::Profile(m_dir.path()).settingsPath(), QSettings::IniFormat).clear();
}

std::unique_ptr<Storage::Library> TestTranslation::openLibrary()
{
    return TestSupport::openLibrary(m_dir.path());
}

void TestTranslation::menusAreGerman()
{
    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    QCOMPARE(titles, (QStringList{"&Datei", "&Ansicht", "A&rtikel", "&Einstellungen", "&Hilfe"}));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("quitAction"))->text(),
             QStringLiteral("&Beenden"));
}

void TestTranslation::pluralFollowsTheCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one source") << 1 << "1 Quelle aus „%1“ importieren?";
    QTest::newRow("three sources") << 3 << "3 Quellen aus „%1“ importieren?";
    QTest::newRow("no sources") << 0 << "0 Quellen aus „%1“ importieren?";
}

void TestTranslation::pluralFollowsTheCount()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QCOMPARE(QCoreApplication::translate("Ui::MainWindow", "Import %n source(s) from “%1”?",
                                         nullptr, count),
             expected);
}

void TestTranslation::importQuestionUsesThePlural_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("question");

    QTest::newRow("singular") << "single.opml"
                              << "1 Quelle aus „single.opml“ importieren?";
    QTest::newRow("plural") << "evening.opml"
                            << "3 Quellen aus „evening.opml“ importieren?";
}

void TestTranslation::importQuestionUsesThePlural()
{
    QFETCH(QString, file);
    QFETCH(QString, question);

    auto library = openLibrary();
    QVERIFY(library);
    MainWindow window(*library);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString shown;
    readAndCancelNextMessageBox(&shown);
    window.openTargets({fixture(file.toUtf8().constData())});
    QTRY_COMPARE(shown, question);
}

void TestTranslation::numbersFollowTheLocale()
{
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
}

void TestTranslation::configuredLanguage_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("language");

    QTest::newRow("absent means the system's") << QVariant() << "";
    QTest::newRow("german") << QVariant("de") << "de";
    QTest::newRow("simplified chinese") << QVariant("zh_CN") << "zh_CN";
    QTest::newRow("untranslated language is ignored") << QVariant("xx") << "";
}

void TestTranslation::configuredLanguage()
{
    QFETCH(QVariant, stored);
    QFETCH(QString, language);

    QSettings settings(Storage::Profile(m_dir.path()).settingsPath(), QSettings::IniFormat);
    if (stored.isValid())
        settings.setValue(QLatin1String(SettingsKeys::InterfaceLanguage), stored);
    QCOMPARE(I18n::configuredLanguage(settings), language);
}

void TestTranslation::settingsPageStoresTheLanguage()
{
    const QString path = Storage::Profile(m_dir.path()).settingsPath();
    QSettings settings(path, QSettings::IniFormat);
    Ui::GeneralSettingsPage page(settings);
    page.load();
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(combo->itemText(0), QStringLiteral("Systemstandard"));
    QVERIFY(!page.isDirty());

    combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
    QCOMPARE(combo->currentText(), QStringLiteral("Français"));
    QVERIFY(page.isDirty());
    page.save();
    settings.sync();
    QVERIFY(!page.isDirty());
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("interface/language")),
             QVariant(QStringLiteral("fr")));

    combo->setCurrentIndex(0);
    page.save();
    settings.sync();
    QVERIFY(!QSettings(path, QSettings::IniFormat).contains(QStringLiteral("interface/language")));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
