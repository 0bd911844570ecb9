#include "ai/aisettings.h"

#include "base/settingskeys.h"

#include <QSettings>

namespace Ai {

namespace {

constexpr int MinTimeoutSeconds = 5;
constexpr int MaxTimeoutSeconds = 3600;
constexpr int MinTextBudget = 500;
constexpr int MaxTextBudget = 1'000'000;

int boundedInt(const QSettings &settings, const char *key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(QLatin1String(key), fallback).toInt(&ok);
    return ok ? qBound(low, value, high) : fallback;
}

} // namespace

Settings Settings::load(const QSettings &settings)
{
    using namespace SettingsKeys;
    Settings result;
    result.enabled = settings.value(QLatin1String(AiEnabled), AiEnabledDefault).toBool();
    result.provider =
        providerFromName(
            settings.value(QLatin1String(AiProvider), QLatin1String(AiProviderDefault)).toString())
            .value_or(ProviderKind::Builtin);
    result.baseUrl = QUrl(settings.value(QLatin1String(AiBaseUrl), QLatin1String(AiBaseUrlDefault))
                              .toString()
                              .trimmed());
    result.model = settings.value(QLatin1String(AiModel)).toString().trimmed();
    result.timeoutSeconds = boundedInt(settings, AiTimeoutSeconds, AiTimeoutSecondsDefault,
                                       MinTimeoutSeconds, MaxTimeoutSeconds);
    result.textBudget =
        boundedInt(settings, AiTextBudget, AiTextBudgetDefault, MinTextBudget, MaxTextBudget);
    result.targetLanguage = settings.value(QLatin1String(AiTargetLanguage)).toString().trimmed();
    result.summary = settings.value(QLatin1String(AiFeatureSummary), AiFeatureDefault).toBool();
    result.keyPoints = settings.value(QLatin1String(AiFeatureKeyPoints), AiFeatureDefault).toBool();
    result.translate = settings.value(QLatin1String(AiFeatureTranslate), AiFeatureDefault).toBool();
    result.briefing = settings.value(QLatin1String(AiFeatureBriefing), AiFeatureDefault).toBool();
    return result;
}

void Settings::save(QSettings &settings) const
{
    using namespace SettingsKeys;
    settings.setValue(QLatin1String(AiEnabled), enabled);
    settings.setValue(QLatin1String(AiProvider), providerName(provider));
    settings.setValue(QLatin1String(AiBaseUrl), baseUrl.toString());
    settings.setValue(QLatin1String(AiModel), model);
    settings.setValue(QLatin1String(AiTimeoutSeconds), timeoutSeconds);
    settings.setValue(QLatin1String(AiTextBudget), textBudget);
    settings.setValue(QLatin1String(AiTargetLanguage), targetLanguage);
    settings.setValue(QLatin1String(AiFeatureSummary), summary);
    settings.setValue(QLatin1String(AiFeatureKeyPoints), keyPoints);
    settings.setValue(QLatin1String(AiFeatureTranslate), translate);
    settings.setValue(QLatin1String(AiFeatureBriefing), briefing);
}

bool Settings::allows(Feature feature) const
{
    if (!enabled)
        return false;
    switch (feature) {
    case Feature::Summary:
        return summary;
    case Feature::KeyPoints:
        return keyPoints;
    case Feature::Translate:
        return translate;
    }
    return false;
}

OpenAiConfig Settings::openAiConfig(const QString &apiKey) const
{
    OpenAiConfig config;
    config.baseUrl = baseUrl;
    config.model = model;
    config.apiKey = apiKey;
    config.timeoutMs = timeoutSeconds * 1000;
    config.textBudgetChars = textBudget;
    return config;
}

std::optional<Settings::ProviderKind> Settings::providerFromName(const QString &name)
{
    if (name == QLatin1String("builtin"))
        return ProviderKind::Builtin;
    if (name == QLatin1String("remote"))
        return ProviderKind::Remote;
    return std::nullopt;
}

QString Settings::providerName(ProviderKind kind)
{
    return kind == ProviderKind::Builtin ? QStringLiteral("builtin") : QStringLiteral("remote");
}

} // namespace Ai
