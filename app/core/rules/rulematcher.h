#pragma once

#include "storage/rulerepository.h"
#include "storage/rulesubjects.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace Rules {

/// One rule made ready for matching many articles: patterns lowered once, regular expressions
/// compiled once. Fields of an article are lowered once per article, by RuleSet.
class RuleMatcher final
{
public:
    explicit RuleMatcher(Storage::Rule rule);

    /// False when a regular expression does not compile (errorText() says which); such a rule
    /// matches nothing.
    [[nodiscard]] bool isValid() const { return m_errorText.isEmpty(); }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] bool needsText() const { return m_needsText; }
    [[nodiscard]] const Storage::Rule &rule() const { return m_rule; }

    class Subject;
    [[nodiscard]] bool matches(Subject &subject) const;

private:
    struct Test
    {
        Storage::RuleCondition::Field field;
        Storage::RuleCondition::Match match;
        QString needle; ///< Lowered; for Contains and WholeWord.
        QRegularExpression regex;
    };
    [[nodiscard]] static bool passes(const Test &test, Subject &subject);

    Storage::Rule m_rule;
    QList<Test> m_tests;
    QString m_errorText;
    bool m_needsText = false;
};

/// An article as the matchers see it: its fields, each lowered the first time a test asks.
class RuleMatcher::Subject final
{
public:
    explicit Subject(const Storage::RuleSubject &article) : m_article(article) {}

    [[nodiscard]] const Storage::RuleSubject &article() const { return m_article; }
    /// The field as stored; categories one per line.
    [[nodiscard]] const QString &original(Storage::RuleCondition::Field field);
    [[nodiscard]] const QString &lowered(Storage::RuleCondition::Field field);

private:
    static constexpr int FieldCount = 7;
    const Storage::RuleSubject &m_article;
    QString m_categories;
    bool m_categoriesJoined = false;
    std::optional<QString> m_lowered[FieldCount];
};

/// The rules that run together, in their order; what they do to an article is the sum of the
/// actions of those that match it.
class RuleSet final
{
public:
    RuleSet() = default;
    /// The enabled rules of \a rules that have a condition and an action.
    [[nodiscard]] static RuleSet enabled(const QList<Storage::Rule> &rules);
    /// \a rule alone, enabled or not: for trying it out and for applying it once.
    [[nodiscard]] static RuleSet single(const Storage::Rule &rule);

    [[nodiscard]] bool isEmpty() const { return m_matchers.isEmpty(); }
    [[nodiscard]] bool needsText() const { return m_needsText; }
    /// The one source every rule is limited to, else 0.
    [[nodiscard]] qint64 sourceScope() const { return qMax<qint64>(m_sourceScope, 0); }
    /// The merged actions of the rules matching \a article; nullopt when none does.
    [[nodiscard]] std::optional<Storage::RuleActions>
    actionsFor(const Storage::RuleSubject &article) const;

private:
    void add(const Storage::Rule &rule);

    QList<RuleMatcher> m_matchers;
    bool m_needsText = false;
    qint64 m_sourceScope = -1; ///< -1 until the first rule.
};

} // namespace Rules
