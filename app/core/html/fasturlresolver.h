#pragma once

#include <QUrl>

#include <optional>
#include <string>
#include <string_view>

namespace Html::Private {

// The common case without QUrl: an absolute http(s) URL, or a reference resolved against an
// http(s) base (RFC 3986 section 5.2), made only of plain ASCII URL characters with a lower-case
// host. Anything else (userinfo, IDN, spaces, stray '%', uppercase scheme, ...) is left to QUrl.
// QUrl parsing, resolving and re-encoding cost more than the rest of the sanitizer together.
class FastUrlResolver final
{
public:
    explicit FastUrlResolver(const QUrl &base);

    // The URL to write, or nullopt when the general path must decide.
    [[nodiscard]] std::optional<std::string> resolve(std::string_view url) const;

private:
    [[nodiscard]] std::optional<std::string> absolute(std::string_view url) const;

    bool m_hasBase = false;
    std::string m_scheme; // "https"
    std::string m_origin; // "https://example.org:8080"
    std::string m_path;   // "/news/today.html"
    std::string m_query;  // "?page=2" or empty
};

} // namespace Html::Private
