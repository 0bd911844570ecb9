#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

namespace Storage {

/// How an operator's value becomes part of the query.
enum class OperandKind {
    None,     ///< A flag: the operator's fixed value is all there is (is:unread).
    Words,    ///< Words matched in one column of the full-text index, as the search box does.
    Contains, ///< Text found anywhere in a field, ignoring case: bound as LIKE '%value%'.
    Exact,    ///< The value as it is, bound once per placeholder.
    DayStart, ///< A date: bound as the local midnight that begins it (seconds since the epoch).
};

/// One search operator: `name:value`. Adding an operator is one entry in the table of
/// searchoperators.cpp: its name, what its value is, and the index column or the SQL condition
/// on `articles AS a` it stands for.
struct SearchOperator
{
    const char *name = nullptr;       ///< Before the colon, lower case.
    const char *fixedValue = nullptr; ///< The only value a flag takes; nullptr: any value.
    OperandKind operand = OperandKind::None;
    const char *ftsColumn = nullptr; ///< For OperandKind::Words.
    const char *sql = nullptr;       ///< Otherwise; every `?` is bound to the value.
};

/// The search operators and the reading of their values.
class SearchOperators final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SearchOperators)

public:
    /// Whether \a name (without the colon, any case) is an operator's name.
    [[nodiscard]] static bool isName(QStringView name);
    /// Whether operator \a name matches its value as words of the text (title:, author:),
    /// which a list then highlights.
    [[nodiscard]] static bool matchesWords(QStringView name);
    /// The operator \a name:\a value stands for; nullptr with \a error set when the value does
    /// not fit (an unknown flag, a missing value).
    [[nodiscard]] static const SearchOperator *find(QStringView name, const QString &value,
                                                    QString *error);
    /// The value to bind for \a value, or nullopt with \a error set (a date that is none).
    /// \a now resolves relative dates.
    [[nodiscard]] static std::optional<QVariant>
    bindValue(const SearchOperator &op, const QString &value, const QDateTime &now, QString *error);
    /// The day \a text names: an ISO date (2026-12-31), today, yesterday, or a number of days
    /// or weeks ago (7d, 2w), counted from \a now's local date.
    [[nodiscard]] static std::optional<QDate> parseDay(const QString &text, const QDateTime &now);
};

} // namespace Storage
