#pragma once

// Keys and defaults of the settings file that the core reads (and the command line with it);
// the window's own are in ui/windowsettingskeys.h.
namespace SettingsKeys {

inline constexpr const char *RefreshIntervalMinutes = "refresh/intervalMinutes";
inline constexpr int RefreshIntervalMinutesDefault = 30;
// How much history to keep (Storage::RetentionPolicy): read articles older than this many days,
// and beyond this many articles per source, are removed after a refresh; bookmarks always stay.
// 0 turns a limit off.
inline constexpr const char *RetentionDays = "library/retentionDays";
inline constexpr int RetentionDaysDefault = 90;
inline constexpr const char *RetentionPerSourceCap = "library/perSourceCap";
inline constexpr int RetentionPerSourceCapDefault = 1000;

// A language code from I18n::availableLanguages(); empty or absent: the system's language. Not
// in the "general" group: QSettings writes that one as [%General] in INI files.
inline constexpr const char *InterfaceLanguage = "interface/language";

// AI features: off until the person turns them on. Provider "builtin" (the summarizer on this
// computer) or "remote" (an OpenAI-compatible server at AiBaseUrl). The API key is kept in
// the system keyring (AiApiKeyKeyringKey), never in this file.
inline constexpr const char *AiEnabled = "ai/enabled";
inline constexpr bool AiEnabledDefault = false;
inline constexpr const char *AiProvider = "ai/provider"; ///< "builtin", "remote"
inline constexpr const char *AiProviderDefault = "builtin";
inline constexpr const char *AiBaseUrl = "ai/baseUrl";
inline constexpr const char *AiBaseUrlDefault = "http://localhost:11434/v1";
inline constexpr const char *AiModel = "ai/model";
inline constexpr const char *AiTimeoutSeconds = "ai/timeoutSeconds";
inline constexpr int AiTimeoutSecondsDefault = 60;
inline constexpr const char *AiTextBudget = "ai/textBudget"; ///< Characters of article text.
inline constexpr int AiTextBudgetDefault = 12000;
inline constexpr const char *AiTargetLanguage = "ai/targetLanguage"; ///< Empty: the UI's.
inline constexpr const char *AiFeatureSummary = "ai/features/summary";
inline constexpr const char *AiFeatureKeyPoints = "ai/features/keyPoints";
inline constexpr const char *AiFeatureTranslate = "ai/features/translate";
inline constexpr bool AiFeatureDefault = true;
inline constexpr const char *AiApiKeyKeyringKey = "ai/apiKey";
inline constexpr const char *AiApiKeyEnvironmentVariable = "TIDINGS_AI_API_KEY";

// The daily briefing, one more AI feature (read by the page and the briefing).
inline constexpr const char *AiFeatureBriefing = "ai/features/briefing";

// Network: proxy "system" (the desktop's), "none" or "manual" (an HTTP proxy at host:port);
// how long a transfer may stay silent; a User-Agent instead of Tidings' own (empty: own).
inline constexpr const char *NetworkProxyMode = "network/proxyMode";
inline constexpr const char *NetworkProxyModeDefault = "system";
inline constexpr const char *NetworkProxyHost = "network/proxyHost";
inline constexpr const char *NetworkProxyPort = "network/proxyPort";
inline constexpr int NetworkProxyPortDefault = 8080;
inline constexpr const char *NetworkTimeoutSeconds = "network/timeoutSeconds";
inline constexpr int NetworkTimeoutSecondsDefault = 30;
inline constexpr int NetworkTimeoutSecondsMin = 5;
inline constexpr int NetworkTimeoutSecondsMax = 600;
inline constexpr const char *NetworkUserAgent = "network/userAgent";

} // namespace SettingsKeys
