#include "ai/aisettings.h"
#include "base/settingskeys.h"
#include "httpserver.h"
#include "nokeyring.h"
#include "refresh/refreshsettings.h"
#include "ui/appearance.h"
#include "ui/settings/aisettingspage.h"
#include "ui/settings/appearancesettingspage.h"
#include "ui/settings/generalsettingspage.h"
#include "ui/settings/networksettingspage.h"
#include "ui/settings/readingsettingspage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/windowsettingskeys.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::HttpResponse;
using TestSupport::HttpServer;

Q_DECLARE_METATYPE(TestSupport::HttpResponse)

namespace {

const QString KeyringService = QStringLiteral("org.tidings.Tidings.Tests");
const QByteArray ModelsPath = "/v1/models";

QByteArray modelList(const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(QJsonObject{{QStringLiteral("id"), id}});
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                     {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (widget == nullptr)
        qFatal("no widget named %s", name);
    return widget;
}

void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
}

void replaceText(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSettingsPages final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void aiIsOffByDefault_data();
    void aiIsOffByDefault();
    void serverControlsFollowTheProvider();
    void aiRoundTrip();
    void cancelLeavesTheSettingsAlone();
    void okAndCancelCoverEveryPage_data();
    void okAndCancelCoverEveryPage();
    void apiKeyNeverReachesTheSettingsFile();
    void keyringFailureIsShownWhenTheKeyIsRead();
    void refreshModelsFillsTheModelList();
    void testConnectionSaysWhatHappened_data();
    void testConnectionSaysWhatHappened();
    void noRequestWhileAiIsOff();

    void generalRoundTrip();
    void themeIsSavedAndApplied_data();
    void themeIsSavedAndApplied();
    void generalZeroMeansNoLimit();

    void networkRoundTrip();
    void proxyHostOnlyForManual();

private:
    [[nodiscard]] std::unique_ptr<Ui::AiSettingsPage> aiPage();
    [[nodiscard]] QString settingsPath() const;
    void switchOnRemote(Ui::AiSettingsPage &page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestSettingsPages::init()
{
    QVERIFY(TestSupport::NoKeyringService);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

void TestSettingsPages::cleanup()
{
    // A proxy left behind would catch the next test's requests to 127.0.0.1.
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    m_settings.reset();
    m_dir.reset();
}

QString TestSettingsPages::settingsPath() const
{
    return m_dir->filePath(QStringLiteral("settings.ini"));
}

std::unique_ptr<Ui::AiSettingsPage> TestSettingsPages::aiPage()
{
    auto page = std::make_unique<Ui::AiSettingsPage>(*m_settings, nullptr, KeyringService);
    page->load();
    page->resize(640, 900);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("the page was not exposed");
    return page;
}

void TestSettingsPages::switchOnRemote(Ui::AiSettingsPage &page)
{
    auto *enabled = child<QCheckBox>(page, "aiEnabled");
    if (!enabled->isChecked())
        click(enabled);
    click(child<QRadioButton>(page, "providerRemote"));
    QVERIFY(child<QLineEdit>(page, "aiBaseUrl")->isEnabled());
}

void TestSettingsPages::aiIsOffByDefault_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"providerBuiltin", "providerRemote", "aiBaseUrl", "aiModel", "aiRefreshModels",
          "aiApiKey", "aiTestConnection", "aiTimeout", "aiTextBudget", "aiSummary", "aiKeyPoints",
          "aiTranslate", "aiLanguage", "aiBriefing"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSettingsPages::aiIsOffByDefault()
{
    QFETCH(QString, name);
    const auto page = aiPage();
    QVERIFY(!child<QCheckBox>(*page, "aiEnabled")->isChecked());
    QVERIFY(child<QCheckBox>(*page, "aiEnabled")->isEnabled());
    auto *widget = page->findChild<QWidget *>(name);
    QVERIFY(widget != nullptr);
    QVERIFY2(!widget->isEnabled(), qPrintable(name));
    QVERIFY(!page->isDirty());
    QCOMPARE(page->title(), QStringLiteral("AI Features"));

    // The words about what leaves the computer are there to read, also while off.
    auto *explanation = child<QLabel>(*page, "aiExplanation");
    QVERIFY(explanation->wordWrap());
    QVERIFY(explanation->isEnabled());
    QVERIFY(explanation->text().contains(QStringLiteral("nothing is sent anywhere")));
    QVERIFY(explanation->text().contains(QStringLiteral("title and text")));
    QVERIFY(!Ai::Settings::load(*m_settings).enabled);
}

void TestSettingsPages::serverControlsFollowTheProvider()
{
    const auto page = aiPage();
    click(child<QCheckBox>(*page, "aiEnabled"));
    QVERIFY(page->isDirty());
    QVERIFY(child<QRadioButton>(*page, "providerBuiltin")->isChecked());
    QVERIFY(child<QCheckBox>(*page, "aiSummary")->isEnabled());
    QVERIFY(child<QCheckBox>(*page, "aiBriefing")->isEnabled());
    // The built-in summarizer has no server and cannot translate.
    QVERIFY(!child<QLineEdit>(*page, "aiBaseUrl")->isEnabled());
    QVERIFY(!child<QPushButton>(*page, "aiTestConnection")->isEnabled());
    QVERIFY(!child<QCheckBox>(*page, "aiTranslate")->isEnabled());

    click(child<QRadioButton>(*page, "providerRemote"));
    QVERIFY(child<QLineEdit>(*page, "aiBaseUrl")->isEnabled());
    QVERIFY(child<QComboBox>(*page, "aiModel")->isEnabled());
    QVERIFY(child<QLineEdit>(*page, "aiApiKey")->isEnabled());
    QCOMPARE(child<QLineEdit>(*page, "aiApiKey")->echoMode(), QLineEdit::Password);
    QVERIFY(child<QPushButton>(*page, "aiTestConnection")->isEnabled());
    QVERIFY(child<QCheckBox>(*page, "aiTranslate")->isEnabled());
    QCOMPARE(child<QLineEdit>(*page, "aiBaseUrl")->placeholderText(),
             QStringLiteral("http://localhost:11434/v1"));
}

void TestSettingsPages::aiRoundTrip()
{
    {
        const auto page = aiPage();
        switchOnRemote(*page);
        replaceText(child<QLineEdit>(*page, "aiBaseUrl"),
                    QStringLiteral("http://127.0.0.1:8080/v1"));
        replaceText(child<QComboBox>(*page, "aiModel")->lineEdit(), QStringLiteral("harbour-7b"));
        replaceText(child<QSpinBox>(*page, "aiTimeout"), QStringLiteral("90"));
        replaceText(child<QSpinBox>(*page, "aiTextBudget"), QStringLiteral("4000"));
        click(child<QCheckBox>(*page, "aiKeyPoints"));
        click(child<QCheckBox>(*page, "aiBriefing"));
        auto *language = child<QComboBox>(*page, "aiLanguage");
        QVERIFY(language->currentData().toString().isEmpty());
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(page->isDirty());
        page->save();
        QVERIFY(!page->isDirty());
    }

    const Ai::Settings stored = Ai::Settings::load(*m_settings);
    QVERIFY(stored.enabled);
    QCOMPARE(stored.provider, Ai::Settings::ProviderKind::Remote);
    QCOMPARE(stored.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
    QCOMPARE(stored.model, QStringLiteral("harbour-7b"));
    QCOMPARE(stored.timeoutSeconds, 90);
    QCOMPARE(stored.textBudget, 4000);
    QCOMPARE(stored.targetLanguage, QStringLiteral("de"));
    QVERIFY(stored.summary);
    QVERIFY(!stored.keyPoints);
    QVERIFY(stored.translate);
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::AiFeatureBriefing)).toBool(), false);

    const auto again = aiPage();
    QVERIFY(child<QCheckBox>(*again, "aiEnabled")->isChecked());
    QVERIFY(child<QRadioButton>(*again, "providerRemote")->isChecked());
    QCOMPARE(child<QLineEdit>(*again, "aiBaseUrl")->text(),
             QStringLiteral("http://127.0.0.1:8080/v1"));
    QCOMPARE(child<QComboBox>(*again, "aiModel")->currentText(), QStringLiteral("harbour-7b"));
    QCOMPARE(child<QSpinBox>(*again, "aiTimeout")->value(), 90);
    QCOMPARE(child<QSpinBox>(*again, "aiTextBudget")->value(), 4000);
    QCOMPARE(child<QComboBox>(*again, "aiLanguage")->currentData().toString(),
             QStringLiteral("de"));
    QVERIFY(child<QCheckBox>(*again, "aiSummary")->isChecked());
    QVERIFY(!child<QCheckBox>(*again, "aiKeyPoints")->isChecked());
    QVERIFY(child<QCheckBox>(*again, "aiTranslate")->isChecked());
    QVERIFY(!child<QCheckBox>(*again, "aiBriefing")->isChecked());
    QVERIFY(!again->isDirty());
}

void TestSettingsPages::cancelLeavesTheSettingsAlone()
{
    m_settings->setValue(QLatin1String(SettingsKeys::NetworkTimeoutSeconds), 45);
    Ui::SettingsDialog dialog(*m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ai = dialog.findChild<Ui::AiSettingsPage *>();
    auto *network = dialog.findChild<Ui::NetworkSettingsPage *>();
    QVERIFY(ai != nullptr);
    QVERIFY(network != nullptr);
    QVERIFY(!dialog.isDirty());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Apply)->isEnabled());

    child<QCheckBox>(*ai, "aiEnabled")->click();
    child<QSpinBox>(*network, "networkTimeout")->setValue(12);
    QVERIFY(ai->isDirty());
    QVERIFY(network->isDirty());
    QVERIFY(buttons->button(QDialogButtonBox::Apply)->isEnabled());

    click(buttons->button(QDialogButtonBox::Cancel));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    m_settings->sync();
    QVERIFY(!m_settings->contains(QLatin1String(SettingsKeys::AiEnabled)));
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkTimeoutSeconds)).toInt(), 45);

    // Loading again shows the stored values and nothing is left to save.
    ai->load();
    network->load();
    QVERIFY(!child<QCheckBox>(*ai, "aiEnabled")->isChecked());
    QCOMPARE(child<QSpinBox>(*network, "networkTimeout")->value(), 45);
    QVERIFY(!ai->isDirty());
    QVERIFY(!network->isDirty());

    // Changing a value and back is no change.
    child<QCheckBox>(*ai, "aiEnabled")->click();
    child<QCheckBox>(*ai, "aiEnabled")->click();
    QVERIFY(!ai->isDirty());
}

void TestSettingsPages::okAndCancelCoverEveryPage_data()
{
    QTest::addColumn<QDialogButtonBox::StandardButton>("button");
    QTest::newRow("OK saves every page") << QDialogButtonBox::Ok;
    QTest::newRow("Apply saves every page") << QDialogButtonBox::Apply;
    QTest::newRow("Cancel saves none") << QDialogButtonBox::Cancel;
}

void TestSettingsPages::okAndCancelCoverEveryPage()
{
    QFETCH(QDialogButtonBox::StandardButton, button);
    Ui::SettingsDialog dialog(*m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *general = dialog.findChild<Ui::GeneralSettingsPage *>();
    auto *reading = dialog.findChild<Ui::ReadingSettingsPage *>();
    auto *appearance = dialog.findChild<Ui::AppearanceSettingsPage *>();
    auto *network = dialog.findChild<Ui::NetworkSettingsPage *>();
    QVERIFY(general && reading && appearance && network);

    child<QSpinBox>(*general, "retentionDays")->setValue(14);
    click(child<QCheckBox>(*reading, "loadRemoteImages"));
    child<QSpinBox>(*reading, "articleFontSize")->setValue(15);
    auto *theme = child<QComboBox>(*appearance, "theme");
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    child<QSpinBox>(*network, "networkTimeout")->setValue(20);
    QVERIFY(dialog.isDirty());
    click(dialog.findChild<QDialogButtonBox *>()->button(button));
    m_settings->sync();

    const bool saved = button != QDialogButtonBox::Cancel;
    QCOMPARE(m_settings->contains(QLatin1String(SettingsKeys::RetentionDays)), saved);
    QCOMPARE(m_settings->contains(QLatin1String(SettingsKeys::LoadRemoteImages)), saved);
    QCOMPARE(m_settings->contains(QLatin1String(SettingsKeys::Theme)), saved);
    QCOMPARE(m_settings->contains(QLatin1String(SettingsKeys::NetworkTimeoutSeconds)), saved);
    if (saved) {
        QCOMPARE(Refresh::retentionFrom(*m_settings).maxAgeDays, 14);
        QVERIFY(!m_settings->value(QLatin1String(SettingsKeys::LoadRemoteImages)).toBool());
        QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::ArticleFontPointSize)).toInt(), 15);
        QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::Theme)).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(Refresh::fetchOptionsFrom(*m_settings).timeoutMs, 20'000);
    }
    // After Apply the dialog stays open with nothing left to save.
    if (button == QDialogButtonBox::Apply)
        QVERIFY(!dialog.isDirty());
}

void TestSettingsPages::apiKeyNeverReachesTheSettingsFile()
{
    const QString key = QStringLiteral("sk-tidings-ferry-4821-secret");
    const auto page = aiPage();
    switchOnRemote(*page);
    auto *warning = child<QLabel>(*page, "aiKeyringWarning");
    // Switching AI on reads the key, and without a keyring that fails in words.
    QTRY_VERIFY(!warning->isHidden());
    const QString readProblem = warning->text();
    QVERIFY2(readProblem.contains(QStringLiteral("keyring")), qPrintable(readProblem));

    replaceText(child<QLineEdit>(*page, "aiApiKey"), key);
    QVERIFY(page->isDirty());
    page->save();
    m_settings->sync();
    QTRY_VERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QStringLiteral("cannot be kept")),
             qPrintable(warning->text()));
    // The key was not stored, so it is still a change to save.
    QVERIFY(page->isDirty());

    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("[ai]"), bytes.constData()); // the other AI settings are there
    QVERIFY(!bytes.contains(key.toUtf8()));
    QVERIFY(!bytes.contains("4821"));
    QVERIFY(Ai::Settings::load(*m_settings).enabled);
}

void TestSettingsPages::keyringFailureIsShownWhenTheKeyIsRead()
{
    {
        Ai::Settings on;
        on.enabled = true;
        on.save(*m_settings);
    }
    const auto page = aiPage();
    auto *warning = child<QLabel>(*page, "aiKeyringWarning");
    QTRY_VERIFY(!warning->isHidden());
    QVERIFY(!warning->text().isEmpty());
    QVERIFY(child<QLineEdit>(*page, "aiApiKey")->text().isEmpty());
    QVERIFY(!page->isDirty());
}

void TestSettingsPages::refreshModelsFillsTheModelList()
{
    HttpServer server;
    QVERIFY(server.listen());
    server.route(ModelsPath, HttpResponse::ok(modelList({QStringLiteral("ferry-3b"),
                                                         QStringLiteral("harbour-7b")}),
                                              "application/json"));
    const auto page = aiPage();
    switchOnRemote(*page);
    replaceText(child<QLineEdit>(*page, "aiBaseUrl"), server.url(QStringLiteral("/v1")).toString());
    auto *model = child<QComboBox>(*page, "aiModel");
    replaceText(model->lineEdit(), QStringLiteral("harbour-7b"));

    click(child<QPushButton>(*page, "aiRefreshModels"));
    QTRY_COMPARE(model->count(), 2);
    QCOMPARE(model->itemText(0), QStringLiteral("ferry-3b"));
    QCOMPARE(model->itemText(1), QStringLiteral("harbour-7b"));
    // What the person had chosen stays chosen.
    QCOMPARE(model->currentText(), QStringLiteral("harbour-7b"));
    auto *status = child<QLabel>(*page, "aiServerStatus");
    QTRY_COMPARE(status->text(), QStringLiteral("The server offers 2 model(s)."));
    QCOMPARE(server.requestsFor(ModelsPath).size(), 1);
    QCOMPARE(server.requestsFor(ModelsPath).constFirst().method, QByteArray("GET"));
}

void TestSettingsPages::testConnectionSaysWhatHappened_data()
{
    QTest::addColumn<HttpResponse>("response");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("expected");

    const HttpResponse two = HttpResponse::ok(
        modelList({QStringLiteral("ferry-3b"), QStringLiteral("harbour-7b")}), "application/json");
    QTest::newRow("the model is offered")
        << two << QStringLiteral("ferry-3b")
        << QStringLiteral("Connected to 127.0.0.1. It offers 2 model(s), “ferry-3b” among them.");
    QTest::newRow("the model is missing")
        << two << QStringLiteral("island-1b")
        << QStringLiteral("Connected to 127.0.0.1, but it does not offer the model “island-1b”");
    QTest::newRow("the key is refused")
        << HttpResponse::withStatus(401, R"({"error":{"message":"bad key"}})")
        << QStringLiteral("ferry-3b") << QStringLiteral("The server refused the API key");
    QTest::newRow("not a model list")
        << HttpResponse::ok("<html>hello</html>", "text/html") << QStringLiteral("ferry-3b")
        << QStringLiteral("could not be read");
}

void TestSettingsPages::testConnectionSaysWhatHappened()
{
    QFETCH(HttpResponse, response);
    QFETCH(QString, model);
    QFETCH(QString, expected);

    HttpServer server;
    QVERIFY(server.listen());
    server.route(ModelsPath, response);
    const auto page = aiPage();
    switchOnRemote(*page);
    replaceText(child<QLineEdit>(*page, "aiBaseUrl"), server.url(QStringLiteral("/v1")).toString());
    replaceText(child<QComboBox>(*page, "aiModel")->lineEdit(), model);
    replaceText(child<QLineEdit>(*page, "aiApiKey"), QStringLiteral("sk-test-key"));

    auto *status = child<QLabel>(*page, "aiServerStatus");
    click(child<QPushButton>(*page, "aiTestConnection"));
    QTRY_VERIFY2(status->text().contains(expected), qPrintable(status->text()));
    const QList<TestSupport::HttpRequest> requests = server.requestsFor(ModelsPath);
    QCOMPARE(requests.size(), 1);
    // The key typed on the page is the one tried, before it is saved anywhere.
    QCOMPARE(requests.constFirst().header("Authorization"), QByteArray("Bearer sk-test-key"));
}

void TestSettingsPages::noRequestWhileAiIsOff()
{
    HttpServer server;
    QVERIFY(server.listen());
    server.route(ModelsPath,
                 HttpResponse::ok(modelList({QStringLiteral("ferry-3b")}), "application/json"));
    Ai::Settings off;
    off.enabled = false;
    off.provider = Ai::Settings::ProviderKind::Remote;
    off.baseUrl = server.url(QStringLiteral("/v1"));
    off.model = QStringLiteral("ferry-3b");
    off.save(*m_settings);

    const auto page = aiPage();
    auto *refresh = child<QPushButton>(*page, "aiRefreshModels");
    auto *test = child<QPushButton>(*page, "aiTestConnection");
    QVERIFY(!refresh->isEnabled());
    QVERIFY(!test->isEnabled());
    click(refresh);
    click(test);
    page->save();

    // Switched on, one press makes exactly one request: nothing was sent before it.
    click(child<QCheckBox>(*page, "aiEnabled"));
    click(test);
    auto *status = child<QLabel>(*page, "aiServerStatus");
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Connected")),
                 qPrintable(status->text()));
    QCOMPARE(server.requests().size(), 1);
}

void TestSettingsPages::generalRoundTrip()
{
    {
        Ui::GeneralSettingsPage page(*m_settings);
        page.load();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.title(), QStringLiteral("General"));
        QCOMPARE(child<QSpinBox>(page, "refreshInterval")->value(), 30);
        QCOMPARE(child<QSpinBox>(page, "markReadDelay")->value(), 0);
        QCOMPARE(child<QSpinBox>(page, "retentionDays")->value(), 90);
        QCOMPARE(child<QSpinBox>(page, "perSourceCap")->value(), 1000);
        QVERIFY(!child<QCheckBox>(page, "keepInTray")->isChecked());
        QVERIFY(child<QCheckBox>(page, "notify")->isChecked());
        QVERIFY(!page.isDirty());

        replaceText(child<QSpinBox>(page, "refreshInterval"), QStringLiteral("45"));
        replaceText(child<QSpinBox>(page, "markReadDelay"), QStringLiteral("3"));
        replaceText(child<QSpinBox>(page, "retentionDays"), QStringLiteral("30"));
        replaceText(child<QSpinBox>(page, "perSourceCap"), QStringLiteral("250"));
        click(child<QCheckBox>(page, "keepInTray"));
        click(child<QCheckBox>(page, "notify"));
        QVERIFY(page.isDirty());
        page.save();
        QVERIFY(!page.isDirty());
    }
    m_settings->sync();
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::RefreshIntervalMinutes)).toInt(), 45);
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::MarkReadDelaySeconds)).toInt(), 3);
    QVERIFY(m_settings->value(QLatin1String(SettingsKeys::KeepInTray)).toBool());
    QVERIFY(!m_settings->value(QLatin1String(SettingsKeys::Notify)).toBool());
    // What the refresh will use, read through the same function.
    const Storage::RetentionPolicy retention = Refresh::retentionFrom(*m_settings);
    QCOMPARE(retention.maxAgeDays, 30);
    QCOMPARE(retention.perSourceCap, 250);
    QCOMPARE(Refresh::scheduleFrom(*m_settings).intervalSeconds(0, 0), 45 * 60);

    Ui::GeneralSettingsPage again(*m_settings);
    again.load();
    QCOMPARE(child<QSpinBox>(again, "refreshInterval")->value(), 45);
    QCOMPARE(child<QSpinBox>(again, "retentionDays")->value(), 30);
    QCOMPARE(child<QSpinBox>(again, "perSourceCap")->value(), 250);
    QVERIFY(child<QCheckBox>(again, "keepInTray")->isChecked());
    QVERIFY(!again.isDirty());
}

void TestSettingsPages::themeIsSavedAndApplied_data()
{
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("expectedWindowLightness"); // -1: the desktop's own palette

    QTest::newRow("same as the system") << 0 << QStringLiteral("system") << -1;
    QTest::newRow("light") << 1 << QStringLiteral("light") << 200;
    QTest::newRow("dark") << 2 << QStringLiteral("dark") << 60;
}

void TestSettingsPages::themeIsSavedAndApplied()
{
    QFETCH(int, downPresses);
    QFETCH(QString, stored);
    QFETCH(int, expectedWindowLightness);
    // The first apply() remembers the desktop's palette, as the window does at start.
    Ui::Appearance::apply(*m_settings);
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);

    Ui::AppearanceSettingsPage page(*m_settings);
    page.load();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *theme = child<QComboBox>(page, "theme");
    QCOMPARE(theme->currentData().toString(), QStringLiteral("system"));
    theme->setFocus();
    for (int i = 0; i < downPresses; ++i)
        QTest::keyClick(theme, Qt::Key_Down);
    QCOMPARE(page.isDirty(), downPresses > 0);
    page.save();
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::Theme)).toString(), stored);

    Ui::Appearance::apply(*m_settings);
    const QPalette palette = QApplication::palette();
    const int lightness = palette.color(QPalette::Window).lightness();
    if (expectedWindowLightness < 0)
        QCOMPARE(palette.color(QPalette::Window), systemWindow);
    else
        QVERIFY2(qAbs(lightness - expectedWindowLightness) < 60,
                 qPrintable(QString::number(lightness)));
    // The accent stays whatever the theme, and the reading page follows the palette.
    QCOMPARE(palette.color(QPalette::Active, QPalette::Highlight),
             Ui::Appearance::accentColor(*m_settings));
    const Pages::ArticlePageStyle style = Ui::Appearance::articlePageStyle(*m_settings);
    QCOMPARE(style.background, palette.color(QPalette::Base));
    QCOMPARE(style.text, palette.color(QPalette::Text));

    m_settings->remove(QLatin1String(SettingsKeys::Theme));
    Ui::Appearance::apply(*m_settings);
}

void TestSettingsPages::generalZeroMeansNoLimit()
{
    Ui::GeneralSettingsPage page(*m_settings);
    page.load();
    auto *days = child<QSpinBox>(page, "retentionDays");
    auto *cap = child<QSpinBox>(page, "perSourceCap");
    days->setValue(0);
    cap->setValue(0);
    QCOMPARE(days->text(), QStringLiteral("Forever"));
    QCOMPARE(cap->text(), QStringLiteral("No limit"));
    page.save();
    const Storage::RetentionPolicy retention = Refresh::retentionFrom(*m_settings);
    QCOMPARE(retention.maxAgeDays, 0);
    QCOMPARE(retention.perSourceCap, 0);
}

void TestSettingsPages::networkRoundTrip()
{
    {
        Ui::NetworkSettingsPage page(*m_settings);
        page.load();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.title(), QStringLiteral("Network"));
        auto *mode = child<QComboBox>(page, "proxyMode");
        QCOMPARE(mode->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(child<QSpinBox>(page, "networkTimeout")->value(), 30);
        QVERIFY(child<QLineEdit>(page, "userAgent")->text().isEmpty());
        QVERIFY(!child<QLineEdit>(page, "userAgent")->placeholderText().isEmpty());
        QVERIFY(!page.isDirty());

        mode->setFocus();
        mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
        replaceText(child<QLineEdit>(page, "proxyHost"), QStringLiteral("proxy.harbour.test"));
        replaceText(child<QSpinBox>(page, "proxyPort"), QStringLiteral("3128"));
        replaceText(child<QSpinBox>(page, "networkTimeout"), QStringLiteral("75"));
        replaceText(child<QLineEdit>(page, "userAgent"), QStringLiteral("FerryReader/2.0"));
        QVERIFY(page.isDirty());
        page.save();
        QVERIFY(!page.isDirty());
    }
    m_settings->sync();
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkProxyMode)).toString(),
             QStringLiteral("manual"));
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkProxyHost)).toString(),
             QStringLiteral("proxy.harbour.test"));
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkProxyPort)).toInt(), 3128);
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkTimeoutSeconds)).toInt(), 75);
    QCOMPARE(m_settings->value(QLatin1String(SettingsKeys::NetworkUserAgent)).toString(),
             QStringLiteral("FerryReader/2.0"));

    Ui::NetworkSettingsPage again(*m_settings);
    again.load();
    QCOMPARE(child<QComboBox>(again, "proxyMode")->currentData().toString(),
             QStringLiteral("manual"));
    QCOMPARE(child<QLineEdit>(again, "proxyHost")->text(), QStringLiteral("proxy.harbour.test"));
    QCOMPARE(child<QSpinBox>(again, "proxyPort")->value(), 3128);
    QCOMPARE(child<QSpinBox>(again, "networkTimeout")->value(), 75);
    QCOMPARE(child<QLineEdit>(again, "userAgent")->text(), QStringLiteral("FerryReader/2.0"));
    QVERIFY(!again.isDirty());
}

void TestSettingsPages::proxyHostOnlyForManual()
{
    Ui::NetworkSettingsPage page(*m_settings);
    page.load();
    auto *mode = child<QComboBox>(page, "proxyMode");
    auto *host = child<QLineEdit>(page, "proxyHost");
    auto *port = child<QSpinBox>(page, "proxyPort");
    QVERIFY(!host->isEnabled());
    QVERIFY(!port->isEnabled());
    mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
    QVERIFY(host->isEnabled());
    QVERIFY(port->isEnabled());
    mode->setCurrentIndex(mode->findData(QStringLiteral("none")));
    QVERIFY(!host->isEnabled());
    QVERIFY(page.isDirty());
}

QTEST_MAIN(TestSettingsPages)
#include "tst_settingspages.moc"
