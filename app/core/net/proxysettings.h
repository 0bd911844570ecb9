#pragma once

class QSettings;

namespace Net {

/// Sets the application-wide proxy from SettingsKeys::NetworkProxy*: the desktop's proxy
/// configuration, none, or the HTTP proxy given. At startup and after the settings change.
void applyProxySettings(const QSettings &settings);

} // namespace Net
