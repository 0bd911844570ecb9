#pragma once

#include "feeds/xmltree.h"

#include <QString>

namespace Feeds {

/// An Atom text construct (title, subtitle, summary, content, rights): type="text", "html"
/// or "xhtml" in Atom 1.0; a MIME type plus mode="xml|escaped|base64" in Atom 0.3.
struct TextConstruct
{
    QString value;
    bool html = false; ///< value is markup (html, xhtml); otherwise literal text.

    [[nodiscard]] static TextConstruct read(const XmlTree &tree, XmlTree::Index n);
    /// Plain text: markup stripped, references decoded, white space collapsed.
    [[nodiscard]] QString toPlainText() const;
    /// HTML: text is escaped.
    [[nodiscard]] QString toHtml() const;
};

} // namespace Feeds
