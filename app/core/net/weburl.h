#pragma once

class QUrl;

namespace Net {

/// An http or https address with a host: what Tidings fetches, and what it lets the system
/// browser open. Everything else (file:, javascript:, data:, a relative path) is not.
[[nodiscard]] bool isWebUrl(const QUrl &url);

} // namespace Net
