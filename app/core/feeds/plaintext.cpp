#include "plaintext.h"

#include "text/entities.h"

namespace Feeds::PlainText {

namespace {

bool isTagStart(const QString &s, qsizetype i)
{
    if (i + 1 >= s.size())
        return false;
    const QChar next = s.at(i + 1);
    return (next.unicode() < 128 && next.isLetter()) || next == u'/' || next == u'!' ||
           next == u'?';
}

// Whether a tag sits inside a line of text (<b>, <a> ...) rather than separating words: any
// other element, HTML block or misplaced feed element, is a word break.
bool isInline(QStringView name)
{
    static const char *const names[] = {"a",   "abbr", "b",    "big",   "cite", "code",   "del",
                                        "dfn", "em",   "font", "i",     "ins",  "kbd",    "mark",
                                        "q",   "s",    "samp", "small", "span", "strike", "strong",
                                        "sub", "sup",  "tt",   "u",     "var"};
    for (const char *candidate : names) {
        if (name.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringView tagName(const QString &s, qsizetype lt)
{
    qsizetype b = lt + 1;
    if (b < s.size() && s.at(b) == u'/')
        ++b;
    qsizetype e = b;
    while (e < s.size() && (s.at(e).isLetterOrNumber() || s.at(e) == u':' || s.at(e) == u'-'))
        ++e;
    return QStringView(s).mid(b, e - b);
}

qsizetype tagEnd(const QString &s, qsizetype lt)
{
    QChar quote;
    for (qsizetype i = lt + 1; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return s.size();
}

// Decodes the reference at s[i] == '&'; returns its length, 0 when it is none.
qsizetype decodeReference(const QString &s, qsizetype i, QString &out)
{
    qsizetype j = i + 1;
    if (j < s.size() && s.at(j) == u'#') {
        ++j;
        const bool hex = j < s.size() && (s.at(j) == u'x' || s.at(j) == u'X');
        if (hex)
            ++j;
        const qsizetype digitsBegin = j;
        quint64 value = 0;
        while (j < s.size() && j - digitsBegin < 8) {
            const int digit = s.at(j).isDigit() ? s.at(j).digitValue()
                              : (hex && s.at(j).unicode() < 128 && s.at(j).isLetter())
                                  ? QStringLiteral("abcdef").indexOf(s.at(j).toLower()) + 10
                                  : -1;
            if (digit < 0 || digit >= (hex ? 16 : 10))
                break;
            value = value * (hex ? 16 : 10) + quint64(digit);
            ++j;
        }
        if (j == digitsBegin)
            return 0;
        const bool valid = value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF);
        const char32_t cp = valid ? char32_t(value) : char32_t(0xFFFD);
        out.append(QString::fromUcs4(&cp, 1));
        return (j < s.size() && s.at(j) == u';') ? j + 1 - i : j - i;
    }
    while (j < s.size() && j - i <= 33 && s.at(j).unicode() < 128 && s.at(j).isLetterOrNumber())
        ++j;
    if (j >= s.size() || s.at(j) != u';' || j == i + 1)
        return 0;
    const QByteArray name = QStringView(s).mid(i + 1, j - i - 1).toLatin1();
    const char32_t cp =
        Text::namedReference(std::string_view(name.constData(), size_t(name.size())));
    if (cp == 0)
        return 0;
    out.append(QString::fromUcs4(&cp, 1));
    return j + 1 - i;
}

} // namespace

QString collapseWhitespace(const QString &text)
{
    bool clean = !text.isEmpty() && !text.front().isSpace() && !text.back().isSpace();
    for (qsizetype i = 0; clean && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() && (c != u' ' || text.at(i + 1) == u' '))
            clean = false;
    }
    if (clean || text.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
        } else {
            if (pendingSpace)
                out += u' ';
            pendingSpace = false;
            out += c;
        }
    }
    return out;
}

QString fromHtml(const QString &html)
{
    QString out;
    out.reserve(html.size());
    const qsizetype lastGreaterThan = html.lastIndexOf(u'>');
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        // A '<' never closed by '>' is text ("x<y"), not the start of a tag.
        if (c == u'<' && isTagStart(html, i) && lastGreaterThan > i) {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? html.size() : end + 3;
                continue;
            }
            const QStringView name = tagName(html, i);
            const bool closing = html.at(i + 1) == u'/';
            i = tagEnd(html, i);
            if (!closing && (name.compare(QLatin1String("script"), Qt::CaseInsensitive) == 0 ||
                             name.compare(QLatin1String("style"), Qt::CaseInsensitive) == 0)) {
                const qsizetype end =
                    html.indexOf(QLatin1String("</") + name.toString(), i, Qt::CaseInsensitive);
                i = end < 0 ? html.size() : tagEnd(html, end);
            }
            if (!name.isEmpty() && !isInline(name))
                out += u' ';
        } else if (c == u'&') {
            const qsizetype length = decodeReference(html, i, out);
            if (length == 0)
                out += c;
            i += length == 0 ? 1 : length;
        } else {
            out += c;
            ++i;
        }
    }
    return collapseWhitespace(out);
}

QString fromMaybeHtml(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'&' || (c == u'<' && isTagStart(text, i)))
            return fromHtml(text);
    }
    return collapseWhitespace(text);
}

QString toHtml(const QString &text)
{
    QString escaped = text.trimmed().toHtmlEscaped();
    escaped.replace(u'\n', QLatin1String("<br>"));
    return escaped;
}

} // namespace Feeds::PlainText
