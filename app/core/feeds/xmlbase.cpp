#include "feeds/xmlbase.h"

namespace Feeds {

namespace {

bool hasScheme(const QString &reference)
{
    for (qsizetype i = 0; i < reference.size(); ++i) {
        const QChar c = reference.at(i);
        if (c == u':')
            return i > 0;
        const bool schemeChar =
            (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'+' || c == u'-' || c == u'.';
        if (!schemeChar)
            return false;
    }
    return false;
}

} // namespace

XmlBase::XmlBase(const XmlTree &tree, QUrl documentUrl)
    : m_tree(tree), m_documentUrl(std::move(documentUrl))
{
    m_documentEntry.base = m_documentUrl;
    m_documentHasXmlBase = tree.ok() && tree.hasXmlBaseAttributes();
}

const XmlBase::Entry &XmlBase::entry(XmlTree::Index n) const
{
    if (!m_documentHasXmlBase || n == XmlTree::npos)
        return m_documentEntry;
    const auto cached = m_cache.constFind(n);
    if (cached != m_cache.constEnd())
        return *cached;
    Entry result = entry(m_tree.parent(n));
    const QString own = m_tree.attribute(n, "xml:base").trimmed();
    if (!own.isEmpty()) {
        const QUrl ownUrl(own);
        result.base = result.base.isEmpty() ? ownUrl : result.base.resolved(ownUrl);
        result.explicitBase = true;
    }
    return *m_cache.insert(n, result);
}

QUrl XmlBase::baseOf(XmlTree::Index n) const
{
    return entry(n).base;
}

bool XmlBase::hasXmlBase(XmlTree::Index n) const
{
    return entry(n).explicitBase;
}

QString XmlBase::resolve(XmlTree::Index n, const QString &reference) const
{
    return resolve(baseOf(n), reference);
}

QString XmlBase::resolve(const QUrl &base, const QString &reference)
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty() || hasScheme(trimmed) || base.isEmpty() || base.isRelative())
        return trimmed;
    return base.resolved(QUrl(trimmed)).toString();
}

} // namespace Feeds
