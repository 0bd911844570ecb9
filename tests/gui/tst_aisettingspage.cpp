#include "ai/aisettings.h"
#include "base/settingskeys.h"
#include "httpserver.h"
#include "settingspagetest.h"
#include "ui/settings/aisettingspage.h"
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

#include <memory>

using TestSupport::child;
using TestSupport::click;
using TestSupport::HttpResponse;
using TestSupport::HttpServer;
using TestSupport::replaceText;

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

} // namespace

/// The AI Features page: off until turned on, the provider's controls, round trips, the API key
/// kept in the keyring and out of the settings file, and the model list and connection test against
/// a server on 127.0.0.1.
class TestAiSettingsPage final : public TestSupport::SettingsPageTest
{
    Q_OBJECT

private slots:
    void aiIsOffByDefault_data();
    void aiIsOffByDefault();
    void serverControlsFollowTheProvider();
    void aiRoundTrip();
    void apiKeyNeverReachesTheSettingsFile();
    void keyringFailureIsShownWhenTheKeyIsRead();
    void refreshModelsFillsTheModelList();
    void testConnectionSaysWhatHappened_data();
    void testConnectionSaysWhatHappened();
    void noRequestWhileAiIsOff();

private:
    [[nodiscard]] std::unique_ptr<Ui::AiSettingsPage> aiPage();
    void switchOnRemote(Ui::AiSettingsPage &page);
};

std::unique_ptr<Ui::AiSettingsPage> TestAiSettingsPage::aiPage()
{
    auto page = std::make_unique<Ui::AiSettingsPage>(*m_settings, nullptr, KeyringService);
    page->load();
    page->resize(640, 900);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("the page was not exposed");
    return page;
}

void TestAiSettingsPage::switchOnRemote(Ui::AiSettingsPage &page)
{
    auto *enabled = child<QCheckBox>(page, "aiEnabled");
    if (!enabled->isChecked())
        click(enabled);
    click(child<QRadioButton>(page, "providerRemote"));
    QVERIFY(child<QLineEdit>(page, "aiBaseUrl")->isEnabled());
}

void TestAiSettingsPage::aiIsOffByDefault_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"providerBuiltin", "providerRemote", "aiBaseUrl", "aiModel", "aiRefreshModels",
          "aiApiKey", "aiTestConnection", "aiTimeout", "aiTextBudget", "aiSummary", "aiKeyPoints",
          "aiTranslate", "aiLanguage", "aiBriefing"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAiSettingsPage::aiIsOffByDefault()
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

void TestAiSettingsPage::serverControlsFollowTheProvider()
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

void TestAiSettingsPage::aiRoundTrip()
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

void TestAiSettingsPage::apiKeyNeverReachesTheSettingsFile()
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

void TestAiSettingsPage::keyringFailureIsShownWhenTheKeyIsRead()
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

void TestAiSettingsPage::refreshModelsFillsTheModelList()
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

void TestAiSettingsPage::testConnectionSaysWhatHappened_data()
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

void TestAiSettingsPage::testConnectionSaysWhatHappened()
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

void TestAiSettingsPage::noRequestWhileAiIsOff()
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

QTEST_MAIN(TestAiSettingsPage)
#include "tst_aisettingspage.moc"
