#include "rules/ruletext.h"

#include <QRegularExpression>
#include <QStringList>

namespace Rules {

using Field = Storage::RuleCondition::Field;
using Match = Storage::RuleCondition::Match;

QString RuleText::fieldLabel(Field field)
{
    switch (field) {
    case Field::Title:
        return tr("title");
    case Field::Author:
        return tr("author");
    case Field::Text:
        return tr("text");
    case Field::Link:
        return tr("link");
    case Field::Category:
        return tr("category");
    case Field::Source:
        return tr("source");
    case Field::Folder:
        return tr("folder");
    }
    return {};
}

QString RuleText::matchLabel(Match match)
{
    switch (match) {
    case Match::Contains:
        return tr("contains");
    case Match::WholeWord:
        return tr("has the word");
    case Match::Regex:
        return tr("matches the expression");
    }
    return {};
}

QString RuleText::condition(const Storage::RuleCondition &condition)
{
    //: A rule's condition: field, match, pattern, e.g. title contains “election”.
    return tr("%1 %2 “%3”")
        .arg(fieldLabel(condition.field), matchLabel(condition.match), condition.pattern);
}

QString RuleText::conditions(const Storage::Rule &rule)
{
    QStringList parts;
    for (const Storage::RuleCondition &each : rule.conditions)
        parts.append(condition(each));
    return parts.join(rule.matchAll ? tr(" and ") : tr(" or "));
}

QString RuleText::actions(const Storage::RuleActions &actions)
{
    QStringList parts;
    if (actions.markRead)
        parts.append(tr("mark read"));
    if (actions.bookmark)
        parts.append(tr("bookmark"));
    if (actions.hide)
        parts.append(tr("hide"));
    if (actions.notify)
        parts.append(tr("notify"));
    if (!actions.tag.isEmpty())
        parts.append(tr("tag “%1”").arg(actions.tag));
    if (!actions.highlight.isEmpty())
        parts.append(tr("highlight %1").arg(actions.highlight));
    return parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(", "));
}

QDateTime RuleText::muteEnd(const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    QDateTime end;
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,4})\\s*([dh])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = relative.match(trimmed); match.hasMatch()) {
        const qint64 amount = match.captured(1).toLongLong();
        end = match.captured(2).compare(QLatin1String("d"), Qt::CaseInsensitive) == 0
                  ? now.addDays(amount)
                  : now.addSecs(amount * 3600);
    } else if (const QDate date = QDate::fromString(trimmed, Qt::ISODate); date.isValid()) {
        end = QDateTime(date.addDays(1), QTime(0, 0)); // through that whole day, local time
    } else {
        end = QDateTime::fromString(trimmed, Qt::ISODate);
    }
    return end.isValid() && end > now ? end : QDateTime();
}

} // namespace Rules
