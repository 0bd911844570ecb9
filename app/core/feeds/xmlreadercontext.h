#pragma once

#include "feeds/xmlbase.h"
#include "feeds/xmltree.h"

#include <QDateTime>
#include <QStringList>

namespace Feeds {

/// What the RSS, Atom and extension readers share while walking one tree: the tree, its
/// xml:base stack, the warnings, and the conversions of element content into feed values.
class XmlReaderContext final
{
public:
    XmlReaderContext(const XmlTree &tree, const XmlBase &base, QStringList &warnings)
        : m_tree(tree), m_base(base), m_warnings(warnings)
    {}

    [[nodiscard]] const XmlTree &tree() const { return m_tree; }
    [[nodiscard]] const XmlBase &base() const { return m_base; }

    /// Plain text of an element that may hold HTML (escaped or as child elements).
    [[nodiscard]] QString plain(XmlTree::Index n) const;
    /// The element's content as HTML: its child elements if it has any, else its text.
    [[nodiscard]] QString html(XmlTree::Index n) const;
    /// The element's text as a URL, resolved against the element's base.
    [[nodiscard]] QString url(XmlTree::Index n) const;
    /// An attribute as a URL resolved against the element's base.
    [[nodiscard]] QString urlAttribute(XmlTree::Index n, std::string_view name) const;
    /// The element's text as a date; null (with a warning) when it cannot be read.
    [[nodiscard]] QDateTime date(XmlTree::Index n);
    /// A non-negative integer, or -1.
    [[nodiscard]] static int count(const QString &text);
    /// The name in a person given as text: "jo@example.com (Jo Bloggs)", "Jo Bloggs
    /// (jo@example.com)" and "Jo Bloggs <jo@example.com>" all give "Jo Bloggs"; the address
    /// when there is no name; plain text otherwise.
    [[nodiscard]] static QString personName(const QString &text);

private:
    const XmlTree &m_tree;
    const XmlBase &m_base;
    QStringList &m_warnings;
    int m_dateWarnings = 0;
};

} // namespace Feeds
