#include "html/contentwriter.h"

#include "html/htmlescape.h"

#include <QStringList>

#include <string>

namespace Html::Private {

namespace {

bool isTablePart(GumboTag tag)
{
    return tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT ||
           tag == GUMBO_TAG_TR || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH ||
           tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_COLGROUP || tag == GUMBO_TAG_COL;
}

bool isListPart(GumboTag tag)
{
    return tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD;
}

bool isVoid(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

bool isPlainName(const char *name)
{
    if (!*name)
        return false;
    for (const char *c = name; *c; ++c) {
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-' || *c == '_' ||
              *c == ':'))
            return false;
    }
    return true;
}

// Lazy-loading scripts keep the real picture in a data attribute and a placeholder in src.
std::string imageSource(const GumboElement &element)
{
    const GumboAttribute *src = gumbo_get_attribute(&element.attributes, "src");
    const std::string_view current = src ? std::string_view(src->value) : std::string_view();
    if (!current.empty() && current.substr(0, 5) != "data:")
        return std::string(current);
    for (const char *name : {"data-src", "data-original", "data-lazy-src", "data-url"}) {
        const GumboAttribute *lazy = gumbo_get_attribute(&element.attributes, name);
        if (lazy && *lazy->value)
            return lazy->value;
    }
    return std::string(current);
}

bool startsLine(GumboTag tag)
{
    return ArticleDocument::isBlock(tag) || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH ||
           tag == GUMBO_TAG_BR || tag == GUMBO_TAG_BODY;
}

} // namespace

ContentWriter::ContentWriter(const ArticleDocument &document, const std::vector<char> &removed)
    : m_document(document), m_removed(removed)
{}

QString ContentWriter::html(const std::vector<int> &roots) const
{
    std::string out;
    for (const int root : roots)
        writeElement(root, false, false, out);
    return QString::fromUtf8(out.data(), qsizetype(out.size()));
}

// Iterative: a frame per open element, so deep pages cannot exhaust the stack.
void ContentWriter::writeElement(int index, bool tableOpen, bool listOpen, std::string &out) const
{
    struct Frame
    {
        int node;
        std::size_t next = 0; // child to write next
        bool tableOpen = false;
        bool listOpen = false;
        std::string endTag;
    };
    std::vector<Frame> stack;
    auto enter = [&](int node, bool table, bool list) {
        const ArticleNode &item = m_document.node(node);
        if (m_removed[std::size_t(node)])
            return;
        if (item.isText) {
            appendEscapedText(item.source->v.text.text, out);
            return;
        }
        if (ArticleDocument::hasNoText(item.tag) && item.tag != GUMBO_TAG_VIDEO &&
            item.tag != GUMBO_TAG_AUDIO) {
            // iframe, object, embed: the sanitizer turns known video players into a link.
            const QByteArray name = m_document.tagName(node);
            out += '<';
            out += name.constData();
            for (const char *attribute : {"src", "data", "width", "height"}) {
                const GumboAttribute *value =
                    gumbo_get_attribute(&item.source->v.element.attributes, attribute);
                if (value) {
                    out += ' ';
                    out += attribute;
                    out += "=\"";
                    appendEscapedAttribute(value->value, out);
                    out += '"';
                }
            }
            out += isVoid(item.tag) ? ">" : "></" + name.toStdString() + ">";
            return;
        }
        QByteArray name = m_document.tagName(node);
        if (item.tag == GUMBO_TAG_BODY || item.tag == GUMBO_TAG_HTML ||
            item.tag == GUMBO_TAG_FORM || (isTablePart(item.tag) && !table) ||
            (isListPart(item.tag) && !list))
            name = "div";
        Frame frame{node,
                    0,
                    table || item.tag == GUMBO_TAG_TABLE,
                    (list || item.tag == GUMBO_TAG_UL || item.tag == GUMBO_TAG_OL ||
                     item.tag == GUMBO_TAG_DL) &&
                        !isListPart(item.tag),
                    {}};
        if (isListPart(item.tag))
            frame.listOpen = false; // a list inside an item opens its own
        if (!name.isEmpty()) {
            out += '<';
            out += name.constData();
            const GumboVector &attributes = item.source->v.element.attributes;
            for (unsigned i = 0; i < attributes.length; ++i) {
                const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
                if (!isPlainName(attribute->name) || qstrcmp(attribute->name, "src") == 0)
                    continue;
                out += ' ';
                out += attribute->name;
                out += "=\"";
                appendEscapedAttribute(attribute->value, out);
                out += '"';
            }
            if (item.tag == GUMBO_TAG_IMG) {
                out += " src=\"";
                appendEscapedAttribute(imageSource(item.source->v.element), out);
                out += '"';
            } else if (const GumboAttribute *src =
                           gumbo_get_attribute(&item.source->v.element.attributes, "src")) {
                out += " src=\"";
                appendEscapedAttribute(src->value, out);
                out += '"';
            }
            out += '>';
            if (isVoid(item.tag))
                return;
            frame.endTag = "</" + name.toStdString() + ">";
        }
        stack.push_back(std::move(frame));
    };

    enter(index, tableOpen, listOpen);
    while (!stack.empty()) {
        Frame &top = stack.back();
        const std::vector<int> &children = m_document.node(top.node).children;
        if (top.next < children.size()) {
            const int child = children[top.next++];
            enter(child, top.tableOpen, top.listOpen);
            continue;
        }
        out += top.endTag;
        stack.pop_back();
    }
}

QString ContentWriter::text(const std::vector<int> &roots) const
{
    QString raw;
    struct Frame
    {
        int node;
        bool pre = false;
        std::size_t next = 0;
        bool opened = false;
    };
    std::vector<Frame> stack;
    for (const int root : roots) {
        stack.push_back({root, false});
        while (!stack.empty()) {
            Frame &top = stack.back();
            const ArticleNode &item = m_document.node(top.node);
            if (!top.opened) {
                top.opened = true;
                if (m_removed[std::size_t(top.node)] ||
                    (!item.isText && ArticleDocument::hasNoText(item.tag))) {
                    stack.pop_back();
                    continue;
                }
                if (item.isText) {
                    if (top.pre) {
                        raw += item.text;
                    } else {
                        // Source line breaks are spaces; only blocks and <br> end a line.
                        for (const QChar c : item.text)
                            raw += c.isSpace() ? QChar(u' ') : c;
                    }
                    stack.pop_back();
                    continue;
                }
                if (startsLine(item.tag))
                    raw += QLatin1Char('\n');
            }
            if (top.next < item.children.size()) {
                const int child = item.children[top.next++];
                const bool pre = top.pre || item.tag == GUMBO_TAG_PRE;
                stack.push_back({child, pre});
                continue;
            }
            if (startsLine(item.tag))
                raw += QLatin1Char('\n');
            stack.pop_back();
        }
    }
    QStringList lines;
    for (const QStringView piece : QStringView(raw).split(u'\n')) {
        const QString line = piece.toString().simplified();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ContentWriter::line(int root) const
{
    return text({root}).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace Html::Private
