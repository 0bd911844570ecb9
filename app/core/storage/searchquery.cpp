#include "storage/searchquery.h"

namespace Storage {

namespace {

// The tokenizer (unicode61) keeps letters and digits and splits on everything else; a term
// with neither would be an empty phrase.
bool hasIndexableCharacter(QStringView term)
{
    const QList<uint> codePoints = term.toUcs4();
    for (const uint c : codePoints) {
        if (QChar::isLetterOrNumber(c))
            return true;
    }
    return false;
}

// An FTS5 string: inside double quotes, a double quote is written twice. Everything else,
// operators and punctuation included, is then plain text to the tokenizer.
QString quoted(QStringView term)
{
    QString result;
    result.reserve(term.size() + 2);
    result += QLatin1Char('"');
    for (const QChar c : term) {
        if (c == QLatin1Char('"'))
            result += QLatin1Char('"');
        result += c;
    }
    result += QLatin1Char('"');
    return result;
}

} // namespace

SearchQuery::SearchQuery(const QString &text)
{
    parse(text);
}

void SearchQuery::parse(const QString &text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool exclude = false;
        if (text.at(i) == QLatin1Char('-') && i + 1 < size && !text.at(i + 1).isSpace()) {
            exclude = true;
            ++i;
        }
        QString term;
        if (text.at(i) == QLatin1Char('"')) {
            // A phrase runs to the closing quote, or to the end when the quote is left open.
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? size : close;
            term = quoted(QStringView(text).mid(i + 1, end - i - 1).trimmed());
            if (!hasIndexableCharacter(QStringView(text).mid(i + 1, end - i - 1)))
                term.clear();
            i = close < 0 ? size : close + 1;
        } else {
            qsizetype end = i;
            while (end < size && !text.at(end).isSpace())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (hasIndexableCharacter(word))
                term = quoted(word) + QLatin1Char('*');
            i = end;
        }
        if (!term.isEmpty())
            (exclude ? m_exclude : m_include).append(term);
    }
}

QString SearchQuery::includeExpression() const
{
    return m_include.join(QLatin1Char(' '));
}

QString SearchQuery::excludeExpression() const
{
    return m_exclude.join(QLatin1String(" OR "));
}

QString SearchQuery::matchExpression() const
{
    if (m_include.isEmpty())
        return {};
    if (m_exclude.isEmpty())
        return includeExpression();
    return includeExpression() + QLatin1String(" NOT (") + excludeExpression() + QLatin1Char(')');
}

QString SearchQuery::toMatchExpression(const QString &text)
{
    return SearchQuery(text).matchExpression();
}

} // namespace Storage
