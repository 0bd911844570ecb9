#include "text/htmltokenizer.h"

#include "text/ascii.h"
#include "text/entities.h"

#include <cstring>

namespace Text {
namespace {

using Ascii::equalsLower;
using Ascii::isAlpha;
using Ascii::isHtmlSpace;
using Ascii::toLower;

// Beyond this many attributes on one tag the rest are parsed but not kept, so hostile input
// cannot make attribute look-ups quadratic.
constexpr std::size_t kMaxAttributes = 64;

// Elements whose content the tokenizer treats as text up to the matching end tag.
bool isRawTextElement(std::string_view name, bool *decodes)
{
    *decodes = name == "textarea" || name == "title";
    return *decodes || name == "script" || name == "style" || name == "xmp" || name == "iframe" ||
           name == "noembed" || name == "noframes" || name == "noscript" || name == "plaintext";
}

} // namespace

HtmlTokenizer::HtmlTokenizer(std::string_view utf8, bool keepAttributes)
    : m_input(utf8), m_keepAttributes(keepAttributes)
{}

const HtmlAttribute *HtmlTokenizer::findAttribute(std::string_view name) const
{
    for (std::size_t i = 0; i < m_attributeCount; ++i) {
        if (m_attributes[i].name == name)
            return &m_attributes[i];
    }
    return nullptr;
}

HtmlTokenizer::Token HtmlTokenizer::next()
{
    if (!m_rawTextTag.empty()) {
        const std::size_t end = findRawTextEnd();
        const std::size_t begin = m_pos;
        m_pos = end;
        const bool decodes = m_rawTextDecodes;
        m_rawTextTag.clear();
        if (end > begin) {
            if (decodes) {
                setText(begin, end);
            } else {
                m_text = m_input.substr(begin, end - begin);
            }
            return Token::Text;
        }
    }

    while (m_pos < m_input.size()) {
        if (m_input[m_pos] != '<') {
            const void *lt = std::memchr(m_input.data() + m_pos, '<', m_input.size() - m_pos);
            const std::size_t end =
                lt ? std::size_t(static_cast<const char *>(lt) - m_input.data()) : m_input.size();
            setText(m_pos, end);
            m_pos = end;
            return Token::Text;
        }
        const std::size_t start = m_pos;
        switch (readMarkup()) {
        case TagResult::Emitted:
            return m_endTag ? Token::EndTag : Token::StartTag;
        case TagResult::Skipped:
            continue;
        case TagResult::NotATag: {
            // A '<' that opens nothing is text, together with what follows up to the next '<'.
            const void *lt =
                std::memchr(m_input.data() + start + 1, '<', m_input.size() - start - 1);
            const std::size_t end =
                lt ? std::size_t(static_cast<const char *>(lt) - m_input.data()) : m_input.size();
            setText(start, end);
            m_pos = end;
            return Token::Text;
        }
        }
    }
    return Token::End;
}

HtmlTokenizer::TagResult HtmlTokenizer::readMarkup()
{
    // m_input[m_pos] == '<'
    const std::size_t at = m_pos;
    if (at + 1 >= m_input.size())
        return TagResult::NotATag;
    const char c = m_input[at + 1];
    if (isAlpha(c)) {
        m_pos = at + 1;
        return readTag(false) ? TagResult::Emitted : cutOffTag();
    }
    if (c == '/') {
        if (at + 2 >= m_input.size())
            return TagResult::NotATag;
        if (isAlpha(m_input[at + 2])) {
            m_pos = at + 2;
            return readTag(true) ? TagResult::Emitted : cutOffTag();
        }
        // "</>" vanishes; "</3 ...>" is a bogus comment.
        m_pos = at + 2;
        skipPast('>');
        return TagResult::Skipped;
    }
    if (c == '!') {
        if (m_input.compare(at + 2, 2, "--") == 0) {
            m_pos = at + 4;
            skipComment();
        } else {
            // Doctype, CDATA (outside foreign content) and other bogus comments end at '>'.
            m_pos = at + 2;
            skipPast('>');
        }
        return TagResult::Skipped;
    }
    if (c == '?') {
        m_pos = at + 2;
        skipPast('>');
        return TagResult::Skipped;
    }
    return TagResult::NotATag;
}

HtmlTokenizer::TagResult HtmlTokenizer::cutOffTag() const
{
    return m_cutOffTagsAreText ? TagResult::NotATag : TagResult::Skipped;
}

bool HtmlTokenizer::readTag(bool endTag)
{
    const std::size_t nameStart = m_pos;
    while (m_pos < m_input.size() && !isHtmlSpace(m_input[m_pos]) && m_input[m_pos] != '/' &&
           m_input[m_pos] != '>')
        ++m_pos;
    m_tagNameBuffer.assign(m_input.data() + nameStart, m_pos - nameStart);
    for (char &ch : m_tagNameBuffer)
        ch = toLower(ch);
    m_tagName = m_tagNameBuffer;
    m_endTag = endTag;
    m_selfClosing = false;
    m_attributeCount = 0;

    readAttributes();
    if (m_pos > m_input.size()) {
        m_pos = m_input.size();
        return false; // end of input inside the tag: the spec drops such a tag
    }
    if (!endTag && isRawTextElement(m_tagName, &m_rawTextDecodes))
        m_rawTextTag = m_tagName;
    if (endTag)
        m_attributeCount = 0;
    return true;
}

void HtmlTokenizer::readAttributes()
{
    const std::size_t n = m_input.size();
    for (;;) {
        while (m_pos < n && (isHtmlSpace(m_input[m_pos]) || m_input[m_pos] == '/')) {
            if (m_input[m_pos] == '/' && m_pos + 1 < n && m_input[m_pos + 1] == '>')
                m_selfClosing = true;
            ++m_pos;
        }
        if (m_pos >= n) {
            m_pos = n + 1; // marks an unterminated tag
            return;
        }
        if (m_input[m_pos] == '>') {
            ++m_pos;
            return;
        }
        m_selfClosing = false;

        // A name may start with '='; it runs to whitespace, '/', '>' or '='.
        const std::size_t nameStart = m_pos++;
        while (m_pos < n && !isHtmlSpace(m_input[m_pos]) && m_input[m_pos] != '/' &&
               m_input[m_pos] != '>' && m_input[m_pos] != '=')
            ++m_pos;
        const std::string_view name = m_input.substr(nameStart, m_pos - nameStart);

        std::size_t p = m_pos;
        while (p < n && isHtmlSpace(m_input[p]))
            ++p;
        if (p >= n || m_input[p] != '=') {
            addAttribute(name, {});
            continue;
        }
        ++p;
        while (p < n && isHtmlSpace(m_input[p]))
            ++p;
        if (p >= n) {
            m_pos = n + 1;
            return;
        }
        const char quote = m_input[p];
        if (quote == '"' || quote == '\'') {
            const std::size_t close = m_input.find(quote, p + 1);
            if (close == std::string_view::npos) {
                m_pos = n + 1;
                return;
            }
            addAttribute(name, m_input.substr(p + 1, close - p - 1));
            m_pos = close + 1;
        } else {
            const std::size_t valueStart = p;
            while (p < n && !isHtmlSpace(m_input[p]) && m_input[p] != '>')
                ++p;
            addAttribute(name, m_input.substr(valueStart, p - valueStart));
            m_pos = p;
        }
    }
}

void HtmlTokenizer::addAttribute(std::string_view name, std::string_view rawValue)
{
    if (!m_keepAttributes || m_endTag || m_attributeCount >= kMaxAttributes)
        return;
    if (m_attributeCount == m_attributes.size())
        m_attributes.emplace_back();
    HtmlAttribute &attribute = m_attributes[m_attributeCount++];
    attribute.name.assign(name.data(), name.size());
    for (char &ch : attribute.name)
        ch = toLower(ch);
    attribute.value.clear();
    if (rawValue.find('&') == std::string_view::npos)
        attribute.value.assign(rawValue.data(), rawValue.size());
    else
        appendDecoded(rawValue, ReferenceContext::Attribute, attribute.value);
}

void HtmlTokenizer::setText(std::size_t begin, std::size_t end)
{
    const std::string_view raw = m_input.substr(begin, end - begin);
    if (raw.find('&') == std::string_view::npos) {
        m_text = raw;
        return;
    }
    m_textBuffer.clear();
    appendDecoded(raw, ReferenceContext::Text, m_textBuffer);
    m_text = m_textBuffer;
}

void HtmlTokenizer::skipPast(char c)
{
    const std::size_t found = m_input.find(c, m_pos);
    m_pos = found == std::string_view::npos ? m_input.size() : found + 1;
}

void HtmlTokenizer::skipComment()
{
    // After "<!--": "<!-->" and "<!--->" are empty comments; otherwise "-->" or "--!>" ends it.
    if (m_input.compare(m_pos, 1, ">") == 0) {
        ++m_pos;
        return;
    }
    if (m_input.compare(m_pos, 2, "->") == 0) {
        m_pos += 2;
        return;
    }
    for (;;) {
        const std::size_t dashes = m_input.find("--", m_pos);
        if (dashes == std::string_view::npos) {
            m_pos = m_input.size();
            return;
        }
        if (m_input.compare(dashes + 2, 1, ">") == 0) {
            m_pos = dashes + 3;
            return;
        }
        if (m_input.compare(dashes + 2, 2, "!>") == 0) {
            m_pos = dashes + 4;
            return;
        }
        m_pos = dashes + 1;
    }
}

std::size_t HtmlTokenizer::findRawTextEnd() const
{
    if (m_rawTextTag == "plaintext")
        return m_input.size();
    const std::size_t n = m_input.size();
    std::size_t p = m_pos;
    for (;;) {
        const std::size_t lt = m_input.find("</", p);
        if (lt == std::string_view::npos)
            return n;
        const std::size_t nameEnd = lt + 2 + m_rawTextTag.size();
        if (nameEnd <= n &&
            equalsLower(m_input.substr(lt + 2, m_rawTextTag.size()), m_rawTextTag) &&
            (nameEnd == n || isHtmlSpace(m_input[nameEnd]) || m_input[nameEnd] == '/' ||
             m_input[nameEnd] == '>'))
            return lt;
        p = lt + 2;
    }
}

} // namespace Text
