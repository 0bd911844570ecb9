#include "text/plaintext.h"

#include "text/htmltokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <limits>

namespace Text::PlainText {
namespace {

enum ElementFlag : std::uint8_t {
    Inline = 1,      // inside a line of text: never a word boundary
    Break = 2,       // a word boundary in HTML (blocks, cells, <br>)
    DropContent = 4, // its content is no text (script, style, embedded documents ...)
    Foreign = 8,     // SVG/MathML: "<svg/>" really is empty
};

struct Element
{
    std::string_view name;
    std::uint8_t flags;
};

// What plain text needs to know of an element, sorted by name.
constexpr Element kElements[] = {
    {"a", Inline},
    {"abbr", Inline},
    {"address", Break},
    {"applet", DropContent},
    {"article", Break},
    {"aside", Break},
    {"audio", Break},
    {"b", Inline},
    {"big", Inline},
    {"blockquote", Break},
    {"br", Break},
    {"button", DropContent},
    {"caption", Break},
    {"center", Break},
    {"cite", Inline},
    {"code", Inline},
    {"dd", Break},
    {"del", Inline},
    {"details", Break},
    {"dfn", Inline},
    {"dir", Break},
    {"div", Break},
    {"dl", Break},
    {"dt", Break},
    {"em", Inline},
    {"figcaption", Break},
    {"figure", Break},
    {"font", Inline},
    {"footer", Break},
    {"form", Break | DropContent},
    {"frameset", DropContent},
    {"h1", Break},
    {"h2", Break},
    {"h3", Break},
    {"h4", Break},
    {"h5", Break},
    {"h6", Break},
    {"header", Break},
    {"hgroup", Break},
    {"hr", Break},
    {"i", Inline},
    {"iframe", Break | DropContent},
    {"ins", Inline},
    {"kbd", Inline},
    {"li", Break},
    {"listing", Break},
    {"main", Break},
    {"mark", Inline},
    {"math", Break | DropContent | Foreign},
    {"menu", Break},
    {"nav", Break},
    {"noembed", DropContent},
    {"noframes", DropContent},
    {"noscript", DropContent},
    {"object", Break | DropContent},
    {"ol", Break},
    {"p", Break},
    {"plaintext", Break},
    {"pre", Break},
    {"q", Inline},
    {"s", Inline},
    {"samp", Inline},
    {"script", DropContent},
    {"section", Break},
    {"select", DropContent},
    {"small", Inline},
    {"span", Inline},
    {"strike", Inline},
    {"strong", Inline},
    {"style", DropContent},
    {"sub", Inline},
    {"summary", Break},
    {"sup", Inline},
    {"svg", Break | DropContent | Foreign},
    {"table", Break},
    {"tbody", Break},
    {"td", Break},
    {"template", DropContent},
    {"textarea", DropContent},
    {"tfoot", Break},
    {"th", Break},
    {"thead", Break},
    {"title", DropContent},
    {"tr", Break},
    {"tt", Inline},
    {"u", Inline},
    {"ul", Break},
    {"var", Inline},
    {"video", Break},
    {"xmp", Break},
};

struct LetterRange
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Entries by first letter (the table is sorted, so they are adjacent): called for every tag, a
// short scan beats a binary search.
constexpr std::array<LetterRange, 26> makeLetterIndex()
{
    std::array<LetterRange, 26> index{};
    for (std::size_t i = 0; i < std::size(kElements); ++i) {
        LetterRange &range = index[std::size_t(kElements[i].name.front() - 'a')];
        if (range.begin == range.end)
            range.begin = i;
        range.end = i + 1;
    }
    return index;
}

constexpr std::array<LetterRange, 26> kLetterIndex = makeLetterIndex();

// The entry of a lower-case element name; nullptr for elements plain text need not know.
const Element *findElement(std::string_view name)
{
    if (name.empty() || name.front() < 'a' || name.front() > 'z')
        return nullptr;
    const LetterRange range = kLetterIndex[std::size_t(name.front() - 'a')];
    for (std::size_t i = range.begin; i < range.end; ++i) {
        if (kElements[i].name == name)
            return &kElements[i];
    }
    return nullptr;
}

// Whether a tag separates words: in HTML the blocks, cells and <br>; in a feed field every tag
// but the inline ones.
bool breaksWords(std::uint8_t flags, bool feedField)
{
    return feedField ? (flags & Inline) == 0 : (flags & Break) != 0;
}

// Bytes of the UTF-8 white space at text[i] (what QChar::isSpace() counts), 0 when none. With
// `breaksOnly`, only the spaces that break lines or words count: no-break and typographic spaces
// (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000) are then characters.
std::size_t spaceLength(std::string_view text, std::size_t i, bool breaksOnly)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    if (c < 0xC2 || c > 0xE3 || i + 1 >= text.size())
        return 0;
    const auto c1 = static_cast<unsigned char>(text[i + 1]);
    if (c == 0xC2)
        return c1 == 0x85 || (c1 == 0xA0 && !breaksOnly) ? 2 : 0; // next line, no-break space
    if (i + 2 >= text.size())
        return 0;
    const auto c2 = static_cast<unsigned char>(text[i + 2]);
    if (c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9)) // U+2028, U+2029
        return 3;
    if (breaksOnly)
        return 0;
    if (c == 0xE1)
        return c1 == 0x9A && c2 == 0x80 ? 3 : 0; // U+1680
    if (c == 0xE2 && c1 == 0x80)                 // U+2000–U+200A, U+202F
        return c2 <= 0x8A || c2 == 0xAF ? 3 : 0;
    if (c == 0xE2)
        return c1 == 0x81 && c2 == 0x9F ? 3 : 0;          // U+205F
    return c == 0xE3 && c1 == 0x80 && c2 == 0x80 ? 3 : 0; // U+3000
}

// The spaces collapseWhitespace() and feed fields collapse: those that break lines or words.
bool isBreakingSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || (u >= '\t' && u <= '\r') || u == 0x85 || u == 0x2028 || u == 0x2029;
}

// A byte that continues a word: not ASCII white space or control, nor the lead byte of a
// multi-byte space.
bool isWordByte(unsigned char c)
{
    return c > 0x20 && c != 0x7F && c != 0xC2 && (c < 0xE1 || c > 0xE3);
}

// Collapses white space while appending text; control characters vanish.
class Builder final
{
public:
    Builder(std::size_t reserve, bool keepTypographicSpaces)
        : m_keepTypographicSpaces(keepTypographicSpaces)
    {
        m_out.reserve(reserve);
    }

    void append(std::string_view text)
    {
        std::size_t i = 0;
        while (i < text.size()) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (const std::size_t space = spaceLength(text, i, m_keepTypographicSpaces)) {
                breakWord();
                i += space;
            } else if (c < 0x20 || c == 0x7F) {
                ++i;
            } else {
                std::size_t end = i + 1;
                while (end < text.size() && isWordByte(static_cast<unsigned char>(text[end])))
                    ++end;
                if (m_pendingSpace) {
                    m_out += ' ';
                    m_pendingSpace = false;
                }
                m_out.append(text.data() + i, end - i);
                i = end;
            }
        }
    }
    void breakWord() { m_pendingSpace = !m_out.empty(); }
    [[nodiscard]] std::size_t size() const { return m_out.size(); }
    [[nodiscard]] const std::string &text() const { return m_out; }

private:
    std::string m_out;
    bool m_keepTypographicSpaces = false;
    bool m_pendingSpace = false;
};

bool isTrailingPunctuation(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char(':');
}

QString cutAtWord(QString text, int maxChars)
{
    if (maxChars <= 0)
        return {};
    const int keep = maxChars - 1; // room for the ellipsis
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '), keep);
    qsizetype end = space > 0 ? space : keep;
    if (end > 0 && end < text.size() && text.at(end).isLowSurrogate())
        --end; // never split a surrogate pair
    text.truncate(end);
    while (!text.isEmpty() && isTrailingPunctuation(text.back()))
        text.chop(1);
    return text + QChar(0x2026);
}

bool isTagStart(const QString &s, qsizetype i)
{
    if (i + 1 >= s.size())
        return false;
    const QChar next = s.at(i + 1);
    return (next.unicode() < 128 && next.isLetter()) || next == u'/' || next == u'!' ||
           next == u'?';
}

} // namespace

QString fromHtml(const QString &html, const Options &options)
{
    const int maxChars = options.maxChars;
    if (html.isEmpty() || maxChars == 0)
        return {};
    const QByteArray utf8 = html.toUtf8();
    // A UTF-16 unit takes at most 3 UTF-8 bytes, so this many bytes always hold maxChars + 1
    // characters: enough to decide whether (and where) to cut, and we can stop reading early.
    const std::size_t byteLimit =
        maxChars < 0 ? std::numeric_limits<std::size_t>::max() : 3 * (std::size_t(maxChars) + 2);
    Builder builder(std::min<std::size_t>(std::size_t(utf8.size()), byteLimit), options.feedField);
    HtmlTokenizer tokens(std::string_view(utf8.constData(), std::size_t(utf8.size())), false);
    tokens.setCutOffTagsAreText(options.feedField);
    std::string_view skipping; // element whose content is not text (script, style, ...)
    int skipDepth = 0;
    while (builder.size() <= byteLimit) {
        const HtmlTokenizer::Token token = tokens.next();
        if (token == HtmlTokenizer::Token::End)
            break;
        if (token == HtmlTokenizer::Token::Text) {
            if (skipDepth == 0)
                builder.append(tokens.text());
            continue;
        }
        const Element *element = findElement(tokens.tagName());
        const std::uint8_t flags = element ? element->flags : 0;
        const bool emptyForeign = (flags & Foreign) && tokens.selfClosing();
        if (skipDepth > 0) {
            if (tokens.tagName() == skipping && !emptyForeign)
                skipDepth += token == HtmlTokenizer::Token::StartTag ? 1 : -1;
            continue;
        }
        if (breaksWords(flags, options.feedField))
            builder.breakWord();
        if (token == HtmlTokenizer::Token::StartTag && (flags & DropContent) && !emptyForeign) {
            skipping = element->name; // the static table's: the tokenizer's view will change
            skipDepth = 1;
        }
    }

    QString text = QString::fromUtf8(builder.text().data(), qsizetype(builder.text().size()));
    if (options.feedField && !text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        text = std::move(text).trimmed(); // typographic spaces at the ends
    if (maxChars < 0 || text.size() <= maxChars)
        return text;
    return cutAtWord(std::move(text), maxChars);
}

QString collapseWhitespace(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text.at(begin).isSpace())
        ++begin;
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    bool clean = true;
    for (qsizetype i = begin; clean && i < end; ++i) {
        const QChar c = text.at(i);
        if (isBreakingSpace(c) && (c != u' ' || text.at(i + 1) == u' '))
            clean = false;
    }
    if (clean)
        return begin == 0 && end == text.size() ? text : text.mid(begin, end - begin);
    QString out;
    out.reserve(end - begin);
    bool pendingSpace = false;
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = text.at(i);
        if (isBreakingSpace(c)) {
            pendingSpace = true;
        } else {
            if (pendingSpace)
                out += u' ';
            pendingSpace = false;
            out += c;
        }
    }
    return out;
}

QString fromMaybeHtml(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'&' || (c == u'<' && isTagStart(text, i))) {
            return fromHtml(text, feedField());
        }
    }
    return collapseWhitespace(text);
}

QString toHtml(const QString &text)
{
    QString escaped = text.trimmed().toHtmlEscaped();
    escaped.replace(u'\n', QLatin1String("<br>"));
    return escaped;
}

} // namespace Text::PlainText
