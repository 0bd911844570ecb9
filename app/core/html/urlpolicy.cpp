#include "html/urlpolicy.h"

#include "net/weburl.h"
#include "text/ascii.h"

#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace Html::Private {
namespace {

using Text::Ascii::hexValue;
using Text::Ascii::isAlpha;
using Text::Ascii::isDigit;
using Text::Ascii::isHtmlSpace;
using Text::Ascii::startsWithLower;
using Text::Ascii::toLower;

constexpr std::size_t kMaxVideoIdLength = 64;

bool isValidScheme(std::string_view scheme)
{
    if (scheme.empty() || !isAlpha(scheme.front()))
        return false;
    for (char c : scheme) {
        if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.')
            return false;
    }
    return true;
}

bool isAllowedDataImage(std::string_view url)
{
    static constexpr std::array<std::string_view, 5> kTypes = {
        "data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"};
    for (std::string_view type : kTypes) {
        if (startsWithLower(url, type) && url.size() > type.size() &&
            (url[type.size()] == ';' || url[type.size()] == ','))
            return true;
    }
    return false;
}

// The byte of "%XX" at i when it is not ASCII, else -1.
int escapedHighByte(const std::string &text, std::size_t i)
{
    if (i + 2 >= text.size() || text[i] != '%')
        return -1;
    const int high = hexValue(text[i + 1]);
    const int low = hexValue(text[i + 2]);
    return high >= 8 && low >= 0 ? high * 16 + low : -1;
}

bool isPrintableText(const std::string &utf8)
{
    const QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    if (text.toUtf8() != QByteArray::fromStdString(utf8))
        return false; // not UTF-8
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0xA0 && (c.isPrint() || c.isSurrogate());
    });
}

// A URL written with non-ASCII characters keeps them, as the feed wrote it (an IRI): QUrl
// percent-encodes them, and the escapes of printable UTF-8 are turned back. ASCII escapes
// (%20, %22) stay, so the characters that matter to HTML and URLs stay encoded.
std::string withIriCharacters(const std::string &encodedUrl)
{
    std::string out;
    out.reserve(encodedUrl.size());
    std::size_t i = 0;
    while (i < encodedUrl.size()) {
        const int lead = escapedHighByte(encodedUrl, i);
        if (lead < 0) {
            out += encodedUrl[i++];
            continue;
        }
        // One UTF-8 sequence at a time, so that one invisible character stays encoded alone.
        const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        std::string bytes(1, char(lead));
        std::size_t end = i + 3;
        while (bytes.size() < length && escapedHighByte(encodedUrl, end) >= 0) {
            bytes += char(escapedHighByte(encodedUrl, end));
            end += 3;
        }
        if (bytes.size() == length && isPrintableText(bytes))
            out += bytes;
        else
            out.append(encodedUrl, i, end - i);
        i = end;
    }
    return out;
}

std::string encoded(const QUrl &url, std::string_view original)
{
    std::string text = url.toString(QUrl::FullyEncoded).toStdString();
    const bool nonAscii = std::any_of(original.begin(), original.end(),
                                      [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    return nonAscii ? withIriCharacters(text) : text;
}

// "1.5x", "640w": a number followed by one descriptor letter.
bool isSrcsetDescriptor(std::string_view text)
{
    if (text.size() < 2 || text.size() > 16)
        return false;
    const char unit = text.back();
    if (unit != 'w' && unit != 'x')
        return false;
    bool digit = false;
    bool dot = false;
    for (char c : text.substr(0, text.size() - 1)) {
        if (isDigit(c)) {
            digit = true;
        } else if (c == '.' && !dot) {
            dot = true;
        } else {
            return false;
        }
    }
    return digit;
}

bool isVideoId(const QString &id)
{
    if (id.isEmpty() || id.size() > int(kMaxVideoIdLength))
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (!(u < 0x80 && (isAlpha(char(u)) || isDigit(char(u)) || u == '_' || u == '-')))
            return false;
    }
    return true;
}

// The path segment after prefix, e.g. "/embed/" in "/embed/abc?x" gives "abc".
QString segmentAfter(const QString &path, QLatin1String prefix)
{
    if (!path.startsWith(prefix))
        return {};
    const QString rest = path.mid(prefix.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    return slash < 0 ? rest : rest.left(slash);
}

VideoLink youTube(const QString &id)
{
    if (!isVideoId(id))
        return {};
    return {QStringLiteral("https://www.youtube.com/watch?v=") + id, QStringLiteral("YouTube")};
}

} // namespace

UrlPolicy::UrlPolicy(const QUrl &baseUrl)
    : m_base(baseUrl), m_fast(baseUrl), m_hasBase(Net::isWebUrl(baseUrl))
{}

std::string UrlPolicy::clean(std::string_view raw, UrlUse use) const
{
    // The URL standard strips leading/trailing C0 controls and spaces, and removes tabs and
    // newlines anywhere; any other control character is refused outright.
    std::size_t begin = 0;
    std::size_t end = raw.size();
    while (begin < end && static_cast<unsigned char>(raw[begin]) <= 0x20)
        ++begin;
    while (end > begin && static_cast<unsigned char>(raw[end - 1]) <= 0x20)
        --end;
    std::string url;
    url.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i) {
        const auto c = static_cast<unsigned char>(raw[i]);
        if (c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c < 0x20 || c == 0x7F)
            return {};
        url += char(c);
    }
    if (url.empty())
        return {};

    const std::size_t delimiter = url.find_first_of(":/?#");
    if (delimiter != std::string::npos && url[delimiter] == ':' &&
        isValidScheme(std::string_view(url).substr(0, delimiter))) {
        std::string scheme = url.substr(0, delimiter);
        for (char &c : scheme)
            c = toLower(c);
        if (scheme == "data")
            return use == UrlUse::Image && isAllowedDataImage(url) ? url : std::string();
        const bool allowed =
            scheme == "http" || scheme == "https" || (scheme == "mailto" && use == UrlUse::Link);
        if (!allowed)
            return {};
        if (std::optional<std::string> fast = m_fast.resolve(url))
            return std::move(*fast);
        const QUrl parsed(QString::fromStdString(url));
        if (!parsed.isValid() || (scheme != "mailto" && parsed.host().isEmpty()))
            return {};
        return encoded(parsed, url);
    }

    if (std::optional<std::string> fast = m_fast.resolve(url))
        return std::move(*fast);
    const QUrl relative(QString::fromStdString(url));
    if (!relative.isValid() || !relative.scheme().isEmpty())
        return {};
    if (!m_hasBase)
        return encoded(relative, url); // resolved later by whoever shows it, still without a scheme
    const QUrl resolved = m_base.resolved(relative);
    return Net::isWebUrl(resolved) ? encoded(resolved, url) : std::string();
}

std::string UrlPolicy::cleanSrcset(std::string_view raw) const
{
    std::string result;
    std::size_t pos = 0;
    const std::size_t n = raw.size();
    while (pos < n) {
        while (pos < n && (isHtmlSpace(raw[pos]) || raw[pos] == ','))
            ++pos;
        if (pos >= n)
            break;
        const std::size_t urlStart = pos;
        while (pos < n && !isHtmlSpace(raw[pos]))
            ++pos;
        std::string_view candidate = raw.substr(urlStart, pos - urlStart);
        std::string_view descriptor;
        if (candidate.back() == ',') {
            while (!candidate.empty() && candidate.back() == ',')
                candidate.remove_suffix(1);
        } else {
            while (pos < n && isHtmlSpace(raw[pos]))
                ++pos;
            const std::size_t descriptorStart = pos;
            int parens = 0;
            while (pos < n && (raw[pos] != ',' || parens > 0)) {
                parens += raw[pos] == '(' ? 1 : raw[pos] == ')' ? -1 : 0;
                ++pos;
            }
            descriptor = raw.substr(descriptorStart, pos - descriptorStart);
            while (!descriptor.empty() && isHtmlSpace(descriptor.back()))
                descriptor.remove_suffix(1);
        }
        std::string url = clean(candidate, UrlUse::Resource);
        // Cleaning may drop what stood after a comma; a URL in a srcset cannot begin or end
        // with one, or the next reading would take it for a separator.
        while (!url.empty() && url.back() == ',')
            url.pop_back();
        url.erase(0, url.find_first_not_of(','));
        if (url.empty())
            continue;
        if (!result.empty())
            result += ", ";
        result += url;
        if (isSrcsetDescriptor(descriptor)) {
            result += ' ';
            result.append(descriptor.data(), descriptor.size());
        }
    }
    return result;
}

VideoLink UrlPolicy::videoLink(std::string_view raw) const
{
    std::string cleaned = clean(raw, UrlUse::Resource);
    if (cleaned.rfind("//", 0) == 0)
        cleaned.insert(0, "https:"); // protocol-relative embed code without a base URL
    if (cleaned.empty())
        return {};
    const QUrl url(QString::fromStdString(cleaned));
    QString host = url.host().toLower();
    for (const QLatin1String prefix : {QLatin1String("www."), QLatin1String("m.")}) {
        if (host.startsWith(prefix))
            host = host.mid(prefix.size());
    }
    const QString path = url.path();
    if (host == QLatin1String("youtube.com") || host == QLatin1String("youtube-nocookie.com")) {
        if (path == QLatin1String("/watch"))
            return youTube(QUrlQuery(url).queryItemValue(QStringLiteral("v")));
        const QString embedded = segmentAfter(path, QLatin1String("/embed/"));
        return youTube(embedded.isEmpty() ? segmentAfter(path, QLatin1String("/v/")) : embedded);
    }
    if (host == QLatin1String("youtu.be"))
        return youTube(segmentAfter(path, QLatin1String("/")));
    if (host == QLatin1String("player.vimeo.com") || host == QLatin1String("vimeo.com")) {
        QString id = segmentAfter(path, QLatin1String("/video/"));
        if (id.isEmpty() && host == QLatin1String("vimeo.com"))
            id = segmentAfter(path, QLatin1String("/"));
        bool numeric = false;
        id.toULongLong(&numeric);
        if (!numeric || !isVideoId(id))
            return {};
        return {QStringLiteral("https://vimeo.com/") + id, QStringLiteral("Vimeo")};
    }
    if (host == QLatin1String("dailymotion.com") || host == QLatin1String("geo.dailymotion.com")) {
        QString id = segmentAfter(path, QLatin1String("/embed/video/"));
        if (id.isEmpty())
            id = QUrlQuery(url).queryItemValue(QStringLiteral("video"));
        if (!isVideoId(id))
            return {};
        return {QStringLiteral("https://www.dailymotion.com/video/") + id,
                QStringLiteral("Dailymotion")};
    }
    return {};
}

bool UrlPolicy::isTracker(std::string_view cleanedUrl)
{
    static constexpr std::array<std::string_view, 6> kTrackers = {
        "feeds.feedburner.com/~r/", "feeds.feedburner.com/~ff/",
        "feedproxy.google.com/~r/", "pixel.wp.com/",
        "stats.wordpress.com/",     "pixel.quantserve.com/"};
    const std::size_t hostStart = cleanedUrl.find("://");
    if (hostStart == std::string_view::npos)
        return false;
    const std::string_view rest = cleanedUrl.substr(hostStart + 3);
    for (std::string_view tracker : kTrackers) {
        if (startsWithLower(rest, tracker))
            return true;
    }
    return false;
}

} // namespace Html::Private
