#pragma once

#include <QString>
#include <QStringList>

namespace Storage {

/// A person's search text, translated into SQLite FTS5 MATCH expressions.
///
/// Words match as prefixes ("news" finds "newsletter"), "quoted phrases" match as phrases,
/// and a leading minus excludes what follows (-sport, -"world cup"). Every term is quoted,
/// so no input (quotes, parentheses, stars, AND/OR/NOT/NEAR, colons) can be an FTS5 syntax
/// error; terms without a letter or digit are dropped, as the index would never hold them.
class SearchQuery final
{
public:
    explicit SearchQuery(const QString &text);

    /// No terms at all: no filter.
    [[nodiscard]] bool isEmpty() const { return m_include.isEmpty() && m_exclude.isEmpty(); }
    /// Terms every match must contain, ANDed; empty when the search only excludes.
    [[nodiscard]] QString includeExpression() const;
    /// Terms no match may contain, ORed; empty when nothing is excluded.
    [[nodiscard]] QString excludeExpression() const;
    /// The whole search as one expression ("a"* NOT ("b"*)). Empty when there is nothing to
    /// include: FTS5 cannot express "everything except", so callers filter those with
    /// excludeExpression() themselves.
    [[nodiscard]] QString matchExpression() const;

    /// The expression for \a text; shorthand for SearchQuery(text).matchExpression().
    [[nodiscard]] static QString toMatchExpression(const QString &text);

private:
    void parse(const QString &text);

    QStringList m_include;
    QStringList m_exclude;
};

} // namespace Storage
