#pragma once

// Keys and defaults of the settings file, in one place for the window, the dialog and the core.
namespace SettingsKeys {

inline constexpr const char *RefreshOnStart = "general/refreshOnStart";
inline constexpr bool RefreshOnStartDefault = true;
inline constexpr const char *RefreshIntervalMinutes = "general/refreshIntervalMinutes";
inline constexpr int RefreshIntervalMinutesDefault = 30;

inline constexpr const char *MainWindowGeometry = "mainWindow/geometry";
inline constexpr const char *MainWindowState = "mainWindow/state";
inline constexpr const char *MainWindowSplitter = "mainWindow/splitter";

} // namespace SettingsKeys
