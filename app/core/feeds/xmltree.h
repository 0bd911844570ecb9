#pragma once

#include "feeds/namespaces.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace Feeds {

/// A lenient, read-only element tree over a UTF-8 XML document. Nodes point into the document
/// bytes; text is decoded only when asked for. Built by XmlTreeBuilder, which recovers from the
/// mistakes of real feeds and records them as warnings.
class XmlTree final
{
public:
    using Index = quint32;
    static constexpr Index npos = 0xffffffffu;

    /// Parses a UTF-8 document (the bytes are shared, not copied).
    [[nodiscard]] static XmlTree parse(const QByteArray &utf8);

    [[nodiscard]] bool ok() const { return m_error.isEmpty() && m_root != npos; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }
    [[nodiscard]] bool hasNetscapeDoctype() const { return m_netscapeDoctype; }
    [[nodiscard]] bool hasHtmlDoctype() const { return m_htmlDoctype; }
    /// Whether any element may carry xml:base (a cheap check before looking for them).
    [[nodiscard]] bool hasXmlBaseAttributes() const { return m_data.contains("xml:base"); }

    [[nodiscard]] Index root() const { return m_root; }
    [[nodiscard]] Index parent(Index n) const { return m_nodes[n].parent; }
    [[nodiscard]] Index firstChild(Index n) const { return m_nodes[n].firstChild; }
    [[nodiscard]] Index nextSibling(Index n) const { return m_nodes[n].nextSibling; }
    [[nodiscard]] Ns ns(Index n) const { return m_nodes[n].ns; }
    /// Whether the element ended before the end of the document (not cut off by truncation).
    [[nodiscard]] bool isComplete(Index n) const { return m_nodes[n].complete; }
    [[nodiscard]] bool hasElementChildren(Index n) const { return m_nodes[n].firstChild != npos; }
    [[nodiscard]] bool hasPrefix(Index n) const { return m_nodes[n].colon != noColon; }

    [[nodiscard]] std::string_view qualifiedName(Index n) const;
    [[nodiscard]] std::string_view localName(Index n) const;
    /// Case-insensitive comparison of the local name with a lower-case ASCII name.
    [[nodiscard]] bool nameIs(Index n, std::string_view lowerName) const;
    [[nodiscard]] bool is(Index n, Ns ns, std::string_view lowerName) const
    {
        return m_nodes[n].ns == ns && nameIs(n, lowerName);
    }

    /// The value of the attribute with this qualified name (case-insensitive), decoded.
    [[nodiscard]] QString attribute(Index n, std::string_view qualifiedName) const;
    /// The value of the first attribute with this local name, whatever its prefix.
    [[nodiscard]] QString attributeByLocalName(Index n, std::string_view localName) const;
    [[nodiscard]] bool hasAttribute(Index n, std::string_view qualifiedName) const;

    /// The text of the element and its descendants: references decoded, CDATA kept, tags dropped.
    [[nodiscard]] QString text(Index n) const;
    /// The text of element n that comes before its child element `child`.
    [[nodiscard]] QString textBefore(Index n, Index child) const;
    /// The element's content as markup: child tags kept, CDATA escaped, comments removed.
    [[nodiscard]] QString innerXml(Index n) const;

private:
    friend class XmlTreeBuilder;
    static constexpr quint16 noColon = 0xffff;
    static constexpr qint64 maxDecodedExpansion = 2 << 20;

    struct Node
    {
        Index parent = npos;
        Index firstChild = npos;
        Index nextSibling = npos;
        quint32 nameBegin = 0;
        quint32 attrEnd = 0; ///< End of the attribute text inside the start tag.
        quint32 contentBegin = 0;
        quint32 contentEnd = 0;
        quint16 nameLength = 0;
        quint16 colon = noColon; ///< Offset of ':' within the qualified name.
        Ns ns = Ns::None;
        bool complete = false;
    };

    struct Attr
    {
        std::string_view name;
        std::string_view value;
    };
    template<typename Visitor> void forEachAttribute(Index n, Visitor &&visit) const;
    void decodeInto(std::string &out, std::string_view raw, bool attribute, int depth) const;
    bool appendReference(std::string &out, std::string_view raw, size_t &i, int depth,
                         bool escapeResult) const;
    [[nodiscard]] QString decode(std::string_view raw, bool attribute) const;
    [[nodiscard]] std::string_view view(quint32 begin, quint32 end) const;

    QByteArray m_data;
    std::vector<Node> m_nodes;
    Index m_root = npos;
    QHash<QByteArray, QByteArray> m_entities; ///< Internal DTD entities: name -> replacement.
    /// Bytes that entity expansion may still produce, over all decodes of this document. The
    /// builder refuses documents whose references expand too far, but readers decode some
    /// text several times and the lenient attribute syntax escapes its count: this bounds
    /// the work whatever the input.
    mutable qint64 m_expansionBudget = maxDecodedExpansion;
    QSet<QByteArray> m_externalEntities;
    QString m_error;
    QStringList m_warnings;
    bool m_netscapeDoctype = false;
    bool m_htmlDoctype = false;
};

/// Shared by the tree and its builder: what starts an element name, what may follow "&".
namespace XmlChars {
[[nodiscard]] inline bool isNameStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}
[[nodiscard]] inline bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}
/// Parses "&...;" at raw[i] (raw[i] == '&'). On success returns the length up to and including
/// ';' and sets name (empty for character references) or codePoint.
[[nodiscard]] size_t parseReference(std::string_view raw, size_t i, std::string_view &name,
                                    char32_t &codePoint);
/// Code point of a predefined XML entity (amp, lt, gt, quot, apos), or 0.
[[nodiscard]] char32_t predefinedEntity(std::string_view name);
} // namespace XmlChars

} // namespace Feeds
