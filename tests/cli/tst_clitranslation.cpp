#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

/// The command line speaks the person's language: from the environment's locale, or from the
/// interface/language setting of the profile, which wins.
class TestCliTranslation final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void messagesFollowTheLanguage_data();
    void messagesFollowTheLanguage();
    void commandHelpNamesTheCommand_data();
    void commandHelpNamesTheCommand();
    void feedMessagesFollowTheLanguage_data();
    void feedMessagesFollowTheLanguage();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QString &lang, const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_profile;
};

void TestCliTranslation::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
}

TestCliTranslation::Run TestCliTranslation::run(const QString &lang, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LANG"), lang);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TIDINGS_BINARY),
                  QStringList{QStringLiteral("--profile"), m_profile->path()} + arguments);
    Run result;
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliTranslation::messagesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("usageStart");
    QTest::addColumn<QString>("unknownCommand");

    QTest::newRow("english by default") << "C.UTF-8"
                                        << ""
                                        << "Usage: tidings"
                                        << "unknown command 'frobnicate'";
    QTest::newRow("german from the locale") << "de_DE.UTF-8"
                                            << ""
                                            << "Aufruf: tidings"
                                            << "unbekannter Befehl 'frobnicate'";
    QTest::newRow("russian from the locale") << "ru_RU.UTF-8"
                                             << ""
                                             << "Использование: tidings"
                                             << "неизвестная команда «frobnicate»";
    QTest::newRow("setting wins over the locale") << "de_DE.UTF-8"
                                                  << "fr"
                                                  << "Utilisation"
                                                  << "commande inconnue « frobnicate »";
    QTest::newRow("setting can ask for english") << "de_DE.UTF-8"
                                                 << "en"
                                                 << "Usage: tidings"
                                                 << "unknown command 'frobnicate'";
}

void TestCliTranslation::messagesFollowTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, setting);
    QFETCH(QString, usageStart);
    QFETCH(QString, unknownCommand);

    if (!setting.isEmpty()) {
        QSettings settings(m_profile->filePath(QStringLiteral("settings.ini")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("interface/language"), setting);
    }
    const Run help = run(lang, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(usageStart), qPrintable(help.out.left(80)));

    const Run unknown = run(lang, {QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(unknownCommand), qPrintable(unknown.err.left(80)));
}

void TestCliTranslation::commandHelpNamesTheCommand_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("english") << "C.UTF-8";
    QTest::newRow("german") << "de_DE.UTF-8";
    QTest::newRow("simplified chinese") << "zh_CN.UTF-8";
}

void TestCliTranslation::commandHelpNamesTheCommand()
{
    QFETCH(QString, lang);
    const Run help = run(lang, {QStringLiteral("info"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString firstLine = help.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.contains(QLatin1String("tidings info")), qPrintable(firstLine));
    QVERIFY2(!firstLine.contains(QLatin1String(TIDINGS_BINARY)), qPrintable(firstLine));
}

void TestCliTranslation::feedMessagesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("message");

    const QByteArray page = "<!DOCTYPE html><html><head><title>Harbour</title></head>"
                            "<body><p>Ferries</p></body></html>";
    const QByteArray mislabelled = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\">"
                                   "<channel><title>Caf\xe9</title></channel></rss>";
    QTest::newRow("parser error, english") << "C.UTF-8" << page << "not a feed: an HTML page";
    QTest::newRow("parser error, german") << "de_DE.UTF-8" << page << "kein Feed: eine HTML-Seite";
    QTest::newRow("encoding warning, english")
        << "C.UTF-8" << mislabelled
        << "The document is not valid UTF-8; it was read as windows-1252.";
    QTest::newRow("encoding warning, german")
        << "de_DE.UTF-8" << mislabelled
        << "Das Dokument ist kein gültiges UTF-8; es wurde als windows-1252 gelesen.";
}

// The feed engine's errors and warnings are shown next to a source: they are translated too.
void TestCliTranslation::feedMessagesFollowTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QByteArray, document);
    QFETCH(QString, message);
    QFile file(m_profile->filePath(QStringLiteral("document.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(document);
    file.close();

    const Run result = run(lang, {QStringLiteral("parse"), file.fileName()});
    QVERIFY2(result.out.contains(message) || result.err.contains(message),
             qPrintable(result.out + result.err));
}

QTEST_GUILESS_MAIN(TestCliTranslation)
#include "tst_clitranslation.moc"
