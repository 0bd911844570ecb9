#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace TestSupport {

/// No keyring service for this process or the tidings it starts, as on CI machines and headless
/// desktops: D-Bus points nowhere, no display is inherited, and an API key in the caller's
/// environment stays out of the tests. Set while static objects are built, before the
/// application object or a keyring can read the environment; a test names it (QVERIFY) so
/// that it is linked in.
inline const bool NoKeyringService = [] {
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tidings-test-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("TIDINGS_AI_API_KEY");
    return true;
}();

} // namespace TestSupport
