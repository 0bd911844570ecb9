#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace Text {
class HtmlTokenizer;
}

namespace Html::Private {

// SVG and MathML inside sanitized HTML: an allowlist of drawing and formula elements and of
// their presentation attributes, written with the letter case the HTML parser expects
// (viewBox, linearGradient). Nothing that can run code, load a resource or carry HTML gets
// through: no scripts, event handlers, links, hrefs, style, url() values, <use>, <image>,
// <foreignObject> or <annotation-xml>; other unknown elements are unwrapped.
class ForeignContent final
{
public:
    // What the caller does with a start tag inside foreign content.
    enum class Start { Written, Unwrapped, DropContent };

    [[nodiscard]] bool active() const { return !m_open.empty(); }
    // <svg> or <math> (lower case) in HTML: starts foreign content and writes its root.
    void start(const Text::HtmlTokenizer &tokens, std::string &out);
    [[nodiscard]] Start startTag(const Text::HtmlTokenizer &tokens, std::string &out);
    // Closes the element (and those open inside it) when it is open; other end tags are
    // ignored until the root closes.
    void endTag(std::string_view name, std::string &out);
    void closeAll(std::string &out);

private:
    void writeStartTag(std::string_view name, const Text::HtmlTokenizer &tokens,
                       std::string &out) const;
    void closeDownTo(std::size_t size, std::string &out);

    std::vector<std::string_view> m_open; // canonical names of the open elements
    bool m_svg = false;
};

} // namespace Html::Private
