#include "storage/ruleactionwriter.h"

#include "base/logging.h"

#include <QDateTime>
#include <QSqlError>

namespace Storage {

RuleActionWriter::RuleActionWriter(const QSqlDatabase &database)
    : m_markRead(database), m_bookmark(database), m_hide(database), m_highlight(database),
      m_ensureTag(database), m_tag(database)
{
    // One statement per action, each naming only its own columns, and each a no-op when
    // already done: the sync triggers on read and bookmarked then see no change to queue.
    m_valid =
        prepare(m_markRead,
                QStringLiteral("UPDATE articles SET read = 1 WHERE id = ? AND read = 0")) &&
        prepare(m_bookmark, QStringLiteral("UPDATE articles SET bookmarked = 1, bookmarked_at = ?"
                                           " WHERE id = ? AND bookmarked = 0")) &&
        prepare(m_hide,
                QStringLiteral("UPDATE articles SET hidden = 1 WHERE id = ? AND hidden = 0")) &&
        prepare(m_highlight, QStringLiteral("UPDATE articles SET highlight = ? WHERE id = ?")) &&
        prepare(m_ensureTag, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name)"
                                            " DO UPDATE SET name = name RETURNING id")) &&
        prepare(m_tag,
                QStringLiteral(
                    "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)"));
}

bool RuleActionWriter::apply(qint64 articleId, const RuleActions &actions)
{
    if (actions.markRead) {
        m_markRead.bindValue(0, articleId);
        if (!exec(m_markRead))
            return false;
    }
    if (actions.bookmark) {
        m_bookmark.bindValue(0, QDateTime::currentSecsSinceEpoch());
        m_bookmark.bindValue(1, articleId);
        if (!exec(m_bookmark))
            return false;
    }
    if (actions.hide) {
        m_hide.bindValue(0, articleId);
        if (!exec(m_hide))
            return false;
    }
    if (!actions.highlight.isEmpty()) {
        m_highlight.bindValue(0, actions.highlight);
        m_highlight.bindValue(1, articleId);
        if (!exec(m_highlight))
            return false;
    }
    if (!actions.tag.trimmed().isEmpty()) {
        const qint64 tag = tagId(actions.tag);
        if (tag == 0)
            return false;
        m_tag.bindValue(0, articleId);
        m_tag.bindValue(1, tag);
        if (!exec(m_tag))
            return false;
    }
    return true;
}

qint64 RuleActionWriter::tagId(const QString &name)
{
    const QString simplified = name.simplified();
    const QString key = simplified.toCaseFolded();
    if (const auto known = m_tagIds.constFind(key); known != m_tagIds.cend())
        return *known;
    m_ensureTag.bindValue(0, simplified);
    if (!exec(m_ensureTag) || !m_ensureTag.next())
        return 0;
    const qint64 id = m_ensureTag.value(0).toLongLong();
    m_ensureTag.finish();
    m_tagIds.insert(key, id);
    return id;
}

bool RuleActionWriter::prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return true;
    m_errorMessage = query.lastError().text();
    qCWarning(lcStorage).noquote() << "prepare failed:" << m_errorMessage << sql;
    return false;
}

bool RuleActionWriter::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_errorMessage = tr("Cannot apply the rule: %1").arg(query.lastError().text());
    qCWarning(lcStorage).noquote() << m_errorMessage;
    return false;
}

} // namespace Storage
