#include "storage/storyrepository.h"

#include "base/logging.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace Storage {

namespace {

constexpr int IdsPerStatement = 500;

// The ids are numbers formatted here, never text from outside: safe to inline.
QString idList(const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return list.join(QLatin1Char(','));
}

} // namespace

StoryRepository::StoryRepository(QSqlDatabase database) : m_database(std::move(database))
{}

std::optional<QHash<qint64, qint64>> StoryRepository::joinedArticles() const
{
    return read(QStringLiteral("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL"));
}

std::optional<QHash<qint64, qint64>> StoryRepository::joinedArticles(const QList<qint64> &ids) const
{
    QHash<qint64, qint64> joined;
    for (qsizetype from = 0; from < ids.size(); from += IdsPerStatement) {
        const std::optional<QHash<qint64, qint64>> part =
            read(QStringLiteral("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL"
                                " AND id IN (%1)")
                     .arg(idList(ids.mid(from, IdsPerStatement))));
        if (!part)
            return std::nullopt;
        joined.insert(*part);
    }
    return joined;
}

std::optional<QHash<qint64, qint64>> StoryRepository::read(const QString &sql) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!SqlValues::exec(query, &m_errorMessage)) {
        qCWarning(lcStorage).noquote() << "cannot read the stories:" << m_errorMessage;
        return std::nullopt;
    }
    QHash<qint64, qint64> joined;
    while (query.next())
        joined.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return joined;
}

QList<qint64> StoryRepository::storyOf(qint64 articleId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "WITH story(id) AS (SELECT coalesce(story_id, id) FROM articles WHERE id = ?)"
        " SELECT a.id FROM articles a, story WHERE a.id = story.id"
        " UNION SELECT a.id FROM articles a, story WHERE a.story_id = story.id ORDER BY 1"));
    query.addBindValue(articleId);
    QList<qint64> ids;
    if (!SqlValues::exec(query, &m_errorMessage)) {
        qCWarning(lcStorage).noquote() << "cannot read the story:" << m_errorMessage;
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

bool StoryRepository::join(const QList<qint64> &articleIds)
{
    if (articleIds.size() < 2)
        return true;
    Transaction transaction(m_database);
    QSqlQuery stories(m_database);
    stories.setForwardOnly(true);
    stories.prepare(QStringLiteral("SELECT DISTINCT coalesce(story_id, id) FROM articles"
                                   " WHERE id IN (%1)")
                        .arg(idList(articleIds.mid(0, IdsPerStatement))));
    if (!SqlValues::exec(stories, &m_errorMessage))
        return false;
    QList<qint64> keys;
    while (stories.next())
        keys.append(stories.value(0).toLongLong());
    stories.finish();
    if (keys.size() < 2)
        return true;
    const qint64 oldest = *std::min_element(keys.cbegin(), keys.cend());
    keys.removeOne(oldest);
    const QString others = idList(keys);
    QSqlQuery update(m_database);
    update.prepare(QStringLiteral("UPDATE articles SET story_id = ? WHERE story_id IN (%1)"
                                  " OR id IN (%1)")
                       .arg(others));
    update.addBindValue(oldest);
    if (!SqlValues::exec(update, &m_errorMessage))
        return false;
    return transaction.commit();
}

} // namespace Storage
