#include "html/cleaner.h"

#include "html/htmlescape.h"
#include "text/htmltokenizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace Html::Private {
namespace {

// Deeper nesting is unwrapped: keeps end-tag searches cheap on hostile input.
constexpr std::size_t kMaxDepth = 200;

enum class Attr : std::uint8_t {
    Unknown,
    Alt,
    Cite,
    Class,
    Colspan,
    Datetime,
    Default,
    Dir,
    Height,
    Href,
    Kind,
    Label,
    Lang,
    Loop,
    Media,
    Muted,
    Poster,
    Reversed,
    Rowspan,
    Scope,
    Src,
    Srclang,
    Srcset,
    Start,
    Title,
    Type,
    Value,
    Width,
};

struct AttrName
{
    std::string_view name;
    Attr attr;
};

constexpr AttrName kAttrNames[] = {
    {"alt", Attr::Alt},         {"cite", Attr::Cite},         {"class", Attr::Class},
    {"colspan", Attr::Colspan}, {"datetime", Attr::Datetime}, {"default", Attr::Default},
    {"dir", Attr::Dir},         {"height", Attr::Height},     {"href", Attr::Href},
    {"kind", Attr::Kind},       {"label", Attr::Label},       {"lang", Attr::Lang},
    {"loop", Attr::Loop},       {"media", Attr::Media},       {"muted", Attr::Muted},
    {"poster", Attr::Poster},   {"reversed", Attr::Reversed}, {"rowspan", Attr::Rowspan},
    {"scope", Attr::Scope},     {"src", Attr::Src},           {"srclang", Attr::Srclang},
    {"srcset", Attr::Srcset},   {"start", Attr::Start},       {"title", Attr::Title},
    {"type", Attr::Type},       {"value", Attr::Value},       {"width", Attr::Width},
};

Attr attrFromName(std::string_view name)
{
    const auto it = std::lower_bound(
        std::begin(kAttrNames), std::end(kAttrNames), name,
        [](const AttrName &entry, std::string_view key) { return entry.name < key; });
    return it != std::end(kAttrNames) && it->name == name ? it->attr : Attr::Unknown;
}

bool isAllowed(Attr attr, Tag tag)
{
    switch (attr) {
    case Attr::Title:
    case Attr::Lang:
    case Attr::Dir:
        return true;
    case Attr::Href:
        return tag == Tag::A;
    case Attr::Src:
        return tag == Tag::Img || tag == Tag::Source || tag == Tag::Audio || tag == Tag::Video ||
               tag == Tag::Track;
    case Attr::Srcset:
        return tag == Tag::Img || tag == Tag::Source;
    case Attr::Alt:
        return tag == Tag::Img;
    case Attr::Width:
    case Attr::Height:
        return tag == Tag::Img || tag == Tag::Video;
    case Attr::Type:
        return tag == Tag::Source || tag == Tag::Ol;
    case Attr::Media:
        return tag == Tag::Source;
    case Attr::Poster:
        return tag == Tag::Video;
    case Attr::Cite:
        return tag == Tag::Blockquote || tag == Tag::Q || tag == Tag::Del || tag == Tag::Ins;
    case Attr::Datetime:
        return tag == Tag::Time || tag == Tag::Del || tag == Tag::Ins;
    case Attr::Colspan:
    case Attr::Rowspan:
        return tag == Tag::Td || tag == Tag::Th;
    case Attr::Scope:
        return tag == Tag::Th;
    case Attr::Start:
    case Attr::Reversed:
        return tag == Tag::Ol;
    case Attr::Value:
        return tag == Tag::Li;
    case Attr::Kind:
    case Attr::Srclang:
    case Attr::Label:
    case Attr::Default:
        return tag == Tag::Track;
    case Attr::Loop:
    case Attr::Muted:
        return tag == Tag::Audio || tag == Tag::Video;
    case Attr::Class:
        return tag == Tag::P; // only class="embed", the video card written below
    case Attr::Unknown:
        break;
    }
    return false;
}

bool equalsLower(std::string_view text, std::string_view lower)
{
    return text.size() == lower.size() &&
           std::equal(text.begin(), text.end(), lower.begin(), [](char a, char b) {
               return (a >= 'A' && a <= 'Z' ? char(a + 32) : a) == b;
           });
}

bool isOneOf(std::string_view value, std::initializer_list<std::string_view> allowed)
{
    return std::any_of(allowed.begin(), allowed.end(),
                       [value](std::string_view a) { return equalsLower(value, a); });
}

// A leading (optionally signed) decimal number such as "640" or "640px"; false when none.
bool parseNumber(std::string_view text, bool allowSign, long long *result)
{
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'))
        ++i;
    const bool negative = allowSign && i < text.size() && text[i] == '-';
    if (negative || (allowSign && i < text.size() && text[i] == '+'))
        ++i;
    const std::size_t digits = i;
    long long value = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
        value = std::min(value * 10 + (text[i] - '0'), 1'000'000'000LL);
    if (i == digits)
        return false;
    *result = negative ? -value : value;
    return true;
}

bool isLanguageTag(std::string_view value)
{
    return !value.empty() && value.size() <= 35 &&
           std::all_of(value.begin(), value.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-';
           });
}

bool isTableBoundary(Tag tag)
{
    return tag == Tag::Table || tag == Tag::Td || tag == Tag::Th || tag == Tag::Caption;
}

bool isTableStructure(Tag tag)
{
    return isTableBoundary(tag) || tag == Tag::Tr || tag == Tag::Tbody || tag == Tag::Thead ||
           tag == Tag::Tfoot;
}

bool isHeading(Tag tag)
{
    return tag >= Tag::H1 && tag <= Tag::H6;
}

} // namespace

Cleaner::Cleaner(const QUrl &baseUrl) : m_urls(baseUrl)
{}

std::string Cleaner::run(std::string_view utf8)
{
    m_out.reserve(utf8.size() + utf8.size() / 8 + 64);
    const bool hasMarkup = std::memchr(utf8.data(), '<', utf8.size()) != nullptr ||
                           std::memchr(utf8.data(), '&', utf8.size()) != nullptr;
    if (!hasMarkup) {
        appendEscapedText(utf8, m_out); // plain text needs no parser
    } else {
        Text::HtmlTokenizer tokens(utf8);
        for (;;) {
            const Text::HtmlTokenizer::Token token = tokens.next();
            if (token == Text::HtmlTokenizer::Token::End)
                break;
            if (token == Text::HtmlTokenizer::Token::Text) {
                if (m_skipDepth == 0)
                    appendEscapedText(tokens.text(), m_out);
            } else if (token == Text::HtmlTokenizer::Token::StartTag) {
                if (m_skipDepth > 0)
                    skippedStartTag(tokens);
                else
                    startTag(tokens);
            } else {
                endTag(tokens.tagName());
            }
        }
        m_foreign.closeAll(m_out);
        closeDownTo(0);
    }

    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    std::size_t end = m_out.size();
    while (end > 0 && isSpace(m_out[end - 1]))
        --end;
    std::size_t begin = 0;
    while (begin < end && isSpace(m_out[begin]))
        ++begin;
    m_out.resize(end);
    m_out.erase(0, begin);
    return std::move(m_out);
}

void Cleaner::startTag(const Text::HtmlTokenizer &tokens)
{
    if (m_foreign.active()) {
        if (m_foreign.startTag(tokens, m_out) == ForeignContent::Start::DropContent &&
            !tokens.selfClosing())
            startSkipping(tokens.tagName(), false);
        return;
    }
    const ElementRule rule = elementRule(tokens.tagName());
    if ((rule.flags & Foreign) && !tokens.selfClosing()) {
        m_foreign.start(tokens, m_out);
        return;
    }
    switch (rule.action) {
    case Action::Unwrap:
    case Action::DropTag:
        return;
    case Action::DropContent:
        if (!((rule.flags & Foreign) && tokens.selfClosing()))
            startSkipping(rule.name, false);
        return;
    case Action::Embed: {
        const Text::HtmlAttribute *source =
            tokens.findAttribute(rule.name == "object" ? "data" : "src");
        const std::size_t before = m_out.size();
        if (source)
            writeEmbed(source->value);
        if (!(rule.flags & Void)) {
            startSkipping(rule.name, rule.name == "object");
            m_skipCardWritten = m_out.size() != before;
        }
        return;
    }
    case Action::Keep:
        break;
    }

    const bool isVoid = rule.flags & Void;
    if (!isVoid && m_open.size() >= kMaxDepth)
        return;
    if (rule.flags & Block)
        closeImpliedBy(Tag::P);
    closeImpliedBy(rule.tag);

    const std::size_t mark = m_out.size();
    if (!writeStartTag(rule.tag, tokens)) {
        m_out.resize(mark);
        return;
    }
    if (!isVoid)
        m_open.push_back(rule.tag);
}

void Cleaner::endTag(std::string_view name)
{
    if (m_skipDepth > 0) {
        if (name == m_skipName && --m_skipDepth == 0)
            m_skipName.clear();
        return;
    }
    if (m_foreign.active()) {
        m_foreign.endTag(name, m_out);
        return;
    }
    const ElementRule rule = elementRule(name);
    if (rule.action != Action::Keep || (rule.flags & Void))
        return;
    const int index = findOpen(rule.tag, rule.tag, !isTableStructure(rule.tag), {});
    if (index >= 0)
        closeDownTo(index);
}

void Cleaner::skippedStartTag(const Text::HtmlTokenizer &tokens)
{
    const std::string_view name = tokens.tagName();
    if (name == m_skipName) {
        if (!((elementRule(name).flags & Foreign) && tokens.selfClosing()))
            ++m_skipDepth;
        return;
    }
    // Old embed code: <object><param name="movie" value="..."><embed src="..."></object>.
    if (!m_skipIsObject || m_skipCardWritten)
        return;
    const Text::HtmlAttribute *source = nullptr;
    if (name == "embed") {
        source = tokens.findAttribute("src");
    } else if (name == "param") {
        const Text::HtmlAttribute *paramName = tokens.findAttribute("name");
        if (paramName && isOneOf(paramName->value, {"movie", "src"}))
            source = tokens.findAttribute("value");
    }
    if (source) {
        const std::size_t before = m_out.size();
        writeEmbed(source->value);
        m_skipCardWritten = m_out.size() != before;
    }
}

void Cleaner::startSkipping(std::string_view name, bool isObject)
{
    m_skipName.assign(name.data(), name.size());
    m_skipDepth = 1;
    m_skipIsObject = isObject;
    m_skipCardWritten = false;
}

bool Cleaner::writeStartTag(Tag tag, const Text::HtmlTokenizer &tokens)
{
    m_out += '<';
    m_out += tagName(tag);

    std::uint32_t seen = 0;
    bool hasSource = false;
    long long width = -1;
    long long height = -1;
    for (std::size_t i = 0; i < tokens.attributeCount(); ++i) {
        const Text::HtmlAttribute &attribute = tokens.attribute(i);
        const Attr attr = attrFromName(attribute.name);
        const std::uint32_t bit = 1u << unsigned(attr);
        if (attr == Attr::Unknown || (seen & bit) || !isAllowed(attr, tag))
            continue;
        seen |= bit; // the first occurrence wins, as in browsers
        const std::string_view value = attribute.value;
        long long number = 0;
        switch (attr) {
        case Attr::Href:
        case Attr::Src:
        case Attr::Poster:
        case Attr::Cite: {
            const UrlUse use = attr == Attr::Href                       ? UrlUse::Link
                               : (attr == Attr::Src && tag == Tag::Img) ? UrlUse::Image
                                                                        : UrlUse::Resource;
            const std::string url = m_urls.clean(value, use);
            if (url.empty() || (tag == Tag::Img && UrlPolicy::isTracker(url)))
                continue;
            hasSource = hasSource || attr == Attr::Href || attr == Attr::Src;
            writeAttribute(attribute.name, url);
            break;
        }
        case Attr::Srcset: {
            const std::string srcset = m_urls.cleanSrcset(value);
            if (!srcset.empty()) {
                hasSource = true; // <img srcset> alone is a usable image, too
                writeAttribute(attribute.name, srcset);
            }
            break;
        }
        case Attr::Width:
        case Attr::Height:
            if (parseNumber(value, false, &number)) {
                number = std::min(number, 100'000LL);
                (attr == Attr::Width ? width : height) = number;
                writeAttribute(attribute.name, std::to_string(number));
            }
            break;
        case Attr::Colspan:
        case Attr::Rowspan:
            if (parseNumber(value, false, &number)) {
                number = std::clamp(number, attr == Attr::Colspan ? 1LL : 0LL, 1000LL);
                writeAttribute(attribute.name, std::to_string(number));
            }
            break;
        case Attr::Start:
        case Attr::Value:
            if (parseNumber(value, true, &number))
                writeAttribute(attribute.name, std::to_string(number));
            break;
        case Attr::Reversed:
        case Attr::Default:
        case Attr::Loop:
        case Attr::Muted:
            writeAttribute(attribute.name, {});
            break;
        case Attr::Dir:
            if (isOneOf(value, {"ltr", "rtl", "auto"}))
                writeAttribute(attribute.name, value);
            break;
        case Attr::Lang:
        case Attr::Srclang:
            if (isLanguageTag(value))
                writeAttribute(attribute.name, value);
            break;
        case Attr::Scope:
            if (isOneOf(value, {"row", "col", "rowgroup", "colgroup"}))
                writeAttribute(attribute.name, value);
            break;
        case Attr::Kind:
            if (isOneOf(value, {"subtitles", "captions", "descriptions", "chapters", "metadata"}))
                writeAttribute(attribute.name, value);
            break;
        case Attr::Type:
            if (tag != Tag::Ol || isOneOf(value, {"1", "a", "i"}))
                writeAttribute(attribute.name, value);
            break;
        case Attr::Class:
            if (value == "embed")
                writeAttribute(attribute.name, value);
            break;
        case Attr::Alt:
        case Attr::Title:
        case Attr::Label:
        case Attr::Media:
        case Attr::Datetime:
            writeAttribute(attribute.name, value);
            break;
        case Attr::Unknown:
            break;
        }
    }

    if (tag == Tag::Img) {
        // Spacers and 1×1 tracking pixels: every declared dimension is 0 or 1.
        const bool tiny = (width >= 0 || height >= 0) && width <= 1 && height <= 1;
        if (!hasSource || tiny)
            return false;
    } else if (tag == Tag::A) {
        if (!hasSource)
            return false; // unwrapped: the text stays, the link goes
        writeAttribute("rel", "noopener noreferrer nofollow");
    } else if (tag == Tag::Source || tag == Tag::Track) {
        if (!hasSource)
            return false; // nothing to load
    } else if (tag == Tag::Audio || tag == Tag::Video) {
        writeAttribute("controls", {});
        writeAttribute("preload", "none");
    }
    m_out += '>';
    return true;
}

void Cleaner::writeAttribute(std::string_view name, std::string_view value)
{
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    appendEscapedAttribute(value, m_out);
    m_out += '"';
}

void Cleaner::writeEmbed(std::string_view url)
{
    // The card is a <p> holding an <a>: past the depth limit a second pass would drop them, so
    // the output would not be stable. So deep inside, the embed goes without a card.
    if (m_open.size() + 2 > kMaxDepth)
        return;
    const VideoLink link = m_urls.videoLink(url);
    if (!link.url.isEmpty())
        writeVideoCard(link);
}

void Cleaner::writeVideoCard(const VideoLink &link)
{
    closeImpliedBy(Tag::A);
    closeImpliedBy(Tag::P);
    const QString label =
        QCoreApplication::translate("Html::Sanitizer", "▶ Video on %1").arg(link.site);
    m_out += "<p class=\"embed\"><a href=\"";
    appendEscapedAttribute(link.url.toStdString(), m_out);
    m_out += "\" rel=\"noopener noreferrer nofollow\">";
    appendEscapedText(label.toStdString(), m_out);
    m_out += "</a></p>";
}

void Cleaner::closeImpliedBy(Tag tag)
{
    // The few tree-construction rules that keep the output nested the way browsers read it.
    int index = -1;
    switch (tag) {
    case Tag::P:
        index = findOpen(Tag::P, Tag::P, true, {});
        break;
    case Tag::A:
        index = findOpen(Tag::A, Tag::A, true, {});
        break;
    case Tag::Li:
        index = findOpen(Tag::Li, Tag::Li, true, {Tag::Ul, Tag::Ol});
        break;
    case Tag::Dt:
    case Tag::Dd:
        index = findOpen(Tag::Dt, Tag::Dd, true, {Tag::Dl});
        break;
    case Tag::Tr:
        index = findOpen(Tag::Tr, Tag::Tr, false, {Tag::Table, Tag::Thead, Tag::Tbody, Tag::Tfoot});
        break;
    case Tag::Td:
    case Tag::Th:
        index = findOpen(Tag::Td, Tag::Th, false, {Tag::Tr, Tag::Table});
        break;
    case Tag::Thead:
    case Tag::Tbody:
    case Tag::Tfoot:
        index = findOpen(Tag::Thead, Tag::Tbody, false, {Tag::Table});
        if (index < 0)
            index = findOpen(Tag::Tfoot, Tag::Tfoot, false, {Tag::Table});
        break;
    default:
        if (isHeading(tag) && !m_open.empty() && isHeading(m_open.back()))
            index = int(m_open.size()) - 1;
        break;
    }
    if (index >= 0)
        closeDownTo(index);
}

int Cleaner::findOpen(Tag tag, Tag other, bool stopAtTables,
                      std::initializer_list<Tag> boundaries) const
{
    for (int i = int(m_open.size()) - 1; i >= 0; --i) {
        const Tag open = m_open[std::size_t(i)];
        if (open == tag || open == other)
            return i;
        if (stopAtTables && isTableBoundary(open))
            return -1;
        if (std::find(boundaries.begin(), boundaries.end(), open) != boundaries.end())
            return -1;
    }
    return -1;
}

void Cleaner::closeDownTo(int index)
{
    while (int(m_open.size()) > index) {
        m_out += "</";
        m_out += tagName(m_open.back());
        m_out += '>';
        m_open.pop_back();
    }
}

} // namespace Html::Private
