#pragma once

#include <string_view>

namespace Feeds {

/// The XML vocabularies the feed readers understand, identified by namespace URI.
enum class Ns : unsigned char {
    None,    ///< No namespace (RSS 0.9x/2.0 core elements).
    Unknown, ///< A namespace nobody here reads; its elements are skipped.
    Xml,
    Rss090,
    Rss10,
    Rdf,
    Atom10,
    Atom03,
    Dc,
    DcTerms,
    Content,
    Media,
    Itunes,
    Slash,
    Wfw,
    Thr,
    Sy,
    Xhtml,
};

/// Maps a namespace URI to a vocabulary. Tolerates the common slips of real feeds: https for
/// http, a missing or extra trailing slash or '#', upper case. Unknown when not recognised.
[[nodiscard]] Ns namespaceFromUri(std::string_view uri);

/// The vocabulary a well-known prefix ("dc", "content", "media" ...) conventionally stands for;
/// used only when the prefix is undeclared or bound to an unknown URI. Unknown otherwise.
[[nodiscard]] Ns namespaceFromPrefix(std::string_view prefix);

} // namespace Feeds
