#include "ui/settings/aisettingspage.h"

#include "ai/aisettings.h"
#include "ai/openaiprovider.h"
#include "base/settingskeys.h"
#include "secrets/keyring.h"
#include "ui/appearance.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ui {

namespace {

// Languages offered for translation, besides the interface's own; a stored code that is not
// among them is added to the list as it is.
constexpr const char *TranslationLanguages[] = {"en", "de", "fr", "es", "it",
                                                "pt", "nl", "pl", "ja", "zh"};

bool sameSettings(const Ai::Settings &a, const Ai::Settings &b)
{
    return a.enabled == b.enabled && a.provider == b.provider && a.baseUrl == b.baseUrl &&
           a.model == b.model && a.timeoutSeconds == b.timeoutSeconds &&
           a.textBudget == b.textBudget && a.targetLanguage == b.targetLanguage &&
           a.summary == b.summary && a.keyPoints == b.keyPoints && a.translate == b.translate;
}

bool storedBriefing(const QSettings &settings)
{
    return settings
        .value(QLatin1String(SettingsKeys::AiFeatureBriefing), SettingsKeys::AiFeatureDefault)
        .toBool();
}

QString apiKeyName()
{
    return QLatin1String(SettingsKeys::AiApiKeyKeyringKey);
}

} // namespace

AiSettingsPage::AiSettingsPage(QSettings &settings, QWidget *parent, const QString &keyringService)
    : SettingsFilePage(settings, parent), m_keyringService(keyringService)
{
    auto *content = new QWidget;

    m_enabled = new QCheckBox(tr("Use AI features"), content);
    m_enabled->setObjectName(QStringLiteral("aiEnabled"));

    m_explanation = new QLabel(
        tr("<p><b>Summary</b> shortens an article to a few sentences, <b>Key points</b> lists "
           "its main facts, <b>Translate</b> puts it into another language and the <b>Daily "
           "briefing</b> groups today's articles into stories and sums each up.</p>"
           "<p>With <b>On this computer</b> the work is done here and nothing is sent anywhere. "
           "With <b>OpenAI-compatible server</b> the article's title and text (up to the text "
           "budget below) are sent to the server at the address you give, along with the API "
           "key. Nothing is sent until you ask for a summary, key points, a translation or a "
           "briefing.</p>"),
        content);
    m_explanation->setObjectName(QStringLiteral("aiExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);

    m_providerBox = new QGroupBox(tr("Where the work is done"), content);
    m_builtin =
        new QRadioButton(tr("On this computer (summary and key points only)"), m_providerBox);
    m_builtin->setObjectName(QStringLiteral("providerBuiltin"));
    m_remote = new QRadioButton(tr("OpenAI-compatible server"), m_providerBox);
    m_remote->setObjectName(QStringLiteral("providerRemote"));
    m_providerGroup = new QButtonGroup(this);
    m_providerGroup->addButton(m_builtin);
    m_providerGroup->addButton(m_remote);
    auto *providerLayout = new QVBoxLayout(m_providerBox);
    providerLayout->addWidget(m_builtin);
    providerLayout->addWidget(m_remote);

    m_serverBox = new QGroupBox(tr("Server"), content);
    m_baseUrl = new QLineEdit(m_serverBox);
    m_baseUrl->setObjectName(QStringLiteral("aiBaseUrl"));
    m_baseUrl->setPlaceholderText(QLatin1String(SettingsKeys::AiBaseUrlDefault));
    m_model = new QComboBox(m_serverBox);
    m_model->setObjectName(QStringLiteral("aiModel"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // In a row of its own, the form's label is no buddy: the name is given.
    m_model->setAccessibleName(tr("Model"));
    m_model->lineEdit()->setAccessibleName(tr("Model"));
    m_refreshModels = new QPushButton(tr("Refresh models"), m_serverBox);
    m_refreshModels->setObjectName(QStringLiteral("aiRefreshModels"));
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_refreshModels);

    m_apiKey = new QLineEdit(m_serverBox);
    m_apiKey->setObjectName(QStringLiteral("aiApiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Not needed by most local servers"));
    m_apiKey->setToolTip(tr("Kept in the system keyring, never in the settings file."));
    m_keyringWarning = new QLabel(m_serverBox);
    m_keyringWarning->setObjectName(QStringLiteral("aiKeyringWarning"));
    m_keyringWarning->setWordWrap(true);
    m_keyringWarning->setStyleSheet(Appearance::errorTextStyle(palette()));
    m_keyringWarning->hide();

    m_testConnection = new QPushButton(tr("Test connection"), m_serverBox);
    m_testConnection->setObjectName(QStringLiteral("aiTestConnection"));
    m_serverStatus = new QLabel(m_serverBox);
    m_serverStatus->setObjectName(QStringLiteral("aiServerStatus"));
    m_serverStatus->setWordWrap(true);
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testConnection);
    testRow->addWidget(m_serverStatus, 1);

    m_timeout = new QSpinBox(m_serverBox);
    m_timeout->setObjectName(QStringLiteral("aiTimeout"));
    m_timeout->setRange(5, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A server that sends nothing for this long is given up."));
    m_textBudget = new QSpinBox(m_serverBox);
    m_textBudget->setObjectName(QStringLiteral("aiTextBudget"));
    m_textBudget->setRange(500, 1'000'000);
    m_textBudget->setSingleStep(1000);
    m_textBudget->setSuffix(tr(" characters"));
    m_textBudget->setToolTip(tr("Longer articles are cut to this many characters before they "
                                "are sent."));

    auto *serverLayout = new QFormLayout(m_serverBox);
    serverLayout->addRow(tr("Address"), m_baseUrl);
    serverLayout->addRow(tr("Model"), modelRow);
    serverLayout->addRow(tr("API key"), m_apiKey);
    serverLayout->addRow(m_keyringWarning);
    serverLayout->addRow(testRow);
    serverLayout->addRow(tr("Give up after"), m_timeout);
    serverLayout->addRow(tr("Send at most"), m_textBudget);

    m_featureBox = new QGroupBox(tr("Features"), content);
    m_summary = new QCheckBox(tr("Summary"), m_featureBox);
    m_summary->setObjectName(QStringLiteral("aiSummary"));
    m_keyPoints = new QCheckBox(tr("Key points"), m_featureBox);
    m_keyPoints->setObjectName(QStringLiteral("aiKeyPoints"));
    m_translate = new QCheckBox(tr("Translate to"), m_featureBox);
    m_translate->setObjectName(QStringLiteral("aiTranslate"));
    m_language = new QComboBox(m_featureBox);
    m_language->setObjectName(QStringLiteral("aiLanguage"));
    m_language->setAccessibleName(tr("Translation language"));
    m_language->addItem(tr("The interface language"), QString());
    for (const char *code : TranslationLanguages) {
        const QLocale locale(QLatin1String{code});
        m_language->addItem(
            QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(),
                                          QLocale::languageToString(locale.language())),
            QLatin1String(code));
    }
    m_briefing = new QCheckBox(tr("Daily briefing"), m_featureBox);
    m_briefing->setObjectName(QStringLiteral("aiBriefing"));
    auto *translateRow = new QHBoxLayout;
    translateRow->addWidget(m_translate);
    translateRow->addWidget(m_language, 1);
    auto *featureLayout = new QVBoxLayout(m_featureBox);
    featureLayout->addWidget(m_summary);
    featureLayout->addWidget(m_keyPoints);
    featureLayout->addLayout(translateRow);
    featureLayout->addWidget(m_briefing);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_enabled);
    contentLayout->addWidget(m_explanation);
    contentLayout->addWidget(m_providerBox);
    contentLayout->addWidget(m_serverBox);
    contentLayout->addWidget(m_featureBox);
    contentLayout->addStretch(1);

    // The page is taller than the dialog.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_keyring = makeKeyring(this);
    connect(m_keyring, &Secrets::Keyring::secretRead, this,
            [this](const QString &, const QString &secret) {
                // Whatever the person typed meanwhile wins.
                if (m_apiKey->text().trimmed() == m_storedApiKey)
                    m_apiKey->setText(secret);
                m_storedApiKey = secret;
                emit changed();
            });
    connect(m_keyring, &Secrets::Keyring::failed, this,
            [this](const QString &, const QString &message) { showKeyringProblem(message); });

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            readApiKey();
        updateEnabled();
        emit changed();
    });
    connect(m_remote, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_translate, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsPage::changed);
    connect(m_model, &QComboBox::currentTextChanged, this, &SettingsPage::changed);
    connect(m_apiKey, &QLineEdit::textChanged, this, &SettingsPage::changed);
    connect(m_timeout, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_textBudget, &QSpinBox::valueChanged, this, &SettingsPage::changed);
    connect(m_summary, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_keyPoints, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
    connect(m_briefing, &QCheckBox::toggled, this, &SettingsPage::changed);
    connect(m_refreshModels, &QPushButton::clicked, this, &AiSettingsPage::refreshModels);
    connect(m_testConnection, &QPushButton::clicked, this, &AiSettingsPage::testConnection);
    updateEnabled();
}

AiSettingsPage::~AiSettingsPage() = default;

QString AiSettingsPage::title() const
{
    return tr("AI Features");
}

void AiSettingsPage::load()
{
    const Ai::Settings stored = Ai::Settings::load(settings());
    m_enabled->setChecked(stored.enabled);
    (stored.provider == Ai::Settings::ProviderKind::Remote ? m_remote : m_builtin)
        ->setChecked(true);
    m_baseUrl->setText(stored.baseUrl.toString());
    m_model->setCurrentText(stored.model);
    m_timeout->setValue(stored.timeoutSeconds);
    m_textBudget->setValue(stored.textBudget);
    setLanguage(stored.targetLanguage);
    m_summary->setChecked(stored.summary);
    m_keyPoints->setChecked(stored.keyPoints);
    m_translate->setChecked(stored.translate);
    m_briefing->setChecked(storedBriefing(settings()));
    m_apiKey->setText(m_storedApiKey);
    m_serverStatus->clear();
    // The keyring is asked only once AI features are on: it may ask the person to unlock it.
    if (stored.enabled)
        readApiKey();
    updateEnabled();
}

void AiSettingsPage::save()
{
    currentSettings().save(settings());
    settings().setValue(QLatin1String(SettingsKeys::AiFeatureBriefing), m_briefing->isChecked());
    saveApiKey();
}

bool AiSettingsPage::isDirty() const
{
    return !sameSettings(currentSettings(), Ai::Settings::load(settings())) ||
           m_briefing->isChecked() != storedBriefing(settings()) ||
           m_apiKey->text().trimmed() != m_storedApiKey;
}

Ai::Settings AiSettingsPage::currentSettings() const
{
    Ai::Settings current;
    current.enabled = m_enabled->isChecked();
    current.provider = m_remote->isChecked() ? Ai::Settings::ProviderKind::Remote
                                             : Ai::Settings::ProviderKind::Builtin;
    current.baseUrl = QUrl(m_baseUrl->text().trimmed());
    current.model = m_model->currentText().trimmed();
    current.timeoutSeconds = m_timeout->value();
    current.textBudget = m_textBudget->value();
    current.targetLanguage = m_language->currentData().toString();
    current.summary = m_summary->isChecked();
    current.keyPoints = m_keyPoints->isChecked();
    current.translate = m_translate->isChecked();
    return current;
}

Ai::OpenAiConfig AiSettingsPage::currentConfig() const
{
    return currentSettings().openAiConfig(m_apiKey->text().trimmed());
}

QNetworkAccessManager *AiSettingsPage::network()
{
    if (m_network == nullptr)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

Secrets::Keyring *AiSettingsPage::makeKeyring(QObject *parent) const
{
    return m_keyringService.isEmpty() ? new Secrets::Keyring(parent)
                                      : new Secrets::Keyring(m_keyringService, parent);
}

void AiSettingsPage::readApiKey()
{
    if (m_apiKeyRead)
        return;
    m_apiKeyRead = true;
    m_keyring->read(apiKeyName());
}

void AiSettingsPage::saveApiKey()
{
    const QString key = m_apiKey->text().trimmed();
    if (key == m_storedApiKey)
        return;
    // Without a parent: OK closes the dialog at once, and the write must still finish.
    Secrets::Keyring *writer = makeKeyring(nullptr);
    const auto done = [this, key] {
        m_storedApiKey = key;
        m_keyringWarning->hide();
        emit changed();
    };
    connect(writer, &Secrets::Keyring::secretWritten, this, done);
    connect(writer, &Secrets::Keyring::secretRemoved, this, done);
    connect(writer, &Secrets::Keyring::failed, this, [this](const QString &, const QString &why) {
        showKeyringProblem(why);
        emit changed();
    });
    connect(writer, &Secrets::Keyring::secretWritten, writer, &QObject::deleteLater);
    connect(writer, &Secrets::Keyring::secretRemoved, writer, &QObject::deleteLater);
    connect(writer, &Secrets::Keyring::failed, writer, &QObject::deleteLater);
    if (key.isEmpty())
        writer->remove(apiKeyName());
    else
        writer->write(apiKeyName(), key);
}

void AiSettingsPage::showKeyringProblem(const QString &message)
{
    m_keyringWarning->setText(
        tr("The API key cannot be kept: %1 It is not written anywhere else.").arg(message));
    m_keyringWarning->show();
}

void AiSettingsPage::refreshModels()
{
    if (!m_enabled->isChecked() || !m_remote->isChecked())
        return;
    setServerStatus(true, tr("Asking the server for its models…"));
    const Ai::OpenAiProvider provider(network(), currentConfig());
    provider.listModels(this, [this](const Ai::ModelList &list) {
        if (!list.ok) {
            setServerStatus(false, list.errorMessage);
            return;
        }
        const QString current = m_model->currentText();
        {
            const QSignalBlocker blocker(m_model);
            m_model->clear();
            m_model->addItems(list.models);
            m_model->setCurrentText(current);
        }
        if (current.trimmed().isEmpty() && !list.models.isEmpty())
            m_model->setCurrentIndex(0);
        emit changed();
        setServerStatus(true,
                        tr("The server offers %n model(s).", nullptr, int(list.models.size())));
    });
}

void AiSettingsPage::testConnection()
{
    if (!m_enabled->isChecked() || !m_remote->isChecked())
        return;
    setServerStatus(true, tr("Connecting…"));
    const Ai::OpenAiProvider provider(network(), currentConfig());
    provider.testConnection(this, [this](const Ai::ConnectionTest &test) {
        setServerStatus(test.ok && (test.modelAvailable || m_model->currentText().isEmpty()),
                        test.message);
    });
}

void AiSettingsPage::setServerStatus(bool ok, const QString &message)
{
    m_serverStatus->setText(message);
    m_serverStatus->setStyleSheet(ok ? QString() : Appearance::errorTextStyle(palette()));
}

void AiSettingsPage::setLanguage(const QString &code)
{
    int index = m_language->findData(code);
    if (index < 0) {
        m_language->addItem(code, code);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
}

void AiSettingsPage::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    const bool remote = m_remote->isChecked();
    m_providerBox->setEnabled(on);
    m_featureBox->setEnabled(on);
    m_serverBox->setEnabled(on && remote);
    // The built-in summarizer cannot translate.
    m_translate->setEnabled(remote);
    m_language->setEnabled(remote && m_translate->isChecked());
}

} // namespace Ui
