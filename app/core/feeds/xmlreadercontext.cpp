#include "feeds/xmlreadercontext.h"

#include "feeds/dateparser.h"
#include "text/plaintext.h"

#include <QCoreApplication>

namespace Feeds {

namespace {
constexpr int maxDateWarnings = 5;
}

QString XmlReaderContext::plain(XmlTree::Index n) const
{
    if (m_tree.hasElementChildren(n))
        return Text::PlainText::fromHtml(m_tree.innerXml(n), Text::PlainText::feedField());
    return Text::PlainText::fromMaybeHtml(m_tree.text(n));
}

QString XmlReaderContext::html(XmlTree::Index n) const
{
    return m_tree.hasElementChildren(n) ? m_tree.innerXml(n) : m_tree.text(n);
}

QString XmlReaderContext::url(XmlTree::Index n) const
{
    return m_base.resolve(n, m_tree.text(n));
}

QString XmlReaderContext::urlAttribute(XmlTree::Index n, std::string_view name) const
{
    return m_base.resolve(n, m_tree.attribute(n, name));
}

QDateTime XmlReaderContext::date(XmlTree::Index n)
{
    const QString text = m_tree.text(n).trimmed();
    if (text.isEmpty())
        return {};
    QDateTime parsed = parseDate(text);
    if (!parsed.isValid() && m_dateWarnings++ < maxDateWarnings) {
        m_warnings.append(
            QCoreApplication::translate("Feeds::XmlReaderContext", "unreadable date \"%1\" in <%2>")
                .arg(text.left(64), QString::fromUtf8(m_tree.qualifiedName(n).data(),
                                                      qsizetype(m_tree.qualifiedName(n).size()))));
    }
    return parsed;
}

int XmlReaderContext::count(const QString &text)
{
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!ok || value < 0)
        return -1;
    return int(std::min<qlonglong>(value, INT_MAX));
}

QString XmlReaderContext::personName(const QString &text)
{
    const QString plainText = Text::PlainText::fromMaybeHtml(text);
    const qsizetype open = plainText.indexOf(u'(');
    if (open > 0 && plainText.endsWith(u')') && plainText.left(open).contains(u'@')) {
        const QString name = plainText.mid(open + 1, plainText.size() - open - 2).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return plainText;
}

} // namespace Feeds
