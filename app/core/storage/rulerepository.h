#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Storage {

/// One test of a rule on one part of an article.
struct RuleCondition
{
    enum class Field { Title, Author, Text, Link, Category, Source, Folder };
    /// Contains: anywhere, ignoring case; WholeWord: as a word of its own, ignoring case;
    /// Regex: a regular expression (Perl syntax), ignoring case.
    enum class Match { Contains, WholeWord, Regex };

    Field field = Field::Title;
    Match match = Match::Contains;
    QString pattern;

    friend bool operator==(const RuleCondition &a, const RuleCondition &b)
    {
        return a.field == b.field && a.match == b.match && a.pattern == b.pattern;
    }
};

/// Every field and every way of matching, in the order people are offered them.
inline constexpr RuleCondition::Field RuleFields[] = {
    RuleCondition::Field::Title, RuleCondition::Field::Author,   RuleCondition::Field::Text,
    RuleCondition::Field::Link,  RuleCondition::Field::Category, RuleCondition::Field::Source,
    RuleCondition::Field::Folder};
inline constexpr RuleCondition::Match RuleMatches[] = {
    RuleCondition::Match::Contains, RuleCondition::Match::WholeWord, RuleCondition::Match::Regex};

/// What a rule does to the articles it matches.
struct RuleActions
{
    bool markRead = false;
    bool bookmark = false;
    bool hide = false;
    bool notify = false;
    QString tag;       ///< A tag to add; empty for none.
    QString highlight; ///< A colour (#rrggbb) for the list; empty for none.

    [[nodiscard]] bool isEmpty() const
    {
        return !markRead && !bookmark && !hide && !notify && tag.isEmpty() && highlight.isEmpty();
    }
    /// Adds what \a other does; the first highlight colour stays.
    void merge(const RuleActions &other);
};

/// A rule: conditions joined by "any" or "all", and actions.
struct Rule
{
    qint64 id = 0; ///< 0 until saved.
    QString name;
    bool enabled = true;
    bool matchAll = false; ///< All conditions must hold; else any one.
    qint64 sourceId = 0;   ///< Only this source's articles; 0: every source.
    QList<RuleCondition> conditions;
    RuleActions actions;
};

/// The rules of the library, in their order. Works on the connection it is given.
class RuleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::RuleRepository)

public:
    explicit RuleRepository(QSqlDatabase database);

    /// Every rule, enabled or not; empty on failure (errorMessage() says why).
    [[nodiscard]] QList<Rule> list() const;
    [[nodiscard]] std::optional<Rule> find(qint64 id) const;
    /// Inserts \a rule (id 0) or replaces the stored one with its id; returns the id, 0 on
    /// failure.
    [[nodiscard]] qint64 save(const Rule &rule);
    [[nodiscard]] bool remove(qint64 id);

    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /// The stored names of fields and matches ("title", "word"), as the CLI spells them too.
    [[nodiscard]] static QString fieldName(RuleCondition::Field field);
    [[nodiscard]] static std::optional<RuleCondition::Field> fieldFromName(const QString &name);
    [[nodiscard]] static QString matchName(RuleCondition::Match match);
    [[nodiscard]] static std::optional<RuleCondition::Match> matchFromName(const QString &name);

private:
    bool fail(const QString &message) const;
    [[nodiscard]] QList<Rule> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
