#include "feeds/xmltreebuilder.h"

#include "text/entities.h"

#include <cstring>

namespace Feeds {

namespace {

QString quoted(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(std::min<size_t>(s.size(), 64)));
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const char x = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] - 'A' + 'a') : a[i];
        const char y = (b[i] >= 'A' && b[i] <= 'Z') ? char(b[i] - 'A' + 'a') : b[i];
        if (x != y)
            return false;
    }
    return true;
}

bool isNameEnd(char c)
{
    return XmlChars::isSpace(uchar(c)) || c == '/' || c == '>' || c == '<' || c == '=' ||
           c == '"' || c == '\'';
}

} // namespace

XmlTree XmlTree::parse(const QByteArray &utf8)
{
    XmlTree tree;
    tree.m_data = utf8;
    if (utf8.size() >= 0xfffffff0LL) {
        tree.m_error = XmlTreeBuilder::tr("document too large");
        return tree;
    }
    XmlTreeBuilder(tree).run();
    return tree;
}

XmlTreeBuilder::XmlTreeBuilder(XmlTree &tree)
    : m_tree(tree), m_d(tree.m_data.constData(), size_t(tree.m_data.size()))
{}

size_t XmlTreeBuilder::find(std::string_view needle, size_t from) const
{
    const size_t at = m_d.find(needle, from);
    return at == std::string_view::npos ? m_d.size() : at;
}

void XmlTreeBuilder::run()
{
    if (m_d.substr(0, 3) == "\xEF\xBB\xBF")
        m_p = 3;
    m_tree.m_nodes.reserve(m_d.size() / 128 + 16);
    const size_t first = find("<", m_p);
    for (size_t i = m_p; i < first; ++i) {
        if (!XmlChars::isSpace(uchar(m_d[i]))) {
            warn(i, tr("junk before the document"));
            break;
        }
    }
    m_p = first;
    while (m_p < m_d.size() && !m_stop) {
        if (m_stack.empty() && m_tree.m_root != XmlTree::npos)
            break; // Whatever follows the root element is not part of the feed.
        const size_t lt = find("<", m_p);
        if (!m_stack.empty())
            checkReferences(m_p, lt);
        m_p = lt;
        if (m_p < m_d.size())
            markup();
    }
    if (m_stop)
        return;
    if (m_tree.m_root == XmlTree::npos) {
        fail(m_d.size(), tr("no root element"));
        return;
    }
    if (!m_stack.empty()) {
        const std::string_view name = m_tree.qualifiedName(m_stack.back().node);
        warn(m_d.size(), tr("document truncated inside <%1>").arg(quoted(name)));
        while (!m_stack.empty())
            closeTop(m_d.size(), false);
    }
    if (m_suppressedWarnings > 0)
        m_tree.m_warnings.append(tr("%1 more problems not listed").arg(m_suppressedWarnings));
}

void XmlTreeBuilder::markup()
{
    const size_t p = m_p;
    const char next = p + 1 < m_d.size() ? m_d[p + 1] : '\0';
    if (next == '/') {
        endTag();
    } else if (next == '!') {
        if (m_d.compare(p, 4, "<!--") == 0) {
            const size_t end = find("-->", p + 4);
            m_p = end < m_d.size() ? end + 3 : m_d.size();
        } else if (m_d.compare(p, 9, "<![CDATA[") == 0) {
            const size_t end = find("]]>", p + 9);
            m_p = end < m_d.size() ? end + 3 : m_d.size();
        } else if (m_d.size() - p >= 9 && equalsIgnoreCase(m_d.substr(p, 9), "<!doctype")) {
            doctype();
        } else {
            const size_t end = find(">", p);
            m_p = end < m_d.size() ? end + 1 : m_d.size();
        }
    } else if (next == '?') {
        const size_t end = find("?>", p + 2);
        m_p = end < m_d.size() ? end + 2 : m_d.size();
    } else if (XmlChars::isNameStart(uchar(next))) {
        startTag();
    } else {
        if (!m_stack.empty())
            warn(p, tr("unescaped '<'"));
        m_p = p + 1;
    }
}

void XmlTreeBuilder::startTag()
{
    const size_t nameBegin = m_p + 1;
    size_t i = nameBegin;
    while (i < m_d.size() && !isNameEnd(m_d[i]))
        ++i;
    const std::string_view name = m_d.substr(nameBegin, i - nameBegin);
    bool selfClosing = false;
    bool hasXmlns = false;
    size_t attrEnd = m_d.size();
    size_t contentBegin = m_d.size();
    while (i < m_d.size()) {
        const char c = m_d[i];
        if (XmlChars::isSpace(uchar(c))) {
            ++i;
        } else if (c == '>') {
            attrEnd = i;
            contentBegin = i + 1;
            break;
        } else if (c == '/' && i + 1 < m_d.size() && m_d[i + 1] == '>') {
            selfClosing = true;
            attrEnd = i;
            contentBegin = i + 2;
            break;
        } else if (c == '<') {
            warn(i, tr("missing '>' after <%1").arg(quoted(name)));
            attrEnd = i;
            contentBegin = i;
            break;
        } else if (c == '=' || c == '/' || c == '"' || c == '\'') {
            if (c != '/')
                warn(i, tr("malformed attribute in <%1>").arg(quoted(name)));
            if (c == '"' || c == '\'') {
                const size_t close = find(std::string_view(&m_d[i], 1), i + 1);
                i = close < m_d.size() ? close + 1 : m_d.size();
            } else {
                ++i;
            }
        } else {
            const size_t attrNameBegin = i;
            while (i < m_d.size() && !isNameEnd(m_d[i]))
                ++i;
            if (m_d.compare(attrNameBegin, 5, "xmlns") == 0)
                hasXmlns = true;
            size_t j = i;
            while (j < m_d.size() && XmlChars::isSpace(uchar(m_d[j])))
                ++j;
            if (j >= m_d.size() || m_d[j] != '=')
                continue;
            ++j;
            while (j < m_d.size() && XmlChars::isSpace(uchar(m_d[j])))
                ++j;
            if (j < m_d.size() && (m_d[j] == '"' || m_d[j] == '\'')) {
                const size_t close = find(std::string_view(&m_d[j], 1), j + 1);
                if (close >= m_d.size()) {
                    i = m_d.size();
                    break;
                }
                checkReferences(j + 1, close);
                i = close + 1;
            } else {
                warn(j, tr("attribute value without quotes"));
                const size_t valueBegin = j;
                while (j < m_d.size() && !XmlChars::isSpace(uchar(m_d[j])) && m_d[j] != '>' &&
                       m_d.compare(j, 2, "/>") != 0)
                    ++j;
                checkReferences(valueBegin, j);
                i = j;
            }
        }
    }
    if (attrEnd >= m_d.size()) {
        m_p = m_d.size(); // Cut off inside the tag: the end of the document.
        return;
    }
    m_p = contentBegin;
    if (m_stack.empty() && m_tree.m_root != XmlTree::npos)
        return;
    if (m_stack.size() >= size_t(maxDepth)) {
        fail(nameBegin - 1, tr("elements nested deeper than %1 levels").arg(maxDepth));
        return;
    }
    if (name.size() >= 0xffff) {
        fail(nameBegin, tr("element name too long"));
        return;
    }

    XmlTree::Node node;
    node.nameBegin = quint32(nameBegin);
    node.nameLength = quint16(name.size());
    const size_t colon = name.find(':');
    if (colon != std::string_view::npos)
        node.colon = quint16(colon);
    node.attrEnd = quint32(attrEnd);
    node.contentBegin = quint32(contentBegin);
    node.contentEnd = quint32(contentBegin);
    const size_t depth = m_stack.size() + 1;
    if (hasXmlns)
        declareNamespaces(nameBegin + name.size(), attrEnd, depth);
    node.ns = resolve(colon == std::string_view::npos ? std::string_view() : name.substr(0, colon),
                      nameBegin);

    const auto index = XmlTree::Index(m_tree.m_nodes.size());
    if (!m_stack.empty()) {
        Open &parent = m_stack.back();
        node.parent = parent.node;
        if (parent.lastChild == XmlTree::npos)
            m_tree.m_nodes[parent.node].firstChild = index;
        else
            m_tree.m_nodes[parent.lastChild].nextSibling = index;
        parent.lastChild = index;
    } else {
        m_tree.m_root = index;
    }
    node.complete = selfClosing;
    m_tree.m_nodes.push_back(node);
    if (selfClosing) {
        while (!m_decls.empty() && m_decls.back().depth >= depth)
            m_decls.pop_back();
    } else {
        m_stack.push_back({index, XmlTree::npos});
    }
}

void XmlTreeBuilder::endTag()
{
    const size_t tagBegin = m_p;
    size_t i = tagBegin + 2;
    while (i < m_d.size() && !isNameEnd(m_d[i]))
        ++i;
    const std::string_view name = m_d.substr(tagBegin + 2, i - tagBegin - 2);
    const size_t gt = find(">", i);
    if (gt >= m_d.size()) {
        m_p = m_d.size();
        return;
    }
    m_p = gt + 1;
    size_t match = m_stack.size();
    while (match > 0 && !equalsIgnoreCase(m_tree.qualifiedName(m_stack[match - 1].node), name))
        --match;
    if (match == 0) {
        warn(tagBegin, tr("unexpected close tag </%1>").arg(quoted(name)));
        return;
    }
    while (m_stack.size() > match) {
        const std::string_view open = m_tree.qualifiedName(m_stack.back().node);
        warn(tagBegin, tr("missing close tag </%1>").arg(quoted(open)));
        closeTop(tagBegin, true);
    }
    closeTop(tagBegin, true);
}

void XmlTreeBuilder::closeTop(size_t contentEnd, bool complete)
{
    XmlTree::Node &node = m_tree.m_nodes[m_stack.back().node];
    node.contentEnd = quint32(std::max<size_t>(contentEnd, node.contentBegin));
    node.complete = complete;
    m_stack.pop_back();
    while (!m_decls.empty() && m_decls.back().depth > m_stack.size())
        m_decls.pop_back();
}

void XmlTreeBuilder::declareNamespaces(size_t begin, size_t end, size_t depth)
{
    size_t i = begin;
    while (i < end) {
        const size_t at = m_d.substr(0, end).find("xmlns", i);
        if (at == std::string_view::npos)
            return;
        size_t j = at + 5;
        std::string_view prefix;
        if (j < end && m_d[j] == ':') {
            const size_t prefixBegin = j + 1;
            while (j < end && !isNameEnd(m_d[j]))
                ++j;
            prefix = m_d.substr(prefixBegin, j - prefixBegin);
        }
        while (j < end && XmlChars::isSpace(uchar(m_d[j])))
            ++j;
        if (j >= end || m_d[j] != '=' || (at > begin && !XmlChars::isSpace(uchar(m_d[at - 1])))) {
            i = at + 5;
            continue;
        }
        ++j;
        while (j < end && XmlChars::isSpace(uchar(m_d[j])))
            ++j;
        std::string_view value;
        if (j < end && (m_d[j] == '"' || m_d[j] == '\'')) {
            const size_t close = m_d.substr(0, end).find(m_d[j], j + 1);
            const size_t stop = close == std::string_view::npos ? end : close;
            value = m_d.substr(j + 1, stop - j - 1);
            i = stop + 1;
        } else {
            const size_t valueBegin = j;
            while (j < end && !XmlChars::isSpace(uchar(m_d[j])))
                ++j;
            value = m_d.substr(valueBegin, j - valueBegin);
            i = j;
        }
        m_decls.push_back({prefix, namespaceFromUri(value), depth});
    }
}

Ns XmlTreeBuilder::resolve(std::string_view prefix, size_t at)
{
    for (auto it = m_decls.rbegin(); it != m_decls.rend(); ++it) {
        if (it->prefix == prefix) {
            if (it->ns != Ns::Unknown || prefix.empty())
                return it->ns;
            return namespaceFromPrefix(prefix);
        }
    }
    if (prefix.empty())
        return Ns::None;
    if (prefix == "xml")
        return Ns::Xml;
    const QByteArray key(prefix.data(), qsizetype(prefix.size()));
    if (!m_warnedPrefixes.contains(key)) {
        m_warnedPrefixes.insert(key);
        warn(at, tr("undeclared namespace prefix '%1'").arg(quoted(prefix)));
    }
    return namespaceFromPrefix(prefix);
}

void XmlTreeBuilder::checkReferences(size_t begin, size_t end)
{
    size_t i = begin;
    while (i < end && !m_stop) {
        const void *hit = std::memchr(m_d.data() + i, '&', end - i);
        if (!hit)
            return;
        i = size_t(static_cast<const char *>(hit) - m_d.data());
        std::string_view name;
        char32_t codePoint = 0;
        const std::string_view region = m_d.substr(0, end);
        const size_t length = XmlChars::parseReference(region, i, name, codePoint);
        if (length == 0) {
            warn(i, tr("unescaped '&'"));
            ++i;
            continue;
        }
        if (!name.empty() && XmlChars::predefinedEntity(name) == 0 &&
            Text::namedReference(name) == 0) {
            const QByteArray key(name.data(), qsizetype(name.size()));
            if (m_tree.m_entities.contains(key)) {
                m_expanded += expansionSize(key, 0);
                if (m_expanded > maxEntityExpansion) {
                    fail(i,
                         tr("entity expansion over the limit of %1 bytes").arg(maxEntityExpansion));
                    return;
                }
            } else if (m_tree.m_externalEntities.contains(key)) {
                warn(i, tr("external entity '&%1;' not fetched").arg(quoted(name)));
            } else {
                warn(i, tr("undefined entity '&%1;'").arg(quoted(name)));
            }
        }
        i += length;
    }
}

qint64 XmlTreeBuilder::expansionSize(const QByteArray &name, int depth)
{
    const auto cached = m_expansionSizes.constFind(name);
    if (cached != m_expansionSizes.constEnd())
        return *cached;
    const auto entity = m_tree.m_entities.constFind(name);
    if (entity == m_tree.m_entities.constEnd())
        return 0;
    if (depth > 8)
        return maxEntityExpansion + 1; // Recursive or absurdly deep: refuse.
    const std::string_view raw(entity->constData(), size_t(entity->size()));
    qint64 size = 0;
    for (size_t i = 0; i < raw.size() && size <= maxEntityExpansion;) {
        std::string_view ref;
        char32_t codePoint = 0;
        const size_t length = raw[i] == '&' ? XmlChars::parseReference(raw, i, ref, codePoint) : 0;
        if (length == 0) {
            ++size;
            ++i;
            continue;
        }
        const QByteArray key(ref.data(), qsizetype(ref.size()));
        size +=
            (!ref.empty() && m_tree.m_entities.contains(key)) ? expansionSize(key, depth + 1) : 4;
        i += length;
    }
    m_expansionSizes.insert(name, size);
    return size;
}

void XmlTreeBuilder::doctype()
{
    size_t i = m_p + 9;
    char quote = 0;
    const size_t declBegin = i;
    for (; i < m_d.size(); ++i) {
        const char c = m_d[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '[' || c == '>') {
            break;
        }
    }
    const std::string_view decl = m_d.substr(declBegin, i - declBegin);
    if (decl.find("-//Netscape Communications//DTD RSS 0.91//EN") != std::string_view::npos)
        m_tree.m_netscapeDoctype = true;
    size_t nameAt = 0;
    while (nameAt < decl.size() && XmlChars::isSpace(uchar(decl[nameAt])))
        ++nameAt;
    if (decl.size() - nameAt >= 4 && equalsIgnoreCase(decl.substr(nameAt, 4), "html"))
        m_tree.m_htmlDoctype = true;
    if (i < m_d.size() && m_d[i] == '[') {
        ++i;
        while (i < m_d.size() && m_d[i] != ']' && !m_stop) {
            if (m_d.compare(i, 8, "<!ENTITY") == 0) {
                parseEntityDeclaration(i);
            } else if (m_d.compare(i, 4, "<!--") == 0) {
                const size_t end = find("-->", i + 4);
                i = end < m_d.size() ? end + 3 : m_d.size();
            } else if (m_d[i] == '"' || m_d[i] == '\'') {
                const size_t end = find(std::string_view(&m_d[i], 1), i + 1);
                i = end < m_d.size() ? end + 1 : m_d.size();
            } else {
                ++i;
            }
        }
    }
    const size_t end = find(">", i);
    m_p = end < m_d.size() ? end + 1 : m_d.size();
}

void XmlTreeBuilder::parseEntityDeclaration(size_t &i)
{
    const size_t declBegin = i;
    i += 8;
    while (i < m_d.size() && XmlChars::isSpace(uchar(m_d[i])))
        ++i;
    const bool parameter = i < m_d.size() && m_d[i] == '%';
    const size_t nameBegin = parameter ? i + 1 : i;
    i = nameBegin;
    while (i < m_d.size() && XmlChars::isSpace(uchar(m_d[i])))
        ++i;
    const size_t realNameBegin = i;
    while (i < m_d.size() && !isNameEnd(m_d[i]))
        ++i;
    const QByteArray name(m_d.data() + realNameBegin, qsizetype(i - realNameBegin));
    while (i < m_d.size() && XmlChars::isSpace(uchar(m_d[i])))
        ++i;
    QByteArray value;
    bool external = true;
    if (i < m_d.size() && (m_d[i] == '"' || m_d[i] == '\'')) {
        const size_t close = find(std::string_view(&m_d[i], 1), i + 1);
        value = QByteArray(m_d.data() + i + 1, qsizetype(std::min(close, m_d.size()) - i - 1));
        external = false;
        i = close < m_d.size() ? close + 1 : m_d.size();
    }
    // Skip the rest of the declaration, quoted system identifiers included.
    char quote = 0;
    for (; i < m_d.size(); ++i) {
        if (quote) {
            if (m_d[i] == quote)
                quote = 0;
        } else if (m_d[i] == '"' || m_d[i] == '\'') {
            quote = m_d[i];
        } else if (m_d[i] == '>') {
            ++i;
            break;
        }
    }
    if (parameter || name.isEmpty() || m_tree.m_entities.contains(name))
        return;
    if (m_tree.m_entities.size() + m_tree.m_externalEntities.size() >= maxEntities) {
        fail(declBegin, tr("too many entity declarations"));
        return;
    }
    if (external)
        m_tree.m_externalEntities.insert(name);
    else
        m_tree.m_entities.insert(name, value);
}

QString XmlTreeBuilder::position(size_t offset)
{
    if (offset < m_lineOffset) {
        m_lineOffset = 0;
        m_lineStart = 0;
        m_line = 1;
    }
    for (size_t i = m_lineOffset; i < offset && i < m_d.size(); ++i) {
        if (m_d[i] == '\n') {
            ++m_line;
            m_lineStart = i + 1;
        }
    }
    m_lineOffset = offset;
    int column = 1;
    for (size_t i = m_lineStart; i < offset && i < m_d.size(); ++i) {
        if ((uchar(m_d[i]) & 0xC0) != 0x80)
            ++column;
    }
    return tr("line %1, column %2").arg(m_line).arg(column);
}

void XmlTreeBuilder::warn(size_t offset, const QString &problem)
{
    if (m_tree.m_warnings.size() >= maxWarnings) {
        ++m_suppressedWarnings;
        return;
    }
    m_tree.m_warnings.append(
        tr("not well-formed at %1: recovered (%2)").arg(position(offset), problem));
}

void XmlTreeBuilder::fail(size_t offset, const QString &problem)
{
    m_tree.m_error = tr("not well-formed at %1: %2").arg(position(offset), problem);
    m_stop = true;
}

} // namespace Feeds
