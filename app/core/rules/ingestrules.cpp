#include "rules/ingestrules.h"

#include "base/logging.h"
#include "storage/folderrepository.h"
#include "storage/ruleactionwriter.h"
#include "storage/rulerepository.h"

namespace Rules {

void IngestRules::reload(const QSqlDatabase &database)
{
    const Storage::RuleRepository repository(database);
    const QList<Storage::Rule> rules = repository.list();
    if (rules.isEmpty() && !repository.errorMessage().isEmpty())
        qCWarning(lcStorage) << "rules are not applied:" << repository.errorMessage();
    m_rules = RuleSet::enabled(rules);
}

QStringList IngestRules::match(const QSqlDatabase &database, const Storage::Source &source,
                               const Feeds::Feed &feed, const QList<Storage::AddedArticle> &added)
{
    QStringList notify;
    if (m_rules.isEmpty() || added.isEmpty())
        return notify;
    Storage::RuleSubject subject;
    subject.sourceId = source.id;
    subject.source = source.title.isEmpty() ? feed.title : source.title;
    if (source.folderId > 0) {
        if (const auto folder = Storage::FolderRepository(database).find(source.folderId))
            subject.folder = folder->title;
    }
    for (const Storage::AddedArticle &article : added) {
        const Feeds::Item &item = feed.items.at(article.item);
        subject.id = article.id;
        subject.title = item.title;
        subject.author = item.author;
        subject.text = article.text;
        subject.link = item.link.trimmed();
        subject.categories = item.categories;
        std::optional<Storage::RuleActions> actions = m_rules.actionsFor(subject);
        if (!actions)
            continue;
        if (actions->notify)
            notify.append(item.title);
        m_pending.append({article.id, *std::move(actions)});
    }
    return notify;
}

bool IngestRules::write(const QSqlDatabase &database, QString *error)
{
    const auto pending = std::exchange(m_pending, {});
    if (pending.isEmpty())
        return true;
    Storage::RuleActionWriter writer(database);
    if (!writer.isValid()) {
        *error = writer.errorMessage();
        return false;
    }
    for (const auto &[id, actions] : pending) {
        if (!writer.apply(id, actions)) {
            *error = writer.errorMessage();
            return false;
        }
    }
    return true;
}

} // namespace Rules
