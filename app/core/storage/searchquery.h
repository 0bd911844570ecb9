#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Storage {

/// A condition of a search on `articles AS a`, with the values of its placeholders in order.
struct SearchCondition
{
    QString sql;
    QVariantList values;
};

/// A person's search text, translated into SQLite FTS5 MATCH expressions and conditions.
///
/// Words match as prefixes ("news" finds "newsletter"), "quoted phrases" match as phrases,
/// and a leading minus excludes what follows (-sport, -"world cup"). Every term is quoted,
/// so no input (quotes, parentheses, stars, AND/OR/NOT/NEAR, colons) can be an FTS5 syntax
/// error; terms without a letter or digit are dropped, as the index would never hold them.
///
/// `name:value` is a search operator when the name is one (see SearchOperators: title:,
/// author:, source:, is:unread, before:2026-12-01 ...); the value may be "quoted", and a
/// leading minus negates it. An operator whose value does not fit makes the whole search
/// invalid (errorMessage() says why); other `word:word` text stays words.
class SearchQuery final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SearchQuery)

public:
    /// \a now resolves relative dates (before:yesterday); null: the current time.
    explicit SearchQuery(const QString &text, const QDateTime &now = {});

    /// No terms and no operators at all: no filter.
    [[nodiscard]] bool isEmpty() const
    {
        return m_include.isEmpty() && m_exclude.isEmpty() && m_conditions.isEmpty();
    }
    /// False when an operator was malformed; such a search matches nothing.
    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    /// Why the search is not valid, for the person who typed it; empty when it is.
    [[nodiscard]] QString errorMessage() const { return m_error; }

    /// Terms every match must contain, ANDed; empty when the search only excludes.
    [[nodiscard]] QString includeExpression() const;
    /// Terms no match may contain, ORed; empty when nothing is excluded.
    [[nodiscard]] QString excludeExpression() const;
    /// The whole search as one expression ("a"* NOT ("b"*)). Empty when there is nothing to
    /// include: FTS5 cannot express "everything except", so callers filter those with
    /// excludeExpression() themselves.
    [[nodiscard]] QString matchExpression() const;
    /// The operators that are not full-text terms, ANDed by the caller.
    [[nodiscard]] const QList<SearchCondition> &conditions() const { return m_conditions; }

    /// The expression for \a text; shorthand for SearchQuery(text).matchExpression().
    [[nodiscard]] static QString toMatchExpression(const QString &text);

private:
    void parse(const QString &text);
    /// Reads the operator whose name ends at \a colon; returns false if \a text has none there.
    bool parseOperator(const QString &text, qsizetype start, qsizetype colon, bool exclude,
                       qsizetype *end);

    QDateTime m_now;
    QStringList m_include;
    QStringList m_exclude;
    QList<SearchCondition> m_conditions;
    QString m_error;
};

} // namespace Storage
