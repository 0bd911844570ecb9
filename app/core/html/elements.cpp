#include "html/elements.h"

#include <array>
#include <iterator>

namespace Html::Private {
namespace {

// Sorted by name, so the names with one first letter are adjacent.
constexpr ElementRule kRules[] = {
    {"a", Action::Keep, Tag::A, 0},
    {"abbr", Action::Keep, Tag::Abbr, 0},
    {"acronym", Action::Keep, Tag::Abbr, 0},
    {"address", Action::Keep, Tag::Div, Block},
    {"applet", Action::DropContent, Tag::None, 0},
    {"area", Action::DropTag, Tag::None, Void},
    {"article", Action::Keep, Tag::Div, Block},
    {"aside", Action::Keep, Tag::Div, Block},
    {"audio", Action::Keep, Tag::Audio, 0},
    {"b", Action::Keep, Tag::B, 0},
    {"base", Action::DropTag, Tag::None, Void},
    {"basefont", Action::DropTag, Tag::None, Void},
    {"bgsound", Action::DropTag, Tag::None, Void},
    {"blockquote", Action::Keep, Tag::Blockquote, Block},
    {"br", Action::Keep, Tag::Br, Void},
    {"button", Action::DropContent, Tag::None, 0},
    {"caption", Action::Keep, Tag::Caption, 0},
    {"center", Action::Keep, Tag::Div, Block},
    {"cite", Action::Keep, Tag::Cite, 0},
    {"code", Action::Keep, Tag::Code, 0},
    {"col", Action::DropTag, Tag::None, Void},
    {"dd", Action::Keep, Tag::Dd, Block},
    {"del", Action::Keep, Tag::Del, 0},
    {"details", Action::Keep, Tag::Div, Block},
    {"dfn", Action::Keep, Tag::Dfn, 0},
    {"dir", Action::Keep, Tag::Ul, Block},
    {"div", Action::Keep, Tag::Div, Block},
    {"dl", Action::Keep, Tag::Dl, Block},
    {"dt", Action::Keep, Tag::Dt, Block},
    {"em", Action::Keep, Tag::Em, 0},
    {"embed", Action::Embed, Tag::None, Void},
    {"figcaption", Action::Keep, Tag::Figcaption, Block},
    {"figure", Action::Keep, Tag::Figure, Block},
    {"footer", Action::Keep, Tag::Div, Block},
    {"form", Action::DropContent, Tag::None, 0},
    {"frame", Action::DropTag, Tag::None, Void},
    {"frameset", Action::DropContent, Tag::None, 0},
    {"h1", Action::Keep, Tag::H1, Block},
    {"h2", Action::Keep, Tag::H2, Block},
    {"h3", Action::Keep, Tag::H3, Block},
    {"h4", Action::Keep, Tag::H4, Block},
    {"h5", Action::Keep, Tag::H5, Block},
    {"h6", Action::Keep, Tag::H6, Block},
    {"header", Action::Keep, Tag::Div, Block},
    {"hgroup", Action::Keep, Tag::Div, Block},
    {"hr", Action::Keep, Tag::Hr, Void | Block},
    {"i", Action::Keep, Tag::I, 0},
    {"iframe", Action::Embed, Tag::None, 0},
    {"image", Action::DropTag, Tag::None, Void},
    {"img", Action::Keep, Tag::Img, Void},
    {"input", Action::DropTag, Tag::None, Void},
    {"ins", Action::Keep, Tag::Ins, 0},
    {"kbd", Action::Keep, Tag::Kbd, 0},
    {"keygen", Action::DropTag, Tag::None, Void},
    {"li", Action::Keep, Tag::Li, Block},
    {"link", Action::DropTag, Tag::None, Void},
    {"listing", Action::Keep, Tag::Pre, Block},
    {"main", Action::Keep, Tag::Div, Block},
    {"mark", Action::Keep, Tag::Mark, 0},
    {"math", Action::DropContent, Tag::None, Foreign},
    {"menu", Action::Keep, Tag::Ul, Block},
    {"meta", Action::DropTag, Tag::None, Void},
    {"nav", Action::Keep, Tag::Div, Block},
    {"noembed", Action::DropContent, Tag::None, 0},
    {"noframes", Action::DropContent, Tag::None, 0},
    {"noscript", Action::DropContent, Tag::None, 0},
    {"object", Action::Embed, Tag::None, 0},
    {"ol", Action::Keep, Tag::Ol, Block},
    {"p", Action::Keep, Tag::P, Block},
    {"param", Action::DropTag, Tag::None, Void},
    {"picture", Action::Keep, Tag::Picture, 0},
    {"plaintext", Action::Keep, Tag::Pre, Block},
    {"pre", Action::Keep, Tag::Pre, Block},
    {"q", Action::Keep, Tag::Q, 0},
    {"s", Action::Keep, Tag::S, 0},
    {"samp", Action::Keep, Tag::Samp, 0},
    {"script", Action::DropContent, Tag::None, 0},
    {"section", Action::Keep, Tag::Div, Block},
    {"select", Action::DropContent, Tag::None, 0},
    {"small", Action::Keep, Tag::Small, 0},
    {"source", Action::Keep, Tag::Source, Void},
    {"strike", Action::Keep, Tag::S, 0},
    {"strong", Action::Keep, Tag::Strong, 0},
    {"style", Action::DropContent, Tag::None, 0},
    {"sub", Action::Keep, Tag::Sub, 0},
    {"summary", Action::Keep, Tag::Div, Block},
    {"sup", Action::Keep, Tag::Sup, 0},
    {"svg", Action::DropContent, Tag::None, Foreign},
    {"table", Action::Keep, Tag::Table, Block},
    {"tbody", Action::Keep, Tag::Tbody, 0},
    {"td", Action::Keep, Tag::Td, 0},
    {"template", Action::DropContent, Tag::None, 0},
    {"textarea", Action::DropContent, Tag::None, 0},
    {"tfoot", Action::Keep, Tag::Tfoot, 0},
    {"th", Action::Keep, Tag::Th, 0},
    {"thead", Action::Keep, Tag::Thead, 0},
    {"time", Action::Keep, Tag::Time, 0},
    {"title", Action::DropContent, Tag::None, 0},
    {"tr", Action::Keep, Tag::Tr, 0},
    {"track", Action::Keep, Tag::Track, Void},
    {"tt", Action::Keep, Tag::Code, 0},
    {"u", Action::Keep, Tag::U, 0},
    {"ul", Action::Keep, Tag::Ul, Block},
    {"var", Action::Keep, Tag::Var, 0},
    {"video", Action::Keep, Tag::Video, 0},
    {"wbr", Action::DropTag, Tag::None, Void},
    {"xmp", Action::Keep, Tag::Pre, Block},
};

// Indexed by Tag, starting at Tag::A.
constexpr std::array<std::string_view, 56> kTagNames = {
    "a",          "abbr",    "audio", "b",     "blockquote", "br",   "caption", "cite",
    "code",       "dd",      "del",   "dfn",   "div",        "dl",   "dt",      "em",
    "figcaption", "figure",  "h1",    "h2",    "h3",         "h4",   "h5",      "h6",
    "hr",         "i",       "img",   "ins",   "kbd",        "li",   "mark",    "ol",
    "p",          "picture", "pre",   "q",     "s",          "samp", "small",   "source",
    "strong",     "sub",     "sup",   "table", "tbody",      "td",   "tfoot",   "th",
    "thead",      "time",    "tr",    "track", "u",          "ul",   "var",     "video"};

struct LetterRange
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

constexpr std::array<LetterRange, 26> makeLetterIndex()
{
    std::array<LetterRange, 26> index{};
    for (std::size_t i = 0; i < std::size(kRules); ++i) {
        LetterRange &range = index[std::size_t(kRules[i].name.front() - 'a')];
        if (range.begin == range.end)
            range.begin = i;
        range.end = i + 1;
    }
    return index;
}

constexpr std::array<LetterRange, 26> kLetterIndex = makeLetterIndex();

} // namespace

ElementRule elementRule(std::string_view lowerCaseName)
{
    // Called for every tag: a first-letter index and a short scan beat a binary search.
    if (!lowerCaseName.empty() && lowerCaseName.front() >= 'a' && lowerCaseName.front() <= 'z') {
        const LetterRange range = kLetterIndex[std::size_t(lowerCaseName.front() - 'a')];
        for (std::size_t i = range.begin; i < range.end; ++i) {
            if (kRules[i].name == lowerCaseName)
                return kRules[i];
        }
    }
    return {lowerCaseName, Action::Unwrap, Tag::None, 0};
}

std::string_view tagName(Tag tag)
{
    const auto index = std::size_t(tag);
    return index == 0 || index > kTagNames.size() ? std::string_view() : kTagNames[index - 1];
}

} // namespace Html::Private
