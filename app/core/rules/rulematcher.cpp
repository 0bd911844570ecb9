#include "rules/rulematcher.h"

#include <QCoreApplication>

namespace Rules {

using Field = Storage::RuleCondition::Field;
using Match = Storage::RuleCondition::Match;

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

/// \a needle in \a haystack with no letter or digit right before or after it.
bool containsWord(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    qsizetype from = 0;
    while ((from = haystack.indexOf(needle, from)) >= 0) {
        const qsizetype end = from + needle.size();
        const bool startsWord = from == 0 || !isWordCharacter(haystack.at(from - 1)) ||
                                !isWordCharacter(needle.front());
        const bool endsWord = end == haystack.size() || !isWordCharacter(haystack.at(end)) ||
                              !isWordCharacter(needle.back());
        if (startsWord && endsWord)
            return true;
        ++from;
    }
    return false;
}

/// \a text in lower case. Most text is ASCII, lowered here a character at a time; only the rest
/// goes through Unicode's tables. (QString::toLower() on every article's whole text was a fifth
/// of the ingest thread's time with rules on the text.)
QString lowerCase(const QString &text)
{
    QString result(text.size(), Qt::Uninitialized);
    QChar *out = result.data();
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x80)
            *out++ = QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + 0x20) : unit);
        else
            *out++ = c.isSurrogate() ? c : c.toLower();
    }
    return result;
}

} // namespace

RuleMatcher::RuleMatcher(Storage::Rule rule) : m_rule(std::move(rule))
{
    for (const Storage::RuleCondition &condition : std::as_const(m_rule.conditions)) {
        Test test{condition.field, condition.match, {}, {}};
        if (condition.match == Match::Regex) {
            test.regex = QRegularExpression(condition.pattern,
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
            if (!test.regex.isValid()) {
                m_errorText = QCoreApplication::translate("Rules::RuleMatcher",
                                                          "\"%1\" is not a valid regular "
                                                          "expression: %2")
                                  .arg(condition.pattern, test.regex.errorString());
            }
            test.regex.optimize();
        } else {
            test.needle = lowerCase(condition.pattern.trimmed());
        }
        m_needsText = m_needsText || condition.field == Field::Text;
        m_tests.append(std::move(test));
    }
}

bool RuleMatcher::matches(Subject &subject) const
{
    if (!isValid() || m_tests.isEmpty())
        return false;
    if (m_rule.sourceId > 0 && subject.article().sourceId != m_rule.sourceId)
        return false;
    for (const Test &test : m_tests) {
        const bool passed = passes(test, subject);
        if (passed && !m_rule.matchAll)
            return true;
        if (!passed && m_rule.matchAll)
            return false;
    }
    return m_rule.matchAll;
}

bool RuleMatcher::passes(const Test &test, Subject &subject)
{
    switch (test.match) {
    case Match::Contains:
        return !test.needle.isEmpty() && subject.lowered(test.field).contains(test.needle);
    case Match::WholeWord:
        return containsWord(subject.lowered(test.field), test.needle);
    case Match::Regex:
        if (test.field == Field::Category) {
            for (const QString &category : subject.article().categories) {
                if (test.regex.match(category).hasMatch())
                    return true;
            }
            return false;
        }
        return test.regex.match(subject.original(test.field)).hasMatch();
    }
    return false;
}

const QString &RuleMatcher::Subject::original(Field field)
{
    switch (field) {
    case Field::Title:
        return m_article.title;
    case Field::Author:
        return m_article.author;
    case Field::Text:
        return m_article.text;
    case Field::Link:
        return m_article.link;
    case Field::Category:
        if (!m_categoriesJoined) {
            m_categories = m_article.categories.join(u'\n');
            m_categoriesJoined = true;
        }
        return m_categories;
    case Field::Source:
        return m_article.source;
    case Field::Folder:
        return m_article.folder;
    }
    return m_article.title;
}

const QString &RuleMatcher::Subject::lowered(Field field)
{
    std::optional<QString> &cached = m_lowered[int(field)];
    if (!cached)
        cached = lowerCase(original(field));
    return *cached;
}

RuleSet RuleSet::enabled(const QList<Storage::Rule> &rules)
{
    RuleSet set;
    for (const Storage::Rule &rule : rules) {
        if (rule.enabled && !rule.conditions.isEmpty() && !rule.actions.isEmpty())
            set.add(rule);
    }
    return set;
}

RuleSet RuleSet::single(const Storage::Rule &rule)
{
    RuleSet set;
    set.add(rule);
    return set;
}

void RuleSet::add(const Storage::Rule &rule)
{
    RuleMatcher matcher(rule);
    m_needsText = m_needsText || matcher.needsText();
    if (m_sourceScope < 0)
        m_sourceScope = rule.sourceId;
    else if (m_sourceScope != rule.sourceId)
        m_sourceScope = 0;
    m_matchers.append(std::move(matcher));
}

std::optional<Storage::RuleActions> RuleSet::actionsFor(const Storage::RuleSubject &article) const
{
    RuleMatcher::Subject subject(article);
    std::optional<Storage::RuleActions> actions;
    for (const RuleMatcher &matcher : m_matchers) {
        if (!matcher.matches(subject))
            continue;
        if (!actions)
            actions = matcher.rule().actions;
        else
            actions->merge(matcher.rule().actions);
    }
    return actions;
}

} // namespace Rules
