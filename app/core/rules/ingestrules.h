#pragma once

#include "feeds/feed.h"
#include "rules/rulematcher.h"
#include "storage/articlerepository.h"
#include "storage/sourcerepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Rules {

/// The rules at work on the ingest thread: new articles are matched as each feed is stored,
/// and what the rules decided is written just before the batch commits. (Writing at once would
/// run statements with triggers between the inserts, and FTS5 writes an index segment at each
/// of their savepoints.)
class IngestRules final
{
public:
    /// Reads the enabled rules again: a rule saved meanwhile is in force from the next batch.
    /// With none readable, no rule runs (logged).
    void reload(const QSqlDatabase &database);
    [[nodiscard]] bool isEmpty() const { return m_rules.isEmpty(); }

    /// Matches the articles of \a feed that storing it added, remembering what to do. Returns
    /// the titles of those a rule wants to be told about.
    [[nodiscard]] QStringList match(const QSqlDatabase &database, const Storage::Source &source,
                                    const Feeds::Feed &feed,
                                    const QList<Storage::AddedArticle> &added);
    /// Does what was remembered, inside the caller's transaction; false (and \a error) on
    /// failure. Forgets it either way.
    [[nodiscard]] bool write(const QSqlDatabase &database, QString *error);
    /// Forgets what was remembered (the batch was rolled back).
    void discard() { m_pending.clear(); }

private:
    RuleSet m_rules;
    QList<std::pair<qint64, Storage::RuleActions>> m_pending;
};

} // namespace Rules
