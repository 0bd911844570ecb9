#pragma once

#include "ui/settings/settingspage.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;

namespace Ai {
struct OpenAiConfig;
struct Settings;
} // namespace Ai

namespace Secrets {
class Keyring;
}

namespace Ui {

/// The opt-in AI features: whether to use them at all, where the text goes (this computer or
/// an OpenAI-compatible server), which features, and the server's address, model and API key.
/// The key goes to the keyring only. The page talks to the server only when the person asks it
/// to (Refresh models, Test connection).
class AiSettingsPage final : public SettingsFilePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AiSettingsPage)

public:
    /// \a keyringService names the keyring entries' service; empty: the application's own.
    explicit AiSettingsPage(QSettings &settings, QWidget *parent = nullptr,
                            const QString &keyringService = {});
    ~AiSettingsPage() override;

    [[nodiscard]] QString title() const override;
    void load() override;
    void save() override;
    [[nodiscard]] bool isDirty() const override;

private:
    [[nodiscard]] Ai::Settings currentSettings() const;
    [[nodiscard]] Ai::OpenAiConfig currentConfig() const;
    [[nodiscard]] QNetworkAccessManager *network();
    [[nodiscard]] Secrets::Keyring *makeKeyring(QObject *parent) const;
    void readApiKey();
    void saveApiKey();
    void showKeyringProblem(const QString &message);
    void refreshModels();
    void testConnection();
    void setServerStatus(bool ok, const QString &message);
    void setLanguage(const QString &code);
    void updateEnabled();

    QString m_keyringService;
    Secrets::Keyring *m_keyring = nullptr;      ///< For reading; writes outlive the page.
    QNetworkAccessManager *m_network = nullptr; ///< Made on the first request.
    QString m_storedApiKey;
    bool m_apiKeyRead = false;

    QCheckBox *m_enabled = nullptr;
    QLabel *m_explanation = nullptr;
    QGroupBox *m_providerBox = nullptr;
    QButtonGroup *m_providerGroup = nullptr;
    QRadioButton *m_builtin = nullptr;
    QRadioButton *m_remote = nullptr;
    QGroupBox *m_serverBox = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_model = nullptr;
    QPushButton *m_refreshModels = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_keyringWarning = nullptr;
    QPushButton *m_testConnection = nullptr;
    QLabel *m_serverStatus = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_textBudget = nullptr;
    QGroupBox *m_featureBox = nullptr;
    QCheckBox *m_summary = nullptr;
    QCheckBox *m_keyPoints = nullptr;
    QCheckBox *m_translate = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_briefing = nullptr;
};

} // namespace Ui
