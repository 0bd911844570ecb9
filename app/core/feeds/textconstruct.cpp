#include "feeds/textconstruct.h"

#include "text/plaintext.h"

namespace Feeds {

namespace {

// The xhtml content proper: Atom wraps it in one xhtml <div>, which is not part of it.
QString xhtmlContent(const XmlTree &tree, XmlTree::Index n)
{
    const XmlTree::Index child = tree.firstChild(n);
    if (child != XmlTree::npos && tree.nextSibling(child) == XmlTree::npos &&
        tree.nameIs(child, "div") && tree.text(n).trimmed() == tree.text(child).trimmed())
        return tree.innerXml(child);
    return tree.innerXml(n);
}

// Atom 0.3 says mode="escaped" of any type; text/plain stays text once unescaped.
bool isPlainType(const QString &type)
{
    return type == QLatin1String("text") || type == QLatin1String("text/plain");
}

} // namespace

TextConstruct TextConstruct::read(const XmlTree &tree, XmlTree::Index n)
{
    const QString type = tree.attribute(n, "type").trimmed().toLower();
    const QString mode = tree.attribute(n, "mode").trimmed().toLower();
    TextConstruct result;
    if (mode == QLatin1String("base64")) {
        result.value = QString::fromUtf8(QByteArray::fromBase64(tree.text(n).toLatin1()));
        result.html = type.contains(QLatin1String("html"));
    } else if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml")) {
        result.value = xhtmlContent(tree, n);
        result.html = true;
    } else if (type == QLatin1String("html") || type == QLatin1String("text/html") ||
               (mode == QLatin1String("escaped") && !isPlainType(type))) {
        // Atom 0.3 mode="xml" with HTML as child elements.
        result.value = tree.hasElementChildren(n) ? tree.innerXml(n) : tree.text(n);
        result.html = true;
    } else if (tree.hasElementChildren(n)) {
        // type="text" with child elements is a publisher's mistake: keep the markup as markup.
        result.value = xhtmlContent(tree, n);
        result.html = true;
    } else {
        result.value = tree.text(n);
    }
    return result;
}

QString TextConstruct::toPlainText() const
{
    return html ? Text::PlainText::fromHtml(value, Text::PlainText::feedField())
                : Text::PlainText::collapseWhitespace(value);
}

QString TextConstruct::toHtml() const
{
    return html ? value : Text::PlainText::toHtml(value);
}

} // namespace Feeds
