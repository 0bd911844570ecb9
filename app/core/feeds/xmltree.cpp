#include "feeds/xmltree.h"

#include "text/entities.h"
#include "text/mojibake.h"
#include "text/utf8.h"

#include <cstring>

namespace Feeds {

namespace {

constexpr int maxEntityDepth = 8;
constexpr qint64 expansionCostPerReference = 16;

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

// A buffer reused by every decode of a thread: decoding 50,000 items allocates once.
std::string &scratch()
{
    thread_local std::string buffer;
    buffer.clear();
    return buffer;
}

bool startsWith(std::string_view s, size_t at, std::string_view prefix)
{
    return s.size() >= at && s.substr(at, prefix.size()) == prefix;
}

// End of a tag starting at raw[i] == '<', honouring quoted attribute values; raw.size() if open.
size_t tagEnd(std::string_view raw, size_t i)
{
    char quote = 0;
    for (++i; i < raw.size(); ++i) {
        const char c = raw[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return raw.size();
}

size_t findAfter(std::string_view raw, size_t from, std::string_view needle)
{
    const size_t at = raw.find(needle, from);
    return at == std::string_view::npos ? raw.size() : at + needle.size();
}

void appendEscaped(std::string &out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        default:
            out += c;
        }
    }
}

} // namespace

namespace XmlChars {

size_t parseReference(std::string_view raw, size_t i, std::string_view &name, char32_t &codePoint)
{
    name = {};
    codePoint = 0;
    size_t j = i + 1;
    if (j < raw.size() && raw[j] == '#') {
        ++j;
        const bool hex = j < raw.size() && (raw[j] == 'x' || raw[j] == 'X');
        if (hex)
            ++j;
        const size_t digitsBegin = j;
        quint64 value = 0;
        for (; j < raw.size() && j - digitsBegin < 10; ++j) {
            const char c = raw[j];
            int digit = -1;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + quint64(digit);
        }
        if (j == digitsBegin || j >= raw.size() || raw[j] != ';')
            return 0;
        const bool valid = value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF);
        codePoint = valid ? char32_t(value) : char32_t(0xFFFD);
        return j + 1 - i;
    }
    const size_t nameBegin = j;
    for (; j < raw.size() && j - nameBegin <= 64; ++j) {
        const char c = raw[j];
        const bool nameChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' ||
                              c == ':';
        if (!nameChar)
            break;
    }
    if (j == nameBegin || j >= raw.size() || raw[j] != ';')
        return 0;
    name = raw.substr(nameBegin, j - nameBegin);
    return j + 1 - i;
}

char32_t predefinedEntity(std::string_view name)
{
    if (name == "amp")
        return '&';
    if (name == "lt")
        return '<';
    if (name == "gt")
        return '>';
    if (name == "quot")
        return '"';
    if (name == "apos")
        return '\'';
    return 0;
}

} // namespace XmlChars

std::string_view XmlTree::view(quint32 begin, quint32 end) const
{
    if (end <= begin)
        return {};
    return std::string_view(m_data.constData() + begin, end - begin);
}

std::string_view XmlTree::qualifiedName(Index n) const
{
    const Node &node = m_nodes[n];
    return view(node.nameBegin, node.nameBegin + node.nameLength);
}

std::string_view XmlTree::localName(Index n) const
{
    const std::string_view name = qualifiedName(n);
    const quint16 colon = m_nodes[n].colon;
    return colon == noColon ? name : name.substr(colon + 1u);
}

bool XmlTree::nameIs(Index n, std::string_view lowerName) const
{
    return equalsIgnoreCase(localName(n), lowerName);
}

template<typename Visitor> void XmlTree::forEachAttribute(Index n, Visitor &&visit) const
{
    const Node &node = m_nodes[n];
    const std::string_view raw = view(node.nameBegin + node.nameLength, node.attrEnd);
    size_t i = 0;
    while (i < raw.size()) {
        while (i < raw.size() && (XmlChars::isSpace(uchar(raw[i])) || raw[i] == '/'))
            ++i;
        const size_t nameBegin = i;
        while (i < raw.size() && !XmlChars::isSpace(uchar(raw[i])) && raw[i] != '=' &&
               raw[i] != '/')
            ++i;
        const std::string_view name = raw.substr(nameBegin, i - nameBegin);
        while (i < raw.size() && XmlChars::isSpace(uchar(raw[i])))
            ++i;
        std::string_view value;
        if (i < raw.size() && raw[i] == '=') {
            ++i;
            while (i < raw.size() && XmlChars::isSpace(uchar(raw[i])))
                ++i;
            if (i < raw.size() && (raw[i] == '"' || raw[i] == '\'')) {
                const size_t close = raw.find(raw[i], i + 1);
                const size_t end = close == std::string_view::npos ? raw.size() : close;
                value = raw.substr(i + 1, end - i - 1);
                i = end + 1;
            } else {
                const size_t valueBegin = i;
                while (i < raw.size() && !XmlChars::isSpace(uchar(raw[i])))
                    ++i;
                value = raw.substr(valueBegin, i - valueBegin);
            }
        }
        if (name.empty()) {
            ++i;
            continue;
        }
        if (visit(Attr{name, value}))
            return;
    }
}

QString XmlTree::attribute(Index n, std::string_view qualifiedName) const
{
    QString result;
    forEachAttribute(n, [&](const Attr &attr) {
        if (!equalsIgnoreCase(attr.name, qualifiedName))
            return false;
        result = decode(attr.value, true);
        return true;
    });
    return result;
}

QString XmlTree::attributeByLocalName(Index n, std::string_view localName) const
{
    QString result;
    forEachAttribute(n, [&](const Attr &attr) {
        const size_t colon = attr.name.find(':');
        const std::string_view local =
            colon == std::string_view::npos ? attr.name : attr.name.substr(colon + 1);
        if (!equalsIgnoreCase(local, localName) || attr.name.substr(0, 6) == "xmlns:")
            return false;
        result = decode(attr.value, true);
        return true;
    });
    return result;
}

bool XmlTree::hasAttribute(Index n, std::string_view qualifiedName) const
{
    bool found = false;
    forEachAttribute(n, [&](const Attr &attr) {
        found = equalsIgnoreCase(attr.name, qualifiedName);
        return found;
    });
    return found;
}

bool XmlTree::appendReference(std::string &out, std::string_view raw, size_t &i, int depth,
                              bool escapeResult) const
{
    std::string_view name;
    char32_t codePoint = 0;
    const size_t length = XmlChars::parseReference(raw, i, name, codePoint);
    if (length == 0)
        return false;
    if (name.empty() || (codePoint = XmlChars::predefinedEntity(name)) != 0 ||
        (codePoint = Text::namedReference(name)) != 0) {
        if (escapeResult && (codePoint == '<' || codePoint == '&' || codePoint == '>'))
            out.append(raw.data() + i, length);
        else
            Text::appendUtf8(out, codePoint);
        i += length;
        return true;
    }
    const QByteArray key = QByteArray::fromRawData(name.data(), qsizetype(name.size()));
    const auto entity = m_entities.constFind(key);
    if (entity == m_entities.constEnd() && !m_externalEntities.contains(key)) {
        // An undefined entity is text that was not escaped ("&bogus;"), kept as written.
        out += escapeResult ? "&amp;" : "&";
        out.append(raw.data() + i + 1, length - 1);
        i += length;
        return true;
    }
    if (entity != m_entities.constEnd() && depth < maxEntityDepth && m_expansionBudget > 0) {
        std::string expanded;
        decodeInto(expanded, std::string_view(entity->constData(), size_t(entity->size())), false,
                   depth + 1);
        m_expansionBudget -= qint64(expanded.size());
        if (escapeResult)
            appendEscaped(out, expanded);
        else
            out += expanded;
    }
    // External entities are dropped, never fetched (the builder warned about them), and so is
    // everything past the expansion budget.
    i += length;
    return true;
}

void XmlTree::decodeInto(std::string &out, std::string_view raw, bool attribute, int depth) const
{
    size_t i = 0;
    while (i < raw.size()) {
        size_t run = i;
        while (run < raw.size() && raw[run] != '<' && raw[run] != '&' && raw[run] != '\r' &&
               !(attribute && (raw[run] == '\n' || raw[run] == '\t')))
            ++run;
        out.append(raw.data() + i, run - i);
        i = run;
        if (i >= raw.size())
            break;
        const char c = raw[i];
        if (c == '\r') {
            out += attribute ? ' ' : '\n';
            i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
        } else if (c == '\n' || c == '\t') {
            out += ' ';
            ++i;
        } else if (c == '&') {
            // Inside an expansion every reference costs, expanded or not: a value of many
            // references to dropped entities is work as well.
            if (depth > 0 && (m_expansionBudget -= expansionCostPerReference) <= 0)
                return;
            if (!appendReference(out, raw, i, depth, false)) {
                out += '&';
                ++i;
            }
        } else if (startsWith(raw, i, "<![CDATA[")) {
            const size_t end = raw.find("]]>", i + 9);
            const size_t stop = end == std::string_view::npos ? raw.size() : end;
            out.append(raw.data() + i + 9, stop - i - 9);
            i = end == std::string_view::npos ? raw.size() : end + 3;
        } else if (startsWith(raw, i, "<!--")) {
            i = findAfter(raw, i + 4, "-->");
        } else if (startsWith(raw, i, "<?")) {
            i = findAfter(raw, i + 2, "?>");
        } else if (i + 1 < raw.size() && (XmlChars::isNameStart(uchar(raw[i + 1])) ||
                                          raw[i + 1] == '/' || raw[i + 1] == '!')) {
            i = tagEnd(raw, i);
        } else {
            out += '<';
            ++i;
        }
    }
}

QString XmlTree::decode(std::string_view raw, bool attribute) const
{
    bool plain = true;
    for (const char c : raw) {
        if (c == '<' || c == '&' || c == '\r' || (attribute && (c == '\n' || c == '\t'))) {
            plain = false;
            break;
        }
    }
    if (plain && (attribute || !Text::Mojibake::mayNeedRepair(raw)))
        return QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    std::string &out = scratch();
    decodeInto(out, raw, attribute, 0);
    if (!attribute) // references may spell misread UTF-8 too: "&#226;&#128;&#166;"
        Text::Mojibake::repair(out);
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

QString XmlTree::text(Index n) const
{
    const Node &node = m_nodes[n];
    return decode(view(node.contentBegin, node.contentEnd), false);
}

QString XmlTree::textBefore(Index n, Index child) const
{
    const Node &node = m_nodes[n];
    const quint32 end = std::max(node.contentBegin, m_nodes[child].nameBegin - 1);
    return decode(view(node.contentBegin, end), false);
}

QString XmlTree::innerXml(Index n) const
{
    const Node &node = m_nodes[n];
    const std::string_view raw = view(node.contentBegin, node.contentEnd);
    std::string &out = scratch();
    size_t i = 0;
    while (i < raw.size()) {
        size_t run = i;
        while (run < raw.size() && raw[run] != '<' && raw[run] != '&' && raw[run] != '\r')
            ++run;
        out.append(raw.data() + i, run - i);
        i = run;
        if (i >= raw.size())
            break;
        if (raw[i] == '\r') {
            out += '\n';
            i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
        } else if (raw[i] == '&') {
            if (!appendReference(out, raw, i, 0, true)) {
                out += "&amp;";
                ++i;
            }
        } else if (startsWith(raw, i, "<![CDATA[")) {
            const size_t end = raw.find("]]>", i + 9);
            const size_t stop = end == std::string_view::npos ? raw.size() : end;
            appendEscaped(out, raw.substr(i + 9, stop - i - 9));
            i = end == std::string_view::npos ? raw.size() : end + 3;
        } else if (startsWith(raw, i, "<!--")) {
            i = findAfter(raw, i + 4, "-->");
        } else if (startsWith(raw, i, "<?")) {
            i = findAfter(raw, i + 2, "?>");
        } else if (i + 1 < raw.size() &&
                   (XmlChars::isNameStart(uchar(raw[i + 1])) || raw[i + 1] == '/')) {
            const size_t end = tagEnd(raw, i);
            out.append(raw.data() + i, end - i);
            i = end;
        } else {
            out += "&lt;";
            ++i;
        }
    }
    Text::Mojibake::repair(out);
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

} // namespace Feeds
