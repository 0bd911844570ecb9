#include "feeds/xmlreadercontext.h"

#include "feeds/dateparser.h"
#include "text/plaintext.h"

#include <QCoreApplication>

namespace Feeds {

namespace {

constexpr int maxDateWarnings = 5;

struct EmailSpan
{
    qsizetype start = -1;
    qsizetype end = -1;
};

bool isAddressChar(QChar c)
{
    return !c.isSpace() && c != u'(' && c != u')' && c != u'<' && c != u'>' && c != u'"' &&
           c != u'\'' && c != u',' && c != u';' && c != u'[' && c != u']';
}

// The first e-mail address in the text: the run of address characters around an '@' with
// something on both sides; start -1 when there is none.
EmailSpan findEmail(const QString &text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0)
        return {};
    qsizetype start = at;
    while (start > 0 && isAddressChar(text.at(start - 1)))
        --start;
    qsizetype end = at + 1;
    while (end < text.size() && isAddressChar(text.at(end)))
        ++end;
    if (start == at || end == at + 1)
        return {};
    return {start, end};
}

} // namespace

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
    QString source = text.trimmed();
    EmailSpan email = findEmail(source);
    const bool bracketed = email.start > 0 && source.at(email.start - 1) == u'<' &&
                           email.end < source.size() && source.at(email.end) == u'>';
    if (!bracketed && source.contains(u'<')) { // markup around the name: read it as text first
        source = Text::PlainText::fromMaybeHtml(source);
        email = findEmail(source);
    }
    if (email.start < 0)
        return Text::PlainText::fromMaybeHtml(source);
    // What is left once the address is gone, without the brackets that held it or the name.
    QString rest = source.left(email.start) + source.mid(email.end);
    rest.remove(QLatin1String("()"));
    rest.remove(QLatin1String("<>"));
    rest = rest.trimmed();
    if (rest.startsWith(u'('))
        rest.remove(0, 1);
    if (rest.endsWith(u')'))
        rest.chop(1);
    const QString name = Text::PlainText::fromMaybeHtml(rest.trimmed());
    return name.isEmpty() ? source.mid(email.start, email.end - email.start) : name;
}

} // namespace Feeds
