#include "storage/tagrepository.h"

#include "base/logging.h"
#include "storage/articlevisibility.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace Storage {

using SqlValues::exec;

TagRepository::TagRepository(QSqlDatabase database) : m_database(std::move(database))
{}

QList<Tag> TagRepository::tags() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.id, t.name, count(a.id), coalesce(sum(a.read = 0), 0)"
                                 " FROM tags t JOIN article_tags at ON at.tag_id = t.id"
                                 " JOIN articles a ON a.id = at.article_id WHERE ") +
                  ArticleVisibility::visibleCondition(QLatin1String("a.id")) +
                  QStringLiteral(" GROUP BY t.id ORDER BY t.name COLLATE NOCASE"));
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the tags: %1").arg(error));
        return {};
    }
    QList<Tag> tags;
    while (query.next()) {
        tags.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                     query.value(3).toInt()});
    }
    return tags;
}

qint64 TagRepository::ensure(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        fail(tr("A tag needs a name."));
        return 0;
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"
                                 " ON CONFLICT (name) DO UPDATE SET name = name RETURNING id"));
    query.addBindValue(trimmed);
    QString error;
    if (!exec(query, &error) || !query.next()) {
        fail(tr("Cannot add the tag: %1").arg(error));
        return 0;
    }
    return query.value(0).toLongLong();
}

bool TagRepository::add(qint64 articleId, const QString &name)
{
    QSqlQuery exists(m_database);
    exists.prepare(QStringLiteral("SELECT 1 FROM articles WHERE id = ?"));
    exists.addBindValue(articleId);
    QString error;
    if (!exec(exists, &error))
        return fail(tr("Cannot add the tag: %1").arg(error));
    if (!exists.next())
        return fail(tr("There is no article %1.").arg(articleId));
    exists.finish();
    const qint64 tagId = ensure(name);
    if (tagId == 0)
        return false;
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)"));
    query.addBindValue(articleId);
    query.addBindValue(tagId);
    if (!exec(query, &error))
        return fail(tr("Cannot add the tag: %1").arg(error));
    return true;
}

bool TagRepository::remove(qint64 articleId, const QString &name)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"
                                 " AND tag_id = (SELECT id FROM tags WHERE name = ?)"));
    query.addBindValue(articleId);
    query.addBindValue(name.simplified());
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot remove the tag: %1").arg(error));
    return true;
}

QStringList TagRepository::tagsOf(qint64 articleId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.name FROM article_tags at JOIN tags t ON t.id ="
                                 " at.tag_id WHERE at.article_id = ? ORDER BY t.name"));
    query.addBindValue(articleId);
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the tags: %1").arg(error));
        return {};
    }
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QString TagRepository::taggedByIdCondition()
{
    return QStringLiteral("a.id IN (SELECT article_id FROM article_tags WHERE tag_id = ?)");
}

bool TagRepository::fail(const QString &message) const
{
    m_errorMessage = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

} // namespace Storage
