#include "cli/commands/rulecommands.h"

#include "cli/articleoutput.h"
#include "cli/context.h"
#include "rules/ruleapplier.h"
#include "rules/ruletext.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/muterepository.h"
#include "storage/rulerepository.h"
#include "storage/tagrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace Cli {

using Field = Storage::RuleCondition::Field;
using Match = Storage::RuleCondition::Match;

namespace {

const char *const ActionNames[] = {"mark-read", "bookmark", "hide", "notify"};

/// "--title-contains", "--folder-word", "--link-regex".
QString conditionOption(Field field, Match match)
{
    return Storage::RuleRepository::fieldName(field) + QLatin1Char('-') +
           Storage::RuleRepository::matchName(match);
}

QJsonObject toJson(const Storage::Rule &rule)
{
    QJsonArray conditions;
    for (const Storage::RuleCondition &condition : rule.conditions) {
        conditions.append(QJsonObject{
            {QStringLiteral("field"), Storage::RuleRepository::fieldName(condition.field)},
            {QStringLiteral("match"), Storage::RuleRepository::matchName(condition.match)},
            {QStringLiteral("pattern"), condition.pattern},
        });
    }
    QJsonArray actions;
    const bool flags[] = {rule.actions.markRead, rule.actions.bookmark, rule.actions.hide,
                          rule.actions.notify};
    for (int i = 0; i < 4; ++i) {
        if (flags[i])
            actions.append(QString::fromLatin1(ActionNames[i]));
    }
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return {
        {QStringLiteral("id"), rule.id},
        {QStringLiteral("name"), rule.name},
        {QStringLiteral("enabled"), rule.enabled},
        {QStringLiteral("match"), rule.matchAll ? QStringLiteral("all") : QStringLiteral("any")},
        {QStringLiteral("source_id"), rule.sourceId > 0 ? QJsonValue(rule.sourceId) : QJsonValue()},
        {QStringLiteral("conditions"), conditions},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("tag"), orNull(rule.actions.tag)},
        {QStringLiteral("highlight"), orNull(rule.actions.highlight)},
    };
}

/// "ID" as the one positional argument after the sub-command; 0 when it is not one.
qint64 idArgument(const QStringList &arguments)
{
    bool ok = false;
    const qint64 id = arguments.size() == 1 ? arguments.first().toLongLong(&ok) : 0;
    return ok && id > 0 ? id : 0;
}

} // namespace

// ---- tidings rules

QString RulesCommand::name() const
{
    return QStringLiteral("rules");
}

QString RulesCommand::summary() const
{
    return tr("List the rules with their conditions and actions");
}

void RulesCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
}

int RulesCommand::run(const QCommandLineParser &parser, Context &context)
{
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const Storage::RuleRepository repository(library->database().connection());
    const QList<Storage::Rule> rules = repository.list();
    if (rules.isEmpty() && !repository.errorMessage().isEmpty())
        return context.fail(repository.errorMessage());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Storage::Rule &rule : rules)
            array.append(toJson(rule));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out().flush();
        return ExitCode::Success;
    }
    for (const Storage::Rule &rule : rules) {
        context.out() << QStringLiteral("%1  %2%3\n")
                             .arg(rule.id, 5)
                             .arg(rule.name.isEmpty() ? tr("(unnamed)") : rule.name,
                                  rule.enabled ? QString() : tr(" (off)"));
        context.out() << QStringLiteral("       ")
                      << tr("if %1").arg(Rules::RuleText::conditions(rule)) << "\n";
        if (rule.sourceId > 0)
            context.out() << QStringLiteral("       ") << tr("in source %1").arg(rule.sourceId)
                          << "\n";
        context.out() << QStringLiteral("       ")
                      << tr("then %1").arg(Rules::RuleText::actions(rule.actions)) << "\n";
    }
    context.out().flush();
    return ExitCode::Success;
}

// ---- tidings rule

QString RuleCommand::name() const
{
    return QStringLiteral("rule");
}

QString RuleCommand::summary() const
{
    return tr("Add, remove or test a rule");
}

void RuleCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("add|remove|test"),
                                 tr("add: a new rule from the options; remove ID; test ID: "
                                    "how many articles the rule matches, and which."),
                                 QStringLiteral("add|remove ID|test ID"));
    for (const Field field : Storage::RuleFields) {
        for (const Match match : Storage::RuleMatches) {
            //: %1 is a part of an article (title, author, ...), %2 how it is matched.
            parser.addOption(
                {conditionOption(field, match),
                 tr("Condition: the %1 %2 TEXT (repeatable).")
                     .arg(Rules::RuleText::fieldLabel(field), Rules::RuleText::matchLabel(match)),
                 QStringLiteral("TEXT")});
        }
    }
    parser.addOption(
        {QStringLiteral("all"), tr("Every condition must hold (default: any one of them).")});
    parser.addOption({QStringLiteral("action"),
                      tr("What to do: mark-read, bookmark, hide or notify (repeatable)."),
                      QStringLiteral("ACTION")});
    parser.addOption(
        {QStringLiteral("tag"), tr("Add this tag to matching articles."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("highlight"),
                      tr("Highlight matching articles in the list with this colour (#rrggbb)."),
                      QStringLiteral("COLOUR")});
    parser.addOption({QStringLiteral("name"), tr("A name for the rule."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("source"), tr("Only for the articles of this source."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("new-only"), tr("Add: leave the articles already in the library alone.")});
    parser.addOption({QStringLiteral("limit"),
                      tr("Test: list at most N of the matches (default 20)."), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"), tr("Test: print the matches as a JSON array.")});
}

int RuleCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("add") && arguments.size() == 1)
        return add(parser, context);
    if (action == QLatin1String("remove"))
        return remove(arguments.mid(1), context);
    if (action == QLatin1String("test"))
        return test(arguments.mid(1), parser, context);
    context.err() << tr("tidings rule: say add, remove ID or test ID") << Qt::endl;
    return ExitCode::UsageError;
}

bool RuleCommand::ruleFrom(const QCommandLineParser &parser, Storage::Rule *rule,
                           QString *error) const
{
    for (const Field field : Storage::RuleFields) {
        for (const Match match : Storage::RuleMatches) {
            for (const QString &pattern : parser.values(conditionOption(field, match))) {
                const Storage::RuleCondition condition{field, match, pattern};
                if (pattern.trimmed().isEmpty()) {
                    *error = tr("--%1 needs a text").arg(conditionOption(field, match));
                    return false;
                }
                rule->conditions.append(condition);
            }
        }
    }
    if (rule->conditions.isEmpty()) {
        *error = tr("give at least one condition, such as --title-contains TEXT");
        return false;
    }
    if (const Rules::RuleMatcher matcher(*rule); !matcher.isValid()) {
        *error = matcher.errorText();
        return false;
    }
    for (const QString &action : parser.values(QStringLiteral("action"))) {
        if (action == QLatin1String(ActionNames[0]))
            rule->actions.markRead = true;
        else if (action == QLatin1String(ActionNames[1]))
            rule->actions.bookmark = true;
        else if (action == QLatin1String(ActionNames[2]))
            rule->actions.hide = true;
        else if (action == QLatin1String(ActionNames[3]))
            rule->actions.notify = true;
        else {
            *error = tr("unknown action \"%1\" (mark-read, bookmark, hide or notify)").arg(action);
            return false;
        }
    }
    rule->actions.tag = parser.value(QStringLiteral("tag")).simplified();
    if (parser.isSet(QStringLiteral("highlight"))) {
        // The command line runs without Qt GUI, so no QColor: the window's own form, #rrggbb.
        static const QRegularExpression hexColour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        const QString colour = parser.value(QStringLiteral("highlight")).trimmed();
        if (!hexColour.match(colour).hasMatch()) {
            *error = tr("\"%1\" is not a colour of the form #rrggbb").arg(colour);
            return false;
        }
        rule->actions.highlight = colour.toLower();
    }
    if (rule->actions.isEmpty()) {
        *error = tr("give an action: --action, --tag or --highlight");
        return false;
    }
    rule->matchAll = parser.isSet(QStringLiteral("all"));
    rule->name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("source"))) {
        bool ok = false;
        rule->sourceId = parser.value(QStringLiteral("source")).toLongLong(&ok);
        if (!ok || rule->sourceId <= 0) {
            *error = tr("--source needs a source id, as `tidings sources` shows");
            return false;
        }
    }
    return true;
}

int RuleCommand::add(const QCommandLineParser &parser, Context &context)
{
    Storage::Rule rule;
    QString error;
    if (!ruleFrom(parser, &rule, &error)) {
        context.err() << tr("tidings rule add: %1").arg(error) << Qt::endl;
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const QSqlDatabase database = library->database().connection();
    Storage::RuleRepository rules(database);
    rule.id = rules.save(rule);
    if (rule.id == 0)
        return context.fail(rules.errorMessage());
    context.out() << tr("rule %1 added").arg(rule.id) << Qt::endl;
    if (parser.isSet(QStringLiteral("new-only")))
        return ExitCode::Success;
    const Rules::RuleApplier applier(Rules::RuleSet::single(rule), Rules::RuleApplier::Mode::Apply);
    const std::optional<Rules::RunResult> run = applier.runAll(database, 0, {}, &error);
    if (!run)
        return context.fail(error);
    const QLocale locale;
    context.out() << tr("applied to %1 of %2 articles")
                         .arg(locale.toString(run->matchedCount), locale.toString(run->examined))
                  << Qt::endl;
    return ExitCode::Success;
}

int RuleCommand::remove(const QStringList &arguments, Context &context)
{
    const qint64 id = idArgument(arguments);
    if (id == 0) {
        context.err() << tr("tidings rule remove: give one rule id") << Qt::endl;
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    Storage::RuleRepository rules(library->database().connection());
    if (!rules.remove(id))
        return context.fail(rules.errorMessage());
    return ExitCode::Success;
}

int RuleCommand::test(const QStringList &arguments, const QCommandLineParser &parser,
                      Context &context)
{
    const qint64 id = idArgument(arguments);
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (id == 0 || !limitOk || limit < 0) {
        context.err() << tr("tidings rule test: give one rule id (and --limit N)") << Qt::endl;
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    const QSqlDatabase database = library->database().connection();
    const Storage::RuleRepository rules(database);
    const std::optional<Storage::Rule> rule = rules.find(id);
    if (!rule)
        return context.fail(rules.errorMessage().isEmpty() ? tr("there is no rule %1").arg(id)
                                                           : rules.errorMessage());
    const Rules::RuleApplier applier(Rules::RuleSet::single(*rule),
                                     Rules::RuleApplier::Mode::Preview);
    QString error;
    const std::optional<Rules::RunResult> run = applier.runAll(database, limit, {}, &error);
    if (!run)
        return context.fail(error);
    const Storage::ArticleRepository articles(database);
    const QList<Storage::ArticleRow> rows = articles.rows(run->matched);
    if (parser.isSet(QStringLiteral("json"))) {
        printArticles(context.out(), rows, true);
        return ExitCode::Success;
    }
    context.out() << tr("rule %1 matches %n article(s)", nullptr, run->matchedCount).arg(id)
                  << Qt::endl;
    printArticles(context.out(), rows, false);
    return ExitCode::Success;
}

// ---- tidings mute

QString MuteCommand::name() const
{
    return QStringLiteral("mute");
}

QString MuteCommand::summary() const
{
    return tr("Hide articles with a word until a date; list or remove mute words");
}

void MuteCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("WORD"),
                                 tr("The word or phrase; articles with it in the title or text "
                                    "are hidden."));
    parser.addOption({QStringLiteral("until"),
                      tr("When the mute ends: a date (YYYY-MM-DD, to the end of that day), a "
                         "date and time, or a number of days or hours (7d, 12h)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("list"), tr("List the mute words, expired ones too.")});
    parser.addOption({QStringLiteral("remove"), tr("Remove a mute word."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("json"), tr("With --list: print a JSON array.")});
}

int MuteCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList arguments = parser.positionalArguments();
    const bool listing = parser.isSet(QStringLiteral("list"));
    const bool removing = parser.isSet(QStringLiteral("remove"));
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime until = Rules::RuleText::muteEnd(parser.value(QStringLiteral("until")), now);
    if (!listing && !removing) {
        if (arguments.size() != 1 || arguments.first().trimmed().isEmpty()) {
            context.err() << tr("tidings mute: give one word (quote a phrase)") << Qt::endl;
            return ExitCode::UsageError;
        }
        if (!until.isValid()) {
            context.err() << tr("tidings mute: --until needs a date in the future, such as "
                                "2026-12-31 or 7d")
                          << Qt::endl;
            return ExitCode::UsageError;
        }
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    Storage::MuteRepository mutes(library->database().connection());
    if (removing) {
        if (!mutes.remove(parser.value(QStringLiteral("remove")).toLongLong()))
            return context.fail(mutes.errorMessage());
        return ExitCode::Success;
    }
    if (listing) {
        const QList<Storage::Mute> all = mutes.list();
        if (all.isEmpty() && !mutes.errorMessage().isEmpty())
            return context.fail(mutes.errorMessage());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Storage::Mute &mute : all) {
                array.append(QJsonObject{
                    {QStringLiteral("id"), mute.id},
                    {QStringLiteral("word"), mute.word},
                    {QStringLiteral("until"), mute.until.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("active"), mute.isActive(now)},
                });
            }
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            context.out().flush();
            return ExitCode::Success;
        }
        const QLocale locale;
        for (const Storage::Mute &mute : all) {
            const QString when = locale.toString(mute.until.toLocalTime(), QLocale::ShortFormat);
            context.out() << QStringLiteral("%1  %2  %3\n")
                                 .arg(mute.id, 5)
                                 .arg(mute.word, mute.isActive(now)
                                                     ? tr("until %1").arg(when)
                                                     : tr("expired on %1").arg(when));
        }
        context.out().flush();
        return ExitCode::Success;
    }
    const qint64 id = mutes.add(arguments.first(), until);
    if (id == 0)
        return context.fail(mutes.errorMessage());
    context.out() << tr("mute %1: \"%2\" until %3")
                         .arg(QString::number(id), arguments.first().simplified(),
                              QLocale().toString(until, QLocale::ShortFormat))
                  << Qt::endl;
    return ExitCode::Success;
}

// ---- tidings tag

QString TagCommand::name() const
{
    return QStringLiteral("tag");
}

QString TagCommand::summary() const
{
    return tr("Tag an article (or remove the tag); list the tags");
}

void TagCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The article's id, as `tidings articles` shows."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The tag."));
    parser.addOption({QStringLiteral("remove"), tr("Remove the tag from the article instead.")});
    parser.addOption({QStringLiteral("list"), tr("List the tags with their article counts.")});
    parser.addOption({QStringLiteral("json"), tr("With --list: print a JSON array.")});
}

int TagCommand::run(const QCommandLineParser &parser, Context &context)
{
    const QStringList arguments = parser.positionalArguments();
    const bool listing = parser.isSet(QStringLiteral("list"));
    bool ok = false;
    const qint64 id = arguments.value(0).toLongLong(&ok);
    if (!listing &&
        (arguments.size() != 2 || !ok || id <= 0 || arguments.at(1).trimmed().isEmpty())) {
        context.err() << tr("tidings tag: give an article id and a tag name") << Qt::endl;
        return ExitCode::UsageError;
    }
    const auto library = context.openLibrary();
    if (!library)
        return ExitCode::Failure;
    Storage::TagRepository tags(library->database().connection());
    if (listing) {
        const QList<Storage::Tag> all = tags.tags();
        if (all.isEmpty() && !tags.errorMessage().isEmpty())
            return context.fail(tags.errorMessage());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Storage::Tag &tag : all) {
                array.append(QJsonObject{{QStringLiteral("id"), tag.id},
                                         {QStringLiteral("name"), tag.name},
                                         {QStringLiteral("articles"), tag.count},
                                         {QStringLiteral("unread"), tag.unread}});
            }
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Storage::Tag &tag : all)
                context.out() << QStringLiteral("%1  %2\n").arg(tag.count, 6).arg(tag.name);
        }
        context.out().flush();
        return ExitCode::Success;
    }
    const bool done = parser.isSet(QStringLiteral("remove")) ? tags.remove(id, arguments.at(1))
                                                             : tags.add(id, arguments.at(1));
    if (!done)
        return context.fail(tags.errorMessage());
    return ExitCode::Success;
}

} // namespace Cli
