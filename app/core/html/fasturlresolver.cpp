#include "html/fasturlresolver.h"

#include "text/ascii.h"

#include <array>
#include <utility>

namespace Html::Private {
namespace {

constexpr std::array<bool, 256> makeUrlCharacters()
{
    std::array<bool, 256> table{};
    for (char c = 'a'; c <= 'z'; ++c)
        table[std::size_t(c)] = true;
    for (char c = 'A'; c <= 'Z'; ++c)
        table[std::size_t(c)] = true;
    for (char c = '0'; c <= '9'; ++c)
        table[std::size_t(c)] = true;
    for (char c : std::string_view("-._~:/?#@!$&'()*+,;=%"))
        table[std::size_t(c)] = true;
    return table;
}

constexpr std::array<bool, 256> kUrlCharacters = makeUrlCharacters();

bool isUpperHexDigit(char c)
{
    return Text::Ascii::isDigit(c) || (c >= 'A' && c <= 'F');
}

bool isUnreserved(char c)
{
    return Text::Ascii::isAlpha(c) || Text::Ascii::isDigit(c) || c == '-' || c == '.' || c == '_' ||
           c == '~';
}

// An escape that QUrl writes as it is: upper-case hex digits (it upper-cases "%2f"), for a
// character that needs it (it decodes "%4A" to "J" and "%7E" to "~").
bool isPlainEscape(std::string_view text, std::size_t at)
{
    if (at + 2 >= text.size() || !isUpperHexDigit(text[at + 1]) || !isUpperHexDigit(text[at + 2]))
        return false;
    const int value =
        Text::Ascii::hexValue(text[at + 1]) * 16 + Text::Ascii::hexValue(text[at + 2]);
    return !isUnreserved(char(value));
}

// Only characters QUrl would write unchanged, '%' only as an escape it keeps, and one '#' at
// most: QUrl writes a '#' within the fragment as %23.
bool isPlainUrlText(std::string_view text)
{
    bool fragment = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!kUrlCharacters[c] || (c == '#' && std::exchange(fragment, true)))
            return false;
        if (c == '%' && !isPlainEscape(text, i))
            return false;
    }
    return true;
}

bool isPlainAuthority(std::string_view authority)
{
    const std::size_t colon = authority.find(':');
    const std::string_view host = authority.substr(0, colon);
    if (host.empty() || host.front() == '.' || host.front() == '-')
        return false;
    for (char c : host) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'))
            return false;
    }
    if (colon == std::string_view::npos)
        return true;
    const std::string_view port = authority.substr(colon + 1);
    if (port.empty() || port.size() > 5)
        return false;
    for (char c : port) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// RFC 3986 section 5.2.4.
std::string removeDotSegments(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    const auto popSegment = [&out] {
        const std::size_t slash = out.rfind('/');
        out.erase(slash == std::string::npos ? 0 : slash);
    };
    while (!in.empty()) {
        if (startsWith(in, "../")) {
            in.remove_prefix(3);
        } else if (startsWith(in, "./")) {
            in.remove_prefix(2);
        } else if (startsWith(in, "/./")) {
            in.remove_prefix(2);
        } else if (in == "/.") {
            in = "/";
        } else if (startsWith(in, "/../")) {
            in.remove_prefix(3);
            popSegment();
        } else if (in == "/..") {
            in = "/";
            popSegment();
        } else if (in == "." || in == "..") {
            in = {};
        } else {
            const std::size_t end = in.find('/', 1);
            const std::size_t length = end == std::string_view::npos ? in.size() : end;
            out.append(in.data(), length);
            in.remove_prefix(length);
        }
    }
    return out;
}

} // namespace

FastUrlResolver::FastUrlResolver(const QUrl &base)
{
    const std::string text = base.toString(QUrl::FullyEncoded).toStdString();
    const std::size_t schemeEnd = text.find("://");
    if (schemeEnd == std::string::npos || !isPlainUrlText(text))
        return;
    const std::size_t pathStart = text.find_first_of("/?#", schemeEnd + 3);
    const std::size_t queryStart = text.find_first_of("?#", schemeEnd + 3);
    const std::size_t fragmentStart = text.find('#');
    m_scheme = text.substr(0, schemeEnd);
    m_origin = text.substr(0, pathStart);
    if (!isPlainAuthority(std::string_view(m_origin).substr(schemeEnd + 3)))
        return;
    m_path =
        pathStart == queryStart ? std::string("/") : text.substr(pathStart, queryStart - pathStart);
    if (queryStart != std::string::npos && text[queryStart] == '?')
        m_query = text.substr(queryStart, fragmentStart - queryStart);
    m_hasBase = m_scheme == "http" || m_scheme == "https";
}

std::optional<std::string> FastUrlResolver::absolute(std::string_view url) const
{
    std::size_t authorityStart = 0;
    if (startsWith(url, "https://"))
        authorityStart = 8;
    else if (startsWith(url, "http://"))
        authorityStart = 7;
    else
        return std::nullopt;
    const std::size_t authorityEnd = url.find_first_of("/?#", authorityStart);
    const std::string_view authority = url.substr(authorityStart, authorityEnd - authorityStart);
    if (!isPlainAuthority(authority) || !isPlainUrlText(url))
        return std::nullopt;
    std::string result(url.substr(0, authorityEnd));
    if (authorityEnd == std::string_view::npos)
        return result;
    const std::size_t suffixStart = url.find_first_of("?#", authorityEnd);
    const std::string_view path = url.substr(authorityEnd, suffixStart - authorityEnd);
    if (path.find("/.") != std::string_view::npos)
        return std::nullopt; // QUrl keeps dot segments of absolute URLs; leave it to QUrl
    result.append(url.substr(authorityEnd));
    return result;
}

std::optional<std::string> FastUrlResolver::resolve(std::string_view url) const
{
    if (startsWith(url, "http://") || startsWith(url, "https://"))
        return absolute(url);
    if (!m_hasBase || !isPlainUrlText(url))
        return std::nullopt;
    if (startsWith(url, "//"))
        return absolute(m_scheme + ':' + std::string(url));

    const std::size_t suffixStart = url.find_first_of("?#");
    const std::string_view path = url.substr(0, suffixStart);
    const std::string_view suffix =
        suffixStart == std::string_view::npos ? std::string_view() : url.substr(suffixStart);
    if (path.empty()) {
        // "?query" keeps the base path, "#fragment" also the base query.
        return m_origin + m_path + (url.front() == '#' ? m_query : std::string()) +
               std::string(suffix);
    }
    if (path.front() == '/')
        return m_origin + removeDotSegments(path) + std::string(suffix);
    if (path.substr(0, path.find('/')).find(':') != std::string_view::npos)
        return std::nullopt; // "a:b" would be a scheme, not a path
    const std::string merged = m_path.substr(0, m_path.rfind('/') + 1) + std::string(path);
    return m_origin + removeDotSegments(merged) + std::string(suffix);
}

} // namespace Html::Private
