#pragma once

// Keys and defaults of the settings file that only the window reads: its layout, reading,
// appearance, tray and notifications. The core's are in core/settingskeys.h, in the same
// namespace.
namespace SettingsKeys {

// Whether the window refreshes every source when it opens (the command line never does).
inline constexpr const char *RefreshOnStart = "refresh/onStart";
inline constexpr bool RefreshOnStartDefault = true;

// When the library was last backed up and checked at idle (Ui::LibraryMaintenance), UTC.
inline constexpr const char *LastBackup = "library/lastBackup";
inline constexpr const char *LastIntegrityCheck = "library/lastIntegrityCheck";

// The window's layout and place (Ui::WindowLayout, SourcePane).
inline constexpr const char *MainWindowGeometry = "mainWindow/geometry";
inline constexpr const char *MainWindowState = "mainWindow/state";
inline constexpr const char *MainWindowSplitter = "mainWindow/splitter";
inline constexpr const char *MainWindowLastView = "mainWindow/lastView";
inline constexpr const char *MainWindowLastArticle = "mainWindow/lastArticle";
inline constexpr const char *MainWindowExpandedFolders = "mainWindow/expandedFolders";
// The list's and the article's heights in the Wide layout.
inline constexpr const char *MainWindowWideSplitter = "mainWindow/wideSplitter";
// The layout of each view that is not shown in three panes: viewLayouts/source:12=cards.
inline constexpr const char *ViewLayoutsGroup = "viewLayouts";

// The reading window.
inline constexpr const char *MarkReadDelaySeconds = "reading/markReadDelaySeconds";
inline constexpr int MarkReadDelaySecondsDefault = 0;
inline constexpr const char *ArticleZoom = "reading/zoom"; ///< The reading page's zoom factor.
inline constexpr double ArticleZoomDefault = 1.0;
inline constexpr const char *ArticleFontPointSize = "reading/fontPointSize"; ///< 0: the app's
inline constexpr int ArticleFontPointSizeDefault = 0;
inline constexpr const char *LoadRemoteImages = "reading/loadRemoteImages";
inline constexpr bool LoadRemoteImagesDefault = true;
// Articles of one story from several sources show as one row (Models::StoryGroups).
inline constexpr const char *CollapseStories = "reading/collapseStories";
inline constexpr bool CollapseStoriesDefault = true;
// Reading one article of a story marks its other sources' articles read too.
inline constexpr const char *MarkStoryRead = "reading/markStoryRead";
inline constexpr bool MarkStoryReadDefault = true;
inline constexpr const char *ListDensity = "appearance/listDensity"; ///< "comfortable", "compact"
inline constexpr const char *ListDensityDefault = "comfortable";
inline constexpr const char *ListFontPointSize = "appearance/listFontPointSize"; ///< 0: system
inline constexpr int ListFontPointSizeDefault = 0;
// "system" (the desktop's palette), "light" or "dark".
inline constexpr const char *Theme = "appearance/theme";
inline constexpr const char *ThemeDefault = "system";
inline constexpr const char *AccentColor = "appearance/accentColor";
inline constexpr const char *AccentColorDefault = "#e8710a";
inline constexpr const char *KeepInTray = "window/keepInTray";
inline constexpr bool KeepInTrayDefault = false;
inline constexpr const char *Notify = "notifications/enabled";
inline constexpr bool NotifyDefault = true;
inline constexpr const char *MutedSources = "notifications/mutedSources"; ///< Source ids.
// The AI card's opt-in hint, dismissed for good.
inline constexpr const char *AiHintDismissed = "ai/hintDismissed";

} // namespace SettingsKeys
