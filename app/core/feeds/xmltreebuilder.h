#pragma once

#include "feeds/xmltree.h"

#include <QCoreApplication>

#include <string_view>
#include <vector>

namespace Feeds {

/// Builds an XmlTree in one pass over the bytes. Recovers like a lenient reader: unescaped '&'
/// and '<', undefined entities, missing or stray close tags, unquoted attribute values, junk
/// before the root and a truncated end become warnings with line and column. Only a document
/// without a root element, absurd nesting or an entity expansion over the limit is an error.
class XmlTreeBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Feeds::XmlTreeBuilder)

public:
    static constexpr int maxDepth = 512;
    static constexpr int maxWarnings = 50;
    static constexpr qint64 maxEntityExpansion = 1 << 20; ///< Bytes, for the whole document.
    static constexpr int maxEntities = 1000;

    explicit XmlTreeBuilder(XmlTree &tree);
    void run();

private:
    struct Open
    {
        XmlTree::Index node;
        XmlTree::Index lastChild;
    };
    struct NsDecl
    {
        std::string_view prefix;
        Ns ns;
        size_t depth;
    };

    void markup();
    void startTag();
    void endTag();
    void doctype();
    void parseEntityDeclaration(size_t &i);
    void checkReferences(size_t begin, size_t end);
    void declareNamespaces(size_t begin, size_t end, size_t depth);
    [[nodiscard]] Ns resolve(std::string_view prefix, size_t at);
    [[nodiscard]] qint64 expansionSize(const QByteArray &name, int depth);
    void closeTop(size_t contentEnd, bool complete);
    void warn(size_t offset, const QString &problem);
    void fail(size_t offset, const QString &problem);
    [[nodiscard]] QString position(size_t offset);
    [[nodiscard]] size_t find(std::string_view needle, size_t from) const;

    XmlTree &m_tree;
    std::string_view m_d;
    size_t m_p = 0;
    std::vector<Open> m_stack;
    std::vector<NsDecl> m_decls;
    QHash<QByteArray, qint64> m_expansionSizes;
    QSet<QByteArray> m_warnedPrefixes;
    qint64 m_expanded = 0;
    int m_suppressedWarnings = 0;
    bool m_stop = false;
    // Incremental line counting for messages (offsets mostly grow).
    size_t m_lineOffset = 0;
    size_t m_lineStart = 0;
    int m_line = 1;
};

} // namespace Feeds
