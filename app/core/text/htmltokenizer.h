#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace Text {

struct HtmlAttribute
{
    std::string name;  // ASCII lower-case
    std::string value; // character references decoded
};

// A forgiving HTML tokenizer modelled on the WHATWG tokenizer states that matter for
// sanitizing: tags with unquoted/quoted attributes, comments, bogus comments, doctype, and the
// raw-text elements (script, style, ...) whose content is never markup. It never fails and
// never recurses; any byte sequence yields a finite token stream. Text and names are views that
// stay valid until the next call of next().
class HtmlTokenizer final
{
public:
    enum class Token { Text, StartTag, EndTag, End };

    // keepAttributes = false skips decoding attribute values (plain-text extraction needs none).
    explicit HtmlTokenizer(std::string_view utf8, bool keepAttributes = true);

    // A tag cut off by the end of the input ("x <b") is dropped, as the WHATWG tokenizer does;
    // plain text of short feed fields keeps it as text instead ("x<y" in a title is text).
    void setCutOffTagsAreText(bool asText) { m_cutOffTagsAreText = asText; }

    [[nodiscard]] Token next();

    [[nodiscard]] std::string_view text() const { return m_text; }
    [[nodiscard]] std::string_view tagName() const { return m_tagName; }
    [[nodiscard]] bool selfClosing() const { return m_selfClosing; }
    [[nodiscard]] std::size_t attributeCount() const { return m_attributeCount; }
    [[nodiscard]] const HtmlAttribute &attribute(std::size_t index) const
    {
        return m_attributes[index];
    }
    // The first attribute of that (lower-case) name; nullptr when absent.
    [[nodiscard]] const HtmlAttribute *findAttribute(std::string_view name) const;

private:
    enum class TagResult { Emitted, Skipped, NotATag };

    [[nodiscard]] TagResult readMarkup();
    [[nodiscard]] TagResult cutOffTag() const;
    [[nodiscard]] bool readTag(bool endTag);
    void readAttributes();
    void addAttribute(std::string_view name, std::string_view rawValue);
    void setText(std::size_t begin, std::size_t end);
    void skipPast(char c);
    void skipComment();
    [[nodiscard]] std::size_t findRawTextEnd() const;

    std::string_view m_input;
    std::size_t m_pos = 0;
    bool m_keepAttributes = true;
    bool m_cutOffTagsAreText = false;

    std::string_view m_text;
    std::string m_textBuffer;
    std::string_view m_tagName;
    std::string m_tagNameBuffer;
    bool m_selfClosing = false;
    bool m_endTag = false;
    std::vector<HtmlAttribute> m_attributes;
    std::size_t m_attributeCount = 0;
    std::string m_rawTextTag; // set after <script>, <style>, ... until their text was emitted
    bool m_rawTextDecodes = false;
};

} // namespace Text
