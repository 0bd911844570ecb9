#include "html/foreigncontent.h"

#include "html/htmlescape.h"
#include "text/ascii.h"
#include "text/htmltokenizer.h"

#include <algorithm>
#include <array>

namespace Html::Private {
namespace {

using Text::Ascii::equalsLower;

constexpr std::size_t kMaxDepth = 100;

// Lower-case names map to the names written; the HTML tokenizer gives lower case only.
constexpr std::string_view kSvgElements[] = {"circle", "ellipse", "g",        "line",
                                             "path",   "polygon", "polyline", "rect",
                                             "svg",    "text",    "tspan"};

constexpr std::string_view kMathElements[] = {
    "annotation",    "math", "menclose", "merror", "mfenced", "mfrac",    "mi",
    "mmultiscripts", "mn",   "mo",       "mover",  "mpadded", "mphantom", "mprescripts",
    "mroot",         "mrow", "ms",       "mspace", "msqrt",   "mstyle",   "msub",
    "msubsup",       "msup", "mtable",   "mtd",    "mtext",   "mtr",      "munder",
    "munderover",    "none", "semantics"};

// Content that is code, HTML or metadata: dropped with everything inside it.
constexpr std::string_view kDropContent[] = {
    "annotation-xml", "desc",   "foreignobject", "iframe",   "metadata", "noscript",
    "object",         "script", "style",         "template", "textarea", "title"};

constexpr std::string_view kSvgAttributes[] = {"cx",
                                               "cy",
                                               "d",
                                               "dx",
                                               "dy",
                                               "fill",
                                               "fill-opacity",
                                               "fill-rule",
                                               "font-family",
                                               "font-size",
                                               "font-style",
                                               "font-weight",
                                               "height",
                                               "opacity",
                                               "points",
                                               "preserveAspectRatio",
                                               "r",
                                               "rx",
                                               "ry",
                                               "stroke",
                                               "stroke-dasharray",
                                               "stroke-linecap",
                                               "stroke-linejoin",
                                               "stroke-opacity",
                                               "stroke-width",
                                               "text-anchor",
                                               "transform",
                                               "viewBox",
                                               "width",
                                               "x",
                                               "x1",
                                               "x2",
                                               "y",
                                               "y1",
                                               "y2"};

constexpr std::string_view kMathAttributes[] = {
    "accent",     "accentunder", "close",       "columnalign",   "columnlines", "columnspacing",
    "depth",      "dir",         "display",     "displaystyle",  "encoding",    "fence",
    "frame",      "height",      "largeop",     "linethickness", "lspace",      "mathbackground",
    "mathcolor",  "mathsize",    "mathvariant", "movablelimits", "notation",    "open",
    "rowalign",   "rowlines",    "rowspacing",  "rspace",        "scriptlevel", "separator",
    "separators", "stretchy",    "symmetric",   "width"};

template<std::size_t N>
std::string_view canonical(const std::string_view (&names)[N], std::string_view lowerName)
{
    for (const std::string_view name : names) {
        if (equalsLower(name, lowerName))
            return name;
    }
    return {};
}

bool containsLower(std::string_view value, std::string_view lowerNeedle)
{
    if (value.size() < lowerNeedle.size())
        return false;
    for (std::size_t i = 0; i + lowerNeedle.size() <= value.size(); ++i) {
        if (equalsLower(value.substr(i, lowerNeedle.size()), lowerNeedle))
            return true;
    }
    return false;
}

// Presentation attributes are CSS values: url() would load a resource, and CSS escapes or
// comments could spell it in disguise. So could a control character, which the writer drops
// ("ur\x0El(" would come out as "url(").
bool isSafeValue(std::string_view value)
{
    const bool hasControl = std::any_of(value.begin(), value.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F;
    });
    return !hasControl && value.find('\\') == std::string_view::npos &&
           value.find("/*") == std::string_view::npos && !containsLower(value, "url") &&
           !containsLower(value, "script:") && !containsLower(value, "expression");
}

} // namespace

void ForeignContent::start(const Text::HtmlTokenizer &tokens, std::string &out)
{
    m_svg = tokens.tagName() == "svg";
    const std::string_view root = m_svg ? "svg" : "math";
    writeStartTag(root, tokens, out);
    m_open.push_back(root);
}

ForeignContent::Start ForeignContent::startTag(const Text::HtmlTokenizer &tokens, std::string &out)
{
    const std::string_view lowerName = tokens.tagName();
    if (!canonical(kDropContent, lowerName).empty())
        return Start::DropContent;
    const std::string_view name =
        m_svg ? canonical(kSvgElements, lowerName) : canonical(kMathElements, lowerName);
    if (name.empty() || m_open.size() >= kMaxDepth)
        return Start::Unwrapped;
    writeStartTag(name, tokens, out);
    if (tokens.selfClosing())
        out.insert(out.size() - 1, "/");
    else
        m_open.push_back(name);
    return Start::Written;
}

void ForeignContent::endTag(std::string_view name, std::string &out)
{
    for (std::size_t i = m_open.size(); i > 0; --i) {
        if (equalsLower(m_open[i - 1], name)) {
            closeDownTo(i - 1, out);
            return;
        }
    }
}

void ForeignContent::closeAll(std::string &out)
{
    closeDownTo(0, out);
}

void ForeignContent::writeStartTag(std::string_view name, const Text::HtmlTokenizer &tokens,
                                   std::string &out) const
{
    out += '<';
    out += name;
    std::vector<std::string_view> written;
    for (std::size_t i = 0; i < tokens.attributeCount(); ++i) {
        const Text::HtmlAttribute &attribute = tokens.attribute(i);
        const std::string_view attr = m_svg ? canonical(kSvgAttributes, attribute.name)
                                            : canonical(kMathAttributes, attribute.name);
        if (attr.empty() || !isSafeValue(attribute.value) ||
            std::find(written.begin(), written.end(), attr) != written.end())
            continue;
        written.push_back(attr); // the first occurrence wins, as in browsers
        out += ' ';
        out += attr;
        out += "=\"";
        appendEscapedAttribute(attribute.value, out);
        out += '"';
    }
    out += '>';
}

void ForeignContent::closeDownTo(std::size_t size, std::string &out)
{
    while (m_open.size() > size) {
        out += "</";
        out += m_open.back();
        out += '>';
        m_open.pop_back();
    }
}

} // namespace Html::Private
