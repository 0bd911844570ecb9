#include "storage/searchoperators.h"

#include <QRegularExpression>

#include <iterator>

namespace Storage {

namespace {

// The operators. A flag operator has one entry per value it takes.
constexpr SearchOperator Operators[] = {
    {"title", nullptr, OperandKind::Words, "title", nullptr},
    {"author", nullptr, OperandKind::Words, "author", nullptr},
    {"source", nullptr, OperandKind::Contains, nullptr,
     "a.source_id IN (SELECT id FROM sources WHERE title LIKE ? ESCAPE '\\')"},
    {"is", "unread", OperandKind::None, nullptr, "a.read = 0"},
    {"is", "read", OperandKind::None, nullptr, "a.read = 1"},
    {"is", "bookmarked", OperandKind::None, nullptr, "a.bookmarked = 1"},
    // Tag names compare without case (tags.name is COLLATE NOCASE).
    {"tag", nullptr, OperandKind::Exact, nullptr,
     "a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id"
     " WHERE t.name = ?)"},
    {"before", nullptr, OperandKind::DayStart, nullptr, "a.sort_date < ?"},
    {"after", nullptr, OperandKind::DayStart, nullptr, "a.sort_date >= ?"},
};

bool hasName(const SearchOperator &op, QStringView name)
{
    return name.compare(QLatin1String(op.name), Qt::CaseInsensitive) == 0;
}

// LIKE treats % and _ as wildcards; escaped, the value is found as it was typed.
QString likeContains(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : value) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

} // namespace

bool SearchOperators::isName(QStringView name)
{
    for (const SearchOperator &op : Operators) {
        if (hasName(op, name))
            return true;
    }
    return false;
}

bool SearchOperators::matchesWords(QStringView name)
{
    for (const SearchOperator &op : Operators) {
        if (hasName(op, name))
            return op.operand == OperandKind::Words;
    }
    return false;
}

const SearchOperator *SearchOperators::find(QStringView name, const QString &value, QString *error)
{
    QStringList fixedValues;
    for (const SearchOperator &op : Operators) {
        if (!hasName(op, name))
            continue;
        if (!op.fixedValue) {
            if (value.trimmed().isEmpty()) {
                *error = tr("“%1:” needs a value, as in %1:word or %1:\"two words\".")
                             .arg(QLatin1String(op.name));
                return nullptr;
            }
            return &op;
        }
        if (value.compare(QLatin1String(op.fixedValue), Qt::CaseInsensitive) == 0)
            return &op;
        fixedValues.append(QLatin1String(op.name) + QLatin1Char(':') +
                           QLatin1String(op.fixedValue));
    }
    if (fixedValues.isEmpty()) {
        *error = tr("“%1:” is not a search operator.").arg(name);
        return nullptr;
    }
    *error = tr("“%1:%2” is not a search operator; use %3.")
                 .arg(name, value, fixedValues.join(QLatin1String(", ")));
    return nullptr;
}

std::optional<QVariant> SearchOperators::bindValue(const SearchOperator &op, const QString &value,
                                                   const QDateTime &now, QString *error)
{
    switch (op.operand) {
    case OperandKind::None:
    case OperandKind::Words:
        return QVariant();
    case OperandKind::Contains:
        return QVariant(likeContains(value));
    case OperandKind::Exact:
        return QVariant(value);
    case OperandKind::DayStart: {
        const std::optional<QDate> day = parseDay(value, now);
        if (!day) {
            *error = tr("“%1:%2”: not a date. Use a date like 2026-12-31, or today, yesterday,"
                        " 7d (days ago) or 2w (weeks ago).")
                         .arg(QLatin1String(op.name), value);
            return std::nullopt;
        }
        return QVariant(QDateTime(*day, QTime(0, 0)).toSecsSinceEpoch());
    }
    }
    return std::nullopt;
}

std::optional<QDate> SearchOperators::parseDay(const QString &text, const QDateTime &now)
{
    const QDate today = (now.isValid() ? now.toLocalTime() : QDateTime::currentDateTime()).date();
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("today"))
        return today;
    if (word == QLatin1String("yesterday"))
        return today.addDays(-1);
    static const QRegularExpression ago(QStringLiteral("^(\\d{1,4})([dw])$"));
    if (const QRegularExpressionMatch match = ago.match(word); match.hasMatch()) {
        const int count = match.captured(1).toInt();
        return today.addDays(-qint64(count) * (match.captured(2) == QLatin1String("w") ? 7 : 1));
    }
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(word).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(word, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace Storage
