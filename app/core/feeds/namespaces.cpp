#include "feeds/namespaces.h"

#include <array>
#include <string>

namespace Feeds {

namespace {

struct KnownUri
{
    std::string_view normalized;
    Ns ns;
};

// Normalized form: lower case, no scheme, no "www.", no trailing '/' or '#'.
constexpr std::array<KnownUri, 22> knownUris{{
    {"my.netscape.com/rdf/simple/0.9", Ns::Rss090},
    {"purl.org/rss/1.0", Ns::Rss10},
    {"w3.org/1999/02/22-rdf-syntax-ns", Ns::Rdf},
    {"w3.org/2005/atom", Ns::Atom10},
    {"purl.org/atom/ns", Ns::Atom03},
    {"purl.org/dc/elements/1.1", Ns::Dc},
    {"purl.org/dc/elements/1.0", Ns::Dc},
    {"purl.org/dc/terms", Ns::DcTerms},
    {"purl.org/rss/1.0/modules/content", Ns::Content},
    {"search.yahoo.com/mrss", Ns::Media},
    {"tools.search.yahoo.com/mrss", Ns::Media},
    {"itunes.com/dtds/podcast-1.0.dtd", Ns::Itunes},
    {"purl.org/rss/1.0/modules/slash", Ns::Slash},
    {"wellformedweb.org/commentapi", Ns::Wfw},
    {"purl.org/syndication/thread/1.0", Ns::Thr},
    {"purl.org/rss/1.0/modules/syndication", Ns::Sy},
    {"w3.org/1999/xhtml", Ns::Xhtml},
    {"w3.org/xml/1998/namespace", Ns::Xml},
    // Namespaces some RSS 2.0 publishers put on the core elements.
    {"backend.userland.com/rss2", Ns::None},
    {"backend.userland.com/rss", Ns::None},
    {"blogs.law.harvard.edu/tech/rss", Ns::None},
    {"purl.org/net/rss2", Ns::None},
}};

struct KnownPrefix
{
    std::string_view prefix;
    Ns ns;
};

constexpr std::array<KnownPrefix, 15> knownPrefixes{{
    {"dc", Ns::Dc},
    {"dcterms", Ns::DcTerms},
    {"content", Ns::Content},
    {"media", Ns::Media},
    {"itunes", Ns::Itunes},
    {"slash", Ns::Slash},
    {"wfw", Ns::Wfw},
    {"thr", Ns::Thr},
    {"sy", Ns::Sy},
    {"atom", Ns::Atom10},
    {"atom10", Ns::Atom10},
    {"rdf", Ns::Rdf},
    {"xhtml", Ns::Xhtml},
    {"html", Ns::Xhtml},
    {"xml", Ns::Xml},
}};

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

std::string normalize(std::string_view uri)
{
    while (!uri.empty() && (uri.front() == ' ' || uri.front() == '\t' || uri.front() == '\n'))
        uri.remove_prefix(1);
    while (!uri.empty() && (uri.back() == ' ' || uri.back() == '\t' || uri.back() == '\n'))
        uri.remove_suffix(1);
    std::string out(uri);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    std::string_view view(out);
    for (std::string_view scheme : {"http://", "https://"}) {
        if (startsWith(view, scheme)) {
            view.remove_prefix(scheme.size());
            break;
        }
    }
    if (startsWith(view, "www."))
        view.remove_prefix(4);
    while (!view.empty() && (view.back() == '/' || view.back() == '#'))
        view.remove_suffix(1);
    return std::string(view);
}

} // namespace

Ns namespaceFromUri(std::string_view uri)
{
    if (uri.empty())
        return Ns::None;
    const std::string key = normalize(uri);
    for (const KnownUri &known : knownUris) {
        if (known.normalized == key)
            return known.ns;
    }
    return Ns::Unknown;
}

Ns namespaceFromPrefix(std::string_view prefix)
{
    for (const KnownPrefix &known : knownPrefixes) {
        if (known.prefix.size() != prefix.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < prefix.size() && same; ++i) {
            char c = prefix[i];
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            same = c == known.prefix[i];
        }
        if (same)
            return known.ns;
    }
    return Ns::Unknown;
}

} // namespace Feeds
