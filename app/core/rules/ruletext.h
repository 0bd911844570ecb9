#pragma once

#include "storage/rulerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Rules {

/// Rules and mute ends in words, for the rules page and the command line.
class RuleText final
{
    Q_DECLARE_TR_FUNCTIONS(Rules::RuleText)

public:
    RuleText() = delete;

    /// "title contains “election”"
    [[nodiscard]] static QString condition(const Storage::RuleCondition &condition);
    /// The conditions joined with "or" / "and".
    [[nodiscard]] static QString conditions(const Storage::Rule &rule);
    /// "mark read, tag “politics”"; "nothing" when there is no action.
    [[nodiscard]] static QString actions(const Storage::RuleActions &actions);
    [[nodiscard]] static QString fieldLabel(Storage::RuleCondition::Field field);
    [[nodiscard]] static QString matchLabel(Storage::RuleCondition::Match match);

    /// When a mute given as \a text ends: a date (YYYY-MM-DD: to the end of that day, local
    /// time), a date and time (ISO 8601), or a number of days or hours from \a now ("3d",
    /// "12h"). Invalid when \a text is none of these or not after \a now.
    [[nodiscard]] static QDateTime muteEnd(const QString &text, const QDateTime &now);
};

} // namespace Rules
