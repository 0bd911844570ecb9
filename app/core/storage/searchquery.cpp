#include "storage/searchquery.h"

#include "storage/searchoperators.h"

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

// A quoted value runs to the closing quote, or to the end when the quote is left open; a bare
// one to the next space. Returns the value and sets \a end past it.
QString readValue(const QString &text, qsizetype from, bool *phrase, qsizetype *end)
{
    const qsizetype size = text.size();
    *phrase = from < size && text.at(from) == QLatin1Char('"');
    if (*phrase) {
        const qsizetype close = text.indexOf(QLatin1Char('"'), from + 1);
        const qsizetype stop = close < 0 ? size : close;
        *end = close < 0 ? size : close + 1;
        return text.mid(from + 1, stop - from - 1).trimmed();
    }
    qsizetype stop = from;
    while (stop < size && !text.at(stop).isSpace())
        ++stop;
    *end = stop;
    return text.mid(from, stop - from);
}

// The full-text term for a value: a phrase as it is, a word as a prefix. Empty when the index
// could never hold it.
QString ftsTerm(const QString &value, bool phrase)
{
    if (!hasIndexableCharacter(value))
        return {};
    return phrase ? quoted(value) : quoted(value) + QLatin1Char('*');
}

} // namespace

SearchQuery::SearchQuery(const QString &text, const QDateTime &now) : m_now(now)
{
    parse(text);
}

void SearchQuery::parse(const QString &text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size && m_error.isEmpty()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool exclude = false;
        if (text.at(i) == QLatin1Char('-') && i + 1 < size && !text.at(i + 1).isSpace()) {
            exclude = true;
            ++i;
        }
        if (text.at(i) != QLatin1Char('"')) {
            qsizetype colon = i;
            while (colon < size && text.at(colon).isLetter())
                ++colon;
            qsizetype end = 0;
            if (colon > i && colon < size && text.at(colon) == QLatin1Char(':') &&
                parseOperator(text, i, colon, exclude, &end)) {
                i = end;
                continue;
            }
        }
        bool phrase = false;
        qsizetype end = 0;
        const QString value = readValue(text, i, &phrase, &end);
        i = end;
        if (const QString term = ftsTerm(value, phrase); !term.isEmpty())
            (exclude ? m_exclude : m_include).append(term);
    }
    if (!m_error.isEmpty()) {
        m_include.clear();
        m_exclude.clear();
        m_conditions.clear();
    }
}

bool SearchQuery::parseOperator(const QString &text, qsizetype start, qsizetype colon, bool exclude,
                                qsizetype *end)
{
    const QStringView name = QStringView(text).mid(start, colon - start);
    if (!SearchOperators::isName(name))
        return false;
    bool phrase = false;
    const QString value = readValue(text, colon + 1, &phrase, end);
    const SearchOperator *op = SearchOperators::find(name, value, &m_error);
    if (!op)
        return true;
    if (op->operand == OperandKind::Words) {
        if (const QString term = ftsTerm(value, phrase); !term.isEmpty()) {
            (exclude ? m_exclude : m_include)
                .append(QLatin1String(op->ftsColumn) + QLatin1String(" : ") + term);
        }
        return true;
    }
    const std::optional<QVariant> bound = SearchOperators::bindValue(*op, value, m_now, &m_error);
    if (!bound)
        return true;
    SearchCondition condition;
    const QString sql = QLatin1String(op->sql);
    condition.sql = exclude ? QStringLiteral("NOT (%1)").arg(sql) : sql;
    for (qsizetype placeholders = sql.count(QLatin1Char('?')); placeholders > 0; --placeholders)
        condition.values.append(*bound);
    m_conditions.append(condition);
    return true;
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
