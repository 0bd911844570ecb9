#include "storage/rulerepository.h"

#include "base/logging.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSqlQuery>

#include <array>
#include <utility>

namespace Storage {

using SqlValues::exec;
using SqlValues::fromId;
using SqlValues::fromText;

namespace {

constexpr std::array<std::pair<RuleCondition::Field, const char *>, 7> FieldNames = {{
    {RuleCondition::Field::Title, "title"},
    {RuleCondition::Field::Author, "author"},
    {RuleCondition::Field::Text, "text"},
    {RuleCondition::Field::Link, "link"},
    {RuleCondition::Field::Category, "category"},
    {RuleCondition::Field::Source, "source"},
    {RuleCondition::Field::Folder, "folder"},
}};

constexpr std::array<std::pair<RuleCondition::Match, const char *>, 3> MatchNames = {{
    {RuleCondition::Match::Contains, "contains"},
    {RuleCondition::Match::WholeWord, "word"},
    {RuleCondition::Match::Regex, "regex"},
}};

const char *const SelectRules =
    "SELECT id, name, enabled, match_all, coalesce(source_id, 0), mark_read, bookmark, hide,"
    " notify, coalesce(tag, ''), coalesce(highlight, '') FROM rules";

} // namespace

void RuleActions::merge(const RuleActions &other)
{
    markRead = markRead || other.markRead;
    bookmark = bookmark || other.bookmark;
    hide = hide || other.hide;
    notify = notify || other.notify;
    if (tag.isEmpty())
        tag = other.tag;
    if (highlight.isEmpty())
        highlight = other.highlight;
}

RuleRepository::RuleRepository(QSqlDatabase database) : m_database(std::move(database))
{}

QList<Rule> RuleRepository::list() const
{
    return select({}, {});
}

std::optional<Rule> RuleRepository::find(qint64 id) const
{
    const QList<Rule> found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Rule> RuleRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QLatin1String(SelectRules) + where + QStringLiteral(" ORDER BY position, id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the rules: %1").arg(error));
        return {};
    }
    QList<Rule> rules;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        Rule rule;
        rule.id = query.value(0).toLongLong();
        rule.name = query.value(1).toString();
        rule.enabled = query.value(2).toBool();
        rule.matchAll = query.value(3).toBool();
        rule.sourceId = query.value(4).toLongLong();
        rule.actions.markRead = query.value(5).toBool();
        rule.actions.bookmark = query.value(6).toBool();
        rule.actions.hide = query.value(7).toBool();
        rule.actions.notify = query.value(8).toBool();
        rule.actions.tag = query.value(9).toString();
        rule.actions.highlight = query.value(10).toString();
        indexById.insert(rule.id, rules.size());
        rules.append(rule);
    }
    if (rules.isEmpty())
        return rules;

    QSqlQuery conditions(m_database);
    conditions.setForwardOnly(true);
    conditions.prepare(
        QStringLiteral("SELECT rule_id, field, match, pattern FROM rule_conditions ORDER BY id"));
    if (!exec(conditions, &error)) {
        fail(tr("Cannot read the rules: %1").arg(error));
        return {};
    }
    while (conditions.next()) {
        const auto index = indexById.constFind(conditions.value(0).toLongLong());
        const auto field = fieldFromName(conditions.value(1).toString());
        const auto match = matchFromName(conditions.value(2).toString());
        if (index == indexById.cend() || !field || !match)
            continue;
        rules[*index].conditions.append({*field, *match, conditions.value(3).toString()});
    }
    return rules;
}

qint64 RuleRepository::save(const Rule &rule)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        fail(tr("Cannot save the rule: %1").arg(transaction.errorMessage()));
        return 0;
    }
    const QVariantList values = {
        SqlValues::nonNull(rule.name),
        rule.enabled ? 1 : 0,
        rule.matchAll ? 1 : 0,
        fromId(rule.sourceId),
        rule.actions.markRead ? 1 : 0,
        rule.actions.bookmark ? 1 : 0,
        rule.actions.hide ? 1 : 0,
        rule.actions.notify ? 1 : 0,
        fromText(rule.actions.tag.trimmed()),
        fromText(rule.actions.highlight),
    };
    QString error;
    qint64 id = rule.id;
    if (id > 0) {
        const SqlValues::RowUpdate updated = SqlValues::updateRow(
            m_database, QLatin1String("rules"), id,
            QStringLiteral("name = ?, enabled = ?, match_all = ?, source_id = ?, mark_read = ?,"
                           " bookmark = ?, hide = ?, notify = ?, tag = ?, highlight = ?"),
            values, &error);
        if (updated == SqlValues::RowUpdate::NoSuchRow) {
            fail(tr("There is no rule %1.").arg(id));
            return 0;
        }
        if (updated == SqlValues::RowUpdate::Failed) {
            fail(tr("Cannot save the rule: %1").arg(error));
            return 0;
        }
        QSqlQuery clear(m_database);
        clear.prepare(QStringLiteral("DELETE FROM rule_conditions WHERE rule_id = ?"));
        clear.addBindValue(id);
        if (!exec(clear, &error)) {
            fail(tr("Cannot save the rule: %1").arg(error));
            return 0;
        }
    } else {
        QSqlQuery insert(m_database);
        insert.prepare(QStringLiteral(
            "INSERT INTO rules (name, enabled, match_all, source_id, mark_read, bookmark, hide,"
            " notify, tag, highlight, position)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " (SELECT coalesce(max(position), 0) + 1 FROM rules))"));
        for (const QVariant &value : values)
            insert.addBindValue(value);
        if (!exec(insert, &error)) {
            fail(tr("Cannot save the rule: %1").arg(error));
            return 0;
        }
        id = insert.lastInsertId().toLongLong();
    }
    QSqlQuery condition(m_database);
    condition.prepare(QStringLiteral(
        "INSERT INTO rule_conditions (rule_id, field, match, pattern) VALUES (?, ?, ?, ?)"));
    for (const RuleCondition &each : rule.conditions) {
        condition.bindValue(0, id);
        condition.bindValue(1, fieldName(each.field));
        condition.bindValue(2, matchName(each.match));
        condition.bindValue(3, SqlValues::nonNull(each.pattern));
        if (!exec(condition, &error)) {
            fail(tr("Cannot save the rule: %1").arg(error));
            return 0;
        }
    }
    if (!transaction.commit()) {
        fail(tr("Cannot save the rule: %1").arg(transaction.errorMessage()));
        return 0;
    }
    return id;
}

bool RuleRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM rules WHERE id = ?"));
    query.addBindValue(id);
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot remove the rule: %1").arg(error));
    if (query.numRowsAffected() == 0)
        return fail(tr("There is no rule %1.").arg(id));
    return true;
}

QString RuleRepository::fieldName(RuleCondition::Field field)
{
    for (const auto &[value, name] : FieldNames) {
        if (value == field)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<RuleCondition::Field> RuleRepository::fieldFromName(const QString &name)
{
    for (const auto &[value, text] : FieldNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString RuleRepository::matchName(RuleCondition::Match match)
{
    for (const auto &[value, name] : MatchNames) {
        if (value == match)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<RuleCondition::Match> RuleRepository::matchFromName(const QString &name)
{
    for (const auto &[value, text] : MatchNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool RuleRepository::fail(const QString &message) const
{
    m_errorMessage = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

} // namespace Storage
