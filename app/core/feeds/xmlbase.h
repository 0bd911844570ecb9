#pragma once

#include "feeds/xmltree.h"

#include <QHash>
#include <QUrl>

namespace Feeds {

/// The xml:base stack of a tree: every element's base URL is its own xml:base (if any)
/// resolved against its parent's base, starting from the document URL.
class XmlBase final
{
public:
    XmlBase(const XmlTree &tree, QUrl documentUrl);

    /// The base URL in force inside element n (n's own xml:base included).
    [[nodiscard]] QUrl baseOf(XmlTree::Index n) const;
    /// Whether an xml:base attribute on n or an ancestor sets the base of n.
    [[nodiscard]] bool hasXmlBase(XmlTree::Index n) const;
    /// A reference made absolute against the base of element n; unchanged when it already is
    /// absolute or there is no base to resolve it against.
    [[nodiscard]] QString resolve(XmlTree::Index n, const QString &reference) const;
    /// A reference made absolute against a base.
    [[nodiscard]] static QString resolve(const QUrl &base, const QString &reference);

private:
    struct Entry
    {
        QUrl base;
        bool explicitBase = false;
    };
    [[nodiscard]] const Entry &entry(XmlTree::Index n) const;

    const XmlTree &m_tree;
    QUrl m_documentUrl;
    bool m_documentHasXmlBase = false;
    Entry m_documentEntry;
    mutable QHash<XmlTree::Index, Entry> m_cache;
};

} // namespace Feeds
