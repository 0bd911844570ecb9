#pragma once

// Keys and defaults of the settings file, in one place for the window, the dialog and the core.
namespace SettingsKeys {

inline constexpr const char *RefreshOnStart = "refresh/onStart";
inline constexpr bool RefreshOnStartDefault = true;
inline constexpr const char *RefreshIntervalMinutes = "refresh/intervalMinutes";
inline constexpr int RefreshIntervalMinutesDefault = 30;

// A language code from I18n::availableLanguages(); empty or absent: the system's language. Not
// in the "general" group: QSettings writes that one as [%General] in INI files.
inline constexpr const char *InterfaceLanguage = "interface/language";

inline constexpr const char *MainWindowGeometry = "mainWindow/geometry";
inline constexpr const char *MainWindowState = "mainWindow/state";
inline constexpr const char *MainWindowSplitter = "mainWindow/splitter";

} // namespace SettingsKeys
