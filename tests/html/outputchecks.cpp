#include "outputchecks.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace TestSupport {
namespace {

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("a"),       QStringLiteral("abbr"),       QStringLiteral("audio"),
        QStringLiteral("b"),       QStringLiteral("blockquote"), QStringLiteral("br"),
        QStringLiteral("caption"), QStringLiteral("cite"),       QStringLiteral("code"),
        QStringLiteral("dd"),      QStringLiteral("del"),        QStringLiteral("dfn"),
        QStringLiteral("div"),     QStringLiteral("dl"),         QStringLiteral("dt"),
        QStringLiteral("em"),      QStringLiteral("figcaption"), QStringLiteral("figure"),
        QStringLiteral("h1"),      QStringLiteral("h2"),         QStringLiteral("h3"),
        QStringLiteral("h4"),      QStringLiteral("h5"),         QStringLiteral("h6"),
        QStringLiteral("hr"),      QStringLiteral("i"),          QStringLiteral("img"),
        QStringLiteral("ins"),     QStringLiteral("kbd"),        QStringLiteral("li"),
        QStringLiteral("mark"),    QStringLiteral("ol"),         QStringLiteral("p"),
        QStringLiteral("picture"), QStringLiteral("pre"),        QStringLiteral("q"),
        QStringLiteral("s"),       QStringLiteral("samp"),       QStringLiteral("small"),
        QStringLiteral("source"),  QStringLiteral("strong"),     QStringLiteral("sub"),
        QStringLiteral("sup"),     QStringLiteral("table"),      QStringLiteral("tbody"),
        QStringLiteral("td"),      QStringLiteral("tfoot"),      QStringLiteral("th"),
        QStringLiteral("thead"),   QStringLiteral("time"),       QStringLiteral("tr"),
        QStringLiteral("track"),   QStringLiteral("u"),          QStringLiteral("ul"),
        QStringLiteral("var"),     QStringLiteral("video")};
    return tags;
}

const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> attributes = {
        QStringLiteral("alt"),     QStringLiteral("cite"),     QStringLiteral("class"),
        QStringLiteral("colspan"), QStringLiteral("controls"), QStringLiteral("datetime"),
        QStringLiteral("default"), QStringLiteral("dir"),      QStringLiteral("height"),
        QStringLiteral("href"),    QStringLiteral("kind"),     QStringLiteral("label"),
        QStringLiteral("lang"),    QStringLiteral("loop"),     QStringLiteral("media"),
        QStringLiteral("muted"),   QStringLiteral("poster"),   QStringLiteral("preload"),
        QStringLiteral("rel"),     QStringLiteral("reversed"), QStringLiteral("rowspan"),
        QStringLiteral("scope"),   QStringLiteral("src"),      QStringLiteral("srclang"),
        QStringLiteral("srcset"),  QStringLiteral("start"),    QStringLiteral("title"),
        QStringLiteral("type"),    QStringLiteral("value"),    QStringLiteral("width")};
    return attributes;
}

// SVG and MathML: their drawing and formula elements and presentation attributes, whose values
// must not load anything (url()) or run anything.
const QSet<QString> &allowedForeignTags()
{
    static const QSet<QString> tags = {QStringLiteral("svg"),
                                       QStringLiteral("g"),
                                       QStringLiteral("path"),
                                       QStringLiteral("circle"),
                                       QStringLiteral("ellipse"),
                                       QStringLiteral("line"),
                                       QStringLiteral("polyline"),
                                       QStringLiteral("polygon"),
                                       QStringLiteral("rect"),
                                       QStringLiteral("text"),
                                       QStringLiteral("tspan"),
                                       QStringLiteral("math"),
                                       QStringLiteral("annotation"),
                                       QStringLiteral("menclose"),
                                       QStringLiteral("merror"),
                                       QStringLiteral("mfenced"),
                                       QStringLiteral("mfrac"),
                                       QStringLiteral("mi"),
                                       QStringLiteral("mmultiscripts"),
                                       QStringLiteral("mn"),
                                       QStringLiteral("mo"),
                                       QStringLiteral("mover"),
                                       QStringLiteral("mpadded"),
                                       QStringLiteral("mphantom"),
                                       QStringLiteral("mprescripts"),
                                       QStringLiteral("mroot"),
                                       QStringLiteral("mrow"),
                                       QStringLiteral("ms"),
                                       QStringLiteral("mspace"),
                                       QStringLiteral("msqrt"),
                                       QStringLiteral("mstyle"),
                                       QStringLiteral("msub"),
                                       QStringLiteral("msubsup"),
                                       QStringLiteral("msup"),
                                       QStringLiteral("mtable"),
                                       QStringLiteral("mtd"),
                                       QStringLiteral("mtext"),
                                       QStringLiteral("mtr"),
                                       QStringLiteral("munder"),
                                       QStringLiteral("munderover"),
                                       QStringLiteral("none"),
                                       QStringLiteral("semantics")};
    return tags;
}

bool isForeignAttribute(const QString &name)
{
    static const QRegularExpression presentation(QStringLiteral(
        "^(c[xy]|d[xy]?|[xy][12]?|r[xy]?|points|viewBox|preserveAspectRatio|transform|opacity|"
        "(fill|stroke)(-[a-z]+)*|font-[a-z]+|text-anchor|width|height|depth|accent(under)?|"
        "close|open|column[a-z]+|row[a-z]+|dir|display(style)?|encoding|fence|frame|largeop|"
        "linethickness|[lr]space|math[a-z]+|movablelimits|notation|scriptlevel|separators?|"
        "stretchy|symmetric)$"));
    return presentation.match(name).hasMatch();
}

bool isSafeUrl(const QString &url, bool dataImageAllowed)
{
    static const QRegularExpression web(QStringLiteral("^(https?://[^/?#]|mailto:)"));
    static const QRegularExpression relative(QStringLiteral("^[^:]*([/?#]|$)"));
    static const QRegularExpression dataImage(
        QStringLiteral("^data:image/(png|jpeg|jpg|gif|webp)[;,]"),
        QRegularExpression::CaseInsensitiveOption);
    return web.match(url).hasMatch() || relative.match(url).hasMatch() ||
           (dataImageAllowed && dataImage.match(url).hasMatch());
}

QString unescape(QString value)
{
    return value.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

QString checkAttribute(const QString &tag, const QString &name, const QString &value)
{
    if (allowedForeignTags().contains(tag)) {
        static const QRegularExpression loads(QStringLiteral("url|script:|expression|\\\\"),
                                              QRegularExpression::CaseInsensitiveOption);
        if (!isForeignAttribute(name))
            return QStringLiteral("attribute %1 on <%2>").arg(name, tag);
        if (loads.match(unescape(value)).hasMatch())
            return QStringLiteral("unsafe value %1=\"%2\" on <%3>").arg(name, value, tag);
        return {};
    }
    if (!allowedAttributes().contains(name))
        return QStringLiteral("attribute %1 on <%2>").arg(name, tag);
    const QString decoded = unescape(value);
    if (name == QLatin1String("href") || name == QLatin1String("src") ||
        name == QLatin1String("poster") || name == QLatin1String("cite")) {
        if (!isSafeUrl(decoded, tag == QLatin1String("img") && name == QLatin1String("src")))
            return QStringLiteral("unsafe URL %1=\"%2\"").arg(name, decoded);
    }
    if (name == QLatin1String("srcset")) {
        const QStringList candidates = decoded.split(QLatin1String(", "));
        for (const QString &candidate : candidates) {
            if (!isSafeUrl(candidate.section(QLatin1Char(' '), 0, 0), false))
                return QStringLiteral("unsafe srcset \"%1\"").arg(decoded);
        }
    }
    return {};
}

} // namespace

QString unsafeMarkup(const QString &html)
{
    static const QRegularExpression tagPattern(
        QStringLiteral("\\G<(/?)([a-zA-Z0-9]+)((?: [a-zA-Z][a-zA-Z0-9-]*=\"[^\"<>]*\")*)/?>"));
    static const QRegularExpression attributePattern(
        QStringLiteral(" ([a-zA-Z][a-zA-Z0-9-]*)=\"([^\"]*)\""));
    static const QRegularExpression valuePattern(QStringLiteral("=\"[^\"]*\""));
    static const QRegularExpression dangerous(
        QStringLiteral("javascript:|vbscript:|data:text|expression\\(|url\\(|\\son[a-z]+="),
        QRegularExpression::CaseInsensitiveOption);

    qsizetype pos = html.indexOf(QLatin1Char('<'));
    while (pos >= 0) {
        const QRegularExpressionMatch tag = tagPattern.match(html, pos);
        if (!tag.hasMatch())
            return QStringLiteral("stray markup at %1: %2").arg(pos).arg(html.mid(pos, 40));
        const QString name = tag.captured(2);
        if (!allowedTags().contains(name) && !allowedForeignTags().contains(name))
            return QStringLiteral("element <%1>").arg(name);
        // Attribute values are escaped text; only the markup around them could be dangerous.
        QString markup = tag.captured(0);
        markup.replace(valuePattern, QStringLiteral("=\"\""));
        if (dangerous.match(markup).hasMatch())
            return QStringLiteral("dangerous markup %1").arg(tag.captured(0));
        auto attributes = attributePattern.globalMatch(tag.captured(3));
        while (attributes.hasNext()) {
            const QRegularExpressionMatch attribute = attributes.next();
            const QString problem =
                checkAttribute(name, attribute.captured(1), attribute.captured(2));
            if (!problem.isEmpty())
                return problem;
        }
        pos = html.indexOf(QLatin1Char('<'), tag.capturedEnd(0));
    }
    return {};
}

QString wellFormednessError(const QString &html)
{
    static const QRegularExpression voidElement(
        QStringLiteral("<(br|hr|img|source|track)((?: [a-z]+=\"[^\"]*\")*)>"));
    QString xml = html;
    xml.replace(voidElement, QStringLiteral("<\\1\\2/>"));
    QXmlStreamReader reader(QStringLiteral("<root>") + xml + QStringLiteral("</root>"));
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() : QString();
}

} // namespace TestSupport
