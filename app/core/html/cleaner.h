#pragma once

#include "html/elements.h"
#include "html/foreigncontent.h"
#include "html/urlpolicy.h"

#include <QUrl>

#include <string>
#include <string_view>
#include <vector>

namespace Text {
class HtmlTokenizer;
}

namespace Html::Private {

// The sanitizer proper: reads tokens, keeps what the allowlist permits and writes fresh,
// balanced HTML. Safety does not depend on parsing the input exactly as a browser would: only
// elements and attributes this class writes itself reach the output, every text and attribute
// value is escaped, and a stack of open elements closes everything in order.
class Cleaner final
{
public:
    explicit Cleaner(const QUrl &baseUrl);

    // Sanitized HTML as UTF-8, without leading or trailing whitespace.
    [[nodiscard]] std::string run(std::string_view utf8);

private:
    void startTag(const Text::HtmlTokenizer &tokens);
    void endTag(std::string_view name);
    void skippedStartTag(const Text::HtmlTokenizer &tokens);
    void startSkipping(std::string_view name, bool isObject);

    // Writes the start tag with its allowed attributes; false when the element must go instead
    // (an image without a usable source, a tracking pixel, a link without a usable target).
    [[nodiscard]] bool writeStartTag(Tag tag, const Text::HtmlTokenizer &tokens);
    void writeAttribute(std::string_view name, std::string_view value);
    void writeVideoCard(const VideoLink &link);
    void writeEmbed(std::string_view url);

    void closeImpliedBy(Tag tag);
    // Index in m_open of the innermost `tag` (or, for two tags, either), searching down to a
    // boundary; -1 when not open.
    [[nodiscard]] int findOpen(Tag tag, Tag other, bool stopAtTables,
                               std::initializer_list<Tag> boundaries) const;
    void closeDownTo(int index);

    UrlPolicy m_urls;
    ForeignContent m_foreign; // open <svg> or <math>
    std::string m_out;
    std::vector<Tag> m_open;
    std::string m_skipName; // element whose content is being dropped
    int m_skipDepth = 0;
    bool m_skipIsObject = false;
    bool m_skipCardWritten = false;
};

} // namespace Html::Private
