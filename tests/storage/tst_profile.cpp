#include "storage/library.h"
#include "storage/profile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Storage::Library;
using Storage::Profile;

class TestProfile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void resolveDirectory_data();
    void resolveDirectory();
    void prepareCreatesMissingFolders();
    void prepareRefusesUnusableFolders_data();
    void prepareRefusesUnusableFolders();
    void filesLiveInsideTheProfile();
    void settingsAreAnIniFileInTheProfile();
    void libraryOpensInTheProfile();
    void libraryReportsAnUnusableProfile();

private:
    QTemporaryDir m_dir;
};

void TestProfile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setApplicationName(QStringLiteral("tidings-test"));
}

void TestProfile::cleanup()
{
    qunsetenv(Profile::EnvironmentVariable);
}

void TestProfile::resolveDirectory_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("expected");

    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QTest::newRow("command line wins over the environment") << "/tmp/from-cli"
                                                            << "/tmp/from-env"
                                                            << "/tmp/from-cli";
    QTest::newRow("environment when no command line") << ""
                                                      << "/tmp/from-env"
                                                      << "/tmp/from-env";
    QTest::newRow("platform data folder by default") << ""
                                                     << "" << fallback;
    QTest::newRow("relative paths become absolute")
        << "rel/profile"
        << "" << QDir::current().absoluteFilePath(QStringLiteral("rel/profile"));
}

void TestProfile::resolveDirectory()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, environment);
    QFETCH(QString, expected);
    if (!environment.isEmpty())
        qputenv(Profile::EnvironmentVariable, environment.toLocal8Bit());
    QCOMPARE(Profile::resolveDirectory(commandLine), expected);
}

void TestProfile::prepareCreatesMissingFolders()
{
    const Profile profile(m_dir.filePath(QStringLiteral("a/b/c")));
    QString error;
    QVERIFY2(profile.prepare(&error), qPrintable(error));
    QVERIFY(QFileInfo(profile.directory()).isDir());
    QVERIFY(error.isEmpty());
    // The write probe leaves nothing behind.
    QCOMPARE(
        QDir(profile.directory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList());
}

void TestProfile::prepareRefusesUnusableFolders_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("expectedWording");

    QTest::newRow("the profile path is a file") << "blocker"
                                                << "is a file";
    QTest::newRow("a parent is a file") << "blocker/profile"
                                        << "Cannot create";
}

void TestProfile::prepareRefusesUnusableFolders()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, expectedWording);
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const Profile profile(m_dir.filePath(relativePath));
    QString error;
    QVERIFY(!profile.prepare(&error));
    QVERIFY2(error.contains(expectedWording), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(profile.directory())), qPrintable(error));
}

void TestProfile::filesLiveInsideTheProfile()
{
    const Profile profile(m_dir.filePath(QStringLiteral("p")));
    QCOMPARE(QFileInfo(profile.databasePath()).absolutePath(), profile.directory());
    QCOMPARE(QFileInfo(profile.settingsPath()).absolutePath(), profile.directory());
    QCOMPARE(profile.filePath(QStringLiteral("icons")),
             profile.directory() + QStringLiteral("/icons"));
}

void TestProfile::settingsAreAnIniFileInTheProfile()
{
    const Profile profile(m_dir.filePath(QStringLiteral("settings-profile")));
    QString error;
    QVERIFY(profile.prepare(&error));
    {
        const auto settings = profile.openSettings();
        QCOMPARE(settings->format(), QSettings::IniFormat);
        settings->setValue(QStringLiteral("reading/answer"), 42);
    }
    QFile file(profile.settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(ini.contains("[reading]"));
    QVERIFY(ini.contains("answer=42"));
}

void TestProfile::libraryOpensInTheProfile()
{
    const Profile profile(m_dir.filePath(QStringLiteral("library-profile")));
    QString error;
    const auto library = Library::open(profile, &error);
    QVERIFY2(library, qPrintable(error));
    QVERIFY(QFile::exists(profile.databasePath()));
    QVERIFY(library->database().connection().isOpen());
    QCOMPARE(library->settings().fileName(), profile.settingsPath());
}

void TestProfile::libraryReportsAnUnusableProfile()
{
    QFile blocker(m_dir.filePath(QStringLiteral("file-not-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!Library::open(Profile(blocker.fileName() + QStringLiteral("/profile")), &error));
    QVERIFY(error.contains(blocker.fileName()));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
