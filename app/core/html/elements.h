#pragma once

#include <cstdint>
#include <string_view>

namespace Html::Private {

// The elements the sanitizer writes. Everything else is unwrapped, dropped or renamed.
enum class Tag : std::uint8_t {
    None,
    A,
    Abbr,
    Audio,
    B,
    Blockquote,
    Br,
    Caption,
    Cite,
    Code,
    Dd,
    Del,
    Dfn,
    Div,
    Dl,
    Dt,
    Em,
    Figcaption,
    Figure,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Hr,
    I,
    Img,
    Ins,
    Kbd,
    Li,
    Mark,
    Ol,
    P,
    Picture,
    Pre,
    Q,
    S,
    Samp,
    Small,
    Source,
    Strong,
    Sub,
    Sup,
    Table,
    Tbody,
    Td,
    Tfoot,
    Th,
    Thead,
    Time,
    Tr,
    Track,
    U,
    Ul,
    Var,
    Video,
};

enum class Action : std::uint8_t {
    Unwrap,      // drop the tags, keep the content (also every unknown element)
    Keep,        // write the element as `tag`
    DropContent, // drop the element with everything inside it
    DropTag,     // an element without content (meta, input, ...): drop it
    Embed,       // iframe/object/embed: a link card for a known video host, otherwise dropped
};

enum ElementFlag : std::uint8_t {
    Void = 1,    // never has content or an end tag
    Block = 2,   // starts a block: closes an open <p>
    Foreign = 4, // SVG/MathML: "<svg/>" really is empty
};

struct ElementRule
{
    std::string_view name;
    Action action = Action::Unwrap;
    Tag tag = Tag::None;
    std::uint8_t flags = 0;
};

// The rule for a lower-case element name; unknown names get {Unwrap}.
[[nodiscard]] ElementRule elementRule(std::string_view lowerCaseName);
// The name written for a kept tag.
[[nodiscard]] std::string_view tagName(Tag tag);

} // namespace Html::Private
