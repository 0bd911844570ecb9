#pragma once

#include "ai/openaiconfig.h"
#include "ai/provider.h"

#include <QString>

#include <optional>

class QSettings;

namespace Ai {

/// The AI part of the settings file (SettingsKeys::Ai*), read in one go, with defaults and
/// bounds applied. The API key is not in it: it lives in the keyring.
struct Settings
{
    enum class ProviderKind { Builtin, Remote };

    bool enabled = false;
    ProviderKind provider = ProviderKind::Builtin;
    QUrl baseUrl;
    QString model;
    int timeoutSeconds = 60;
    int textBudget = 12000;
    QString targetLanguage;
    bool summary = true;
    bool keyPoints = true;
    bool translate = true;
    bool briefing = true; ///< The Daily briefing view (SettingsKeys::AiFeatureBriefing).

    [[nodiscard]] static Settings load(const QSettings &settings);
    void save(QSettings &settings) const;

    /// Whether \a feature is switched on (and AI features are at all).
    [[nodiscard]] bool allows(Feature feature) const;
    /// Whether the Daily briefing is switched on (and AI features are at all).
    [[nodiscard]] bool allowsBriefing() const { return enabled && briefing; }
    /// The server part, with \a apiKey.
    [[nodiscard]] OpenAiConfig openAiConfig(const QString &apiKey = {}) const;

    /// "builtin" / "remote", as stored; an unknown word gives nothing.
    [[nodiscard]] static std::optional<ProviderKind> providerFromName(const QString &name);
    [[nodiscard]] static QString providerName(ProviderKind kind);
};

} // namespace Ai
