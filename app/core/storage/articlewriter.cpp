#include "storage/articlewriter.h"

#include "base/logging.h"
#include "storage/articletext.h"
#include "storage/recentindextexts.h"
#include "storage/sqlvalues.h"
#include "storage/storykeys.h"

#include <QSqlError>

namespace Storage {

using SqlValues::fromDateTime;
using SqlValues::fromText;

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;
// An article joins the story of an article of another source that arrived this recently: a
// title that comes back weeks later ("Weekly roundup: ...") is another story.
constexpr qint64 StoryWindow = 3 * SecondsPerDay;
// The columns bindContent() fills, in the order both the INSERT and the UPDATE name them.
constexpr int ContentColumns = 15;

} // namespace

ArticleWriter::ArticleWriter(const QSqlDatabase &database)
    : m_indexTexts(RecentIndexTexts::forLibrary(database.databaseName())), m_find(database),
      m_findPruned(database), m_touchPruned(database), m_insert(database), m_index(database),
      m_update(database), m_deleteEnclosures(database), m_insertEnclosure(database),
      m_findStoryByLink(database), m_findStoryByTitle(database)
{
    // The content columns come in the same order in both statements (see bindContent).
    m_valid =
        prepare(m_find,
                "SELECT id, content_hash FROM articles WHERE source_id = ? AND identity = ?") &&
        prepare(m_findPruned,
                "SELECT seen_at FROM pruned_articles WHERE source_id = ? AND identity = ?") &&
        prepare(m_touchPruned,
                "UPDATE pruned_articles SET seen_at = ? WHERE source_id = ? AND identity = ?") &&
        prepare(m_insert,
                "INSERT INTO articles (source_id, identity, content_hash, guid, link, title,"
                " author, published, updated, image_url, comments_url, comment_feed_url,"
                " comment_count, excerpt, summary, content, categories, first_seen,"
                " first_seen_max, story_link, story_title, story_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
        prepare(m_index, "INSERT INTO search_queue (article_id) VALUES (?)") &&
        prepare(m_update,
                "UPDATE articles SET content_hash = ?, guid = ?, link = ?, title = ?, author = ?,"
                " published = ?, updated = ?, image_url = ?, comments_url = ?,"
                " comment_feed_url = ?, comment_count = ?, excerpt = ?, summary = ?, content = ?,"
                " categories = ? WHERE id = ?") &&
        prepare(m_deleteEnclosures, "DELETE FROM enclosures WHERE article_id = ?") &&
        prepare(m_insertEnclosure,
                "INSERT INTO enclosures (article_id, url, type, length) VALUES (?, ?, ?, ?)") &&
        prepare(m_findStoryByLink,
                "SELECT coalesce(story_id, id) FROM articles WHERE story_link = ?"
                " AND first_seen >= ? AND source_id IS NOT ? LIMIT 1") &&
        prepare(m_findStoryByTitle,
                "SELECT coalesce(story_id, id) FROM articles WHERE story_title = ?"
                " AND first_seen >= ? AND source_id IS NOT ? LIMIT 1");
    if (!m_valid)
        return;
    QSqlQuery last(database);
    if (last.exec(QStringLiteral("SELECT first_seen_max FROM articles ORDER BY id DESC LIMIT 1")) &&
        last.next())
        m_firstSeenMax = last.value(0).toLongLong();
}

bool ArticleWriter::storeAll(qint64 sourceId, const QList<Feeds::Item> &items,
                             QList<PreparedArticle> prepared, const QDateTime &now,
                             StoreResult *result)
{
    Q_ASSERT(prepared.size() == items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const qsizetype addedBefore = result->addedIds.size();
        if (!store(sourceId, items.at(i), now, result, prepared[i]))
            return false;
        if (result->addedIds.size() > addedBefore)
            result->addedArticles.append({result->addedIds.constLast(), i, prepared.at(i).text});
    }
    return true;
}

bool ArticleWriter::store(qint64 sourceId, const Feeds::Item &item, const QDateTime &now,
                          StoreResult *result, PreparedArticle &values)
{
    const QString &identity = values.identity;
    m_find.bindValue(0, sourceId);
    m_find.bindValue(1, identity);
    if (!exec(m_find))
        return false;
    const bool known = m_find.next();
    const qint64 existingId = known ? m_find.value(0).toLongLong() : 0;
    const qint64 existingHash = known ? m_find.value(1).toLongLong() : 0;
    m_find.finish();

    if (known && existingHash == values.contentHash) {
        ++result->unchanged;
        return true;
    }
    if (!known && wasPruned(sourceId, identity, now.toSecsSinceEpoch())) {
        ++result->unchanged;
        return true;
    }

    // Prepared ahead unless the item was stored meanwhile (a feed may list an item twice).
    if (!values.ready)
        values.prepare(item);

    if (known) {
        bindContent(m_update, 0, item, values,
                    fromDateTime(item.updated.isValid() ? item.updated : now));
        m_update.bindValue(ContentColumns, existingId);
        if (!exec(m_update) || !writeEnclosures(existingId, item, true))
            return false;
        ++result->updated;
        return true;
    }

    m_insert.bindValue(0, sourceId);
    m_insert.bindValue(1, identity);
    bindContent(m_insert, 2, item, values, fromDateTime(item.updated));
    const qint64 firstSeen = now.toSecsSinceEpoch();
    m_insert.bindValue(2 + ContentColumns, firstSeen);
    m_insert.bindValue(3 + ContentColumns, qMax(firstSeen, m_firstSeenMax));
    const std::optional<qint64> linkKey = StoryKeys::ofLink(item.link);
    const std::optional<qint64> titleKey = StoryKeys::ofTitle(item.title);
    const QVariant nullKey(QMetaType::fromType<qint64>());
    const QVariant link = linkKey ? QVariant(*linkKey) : nullKey;
    const QVariant title = titleKey ? QVariant(*titleKey) : nullKey;
    m_insert.bindValue(4 + ContentColumns, link);
    m_insert.bindValue(5 + ContentColumns, title);
    m_insert.bindValue(6 + ContentColumns, storyOf(sourceId, link, title, firstSeen));
    if (!exec(m_insert))
        return false;
    m_firstSeenMax = qMax(firstSeen, m_firstSeenMax);
    const qint64 id = m_insert.lastInsertId().toLongLong();
    // Queued for the search index (see 007_search_index_file.sql), with the values in memory
    // for the indexer: exactly those the triggers recompute when the article changes or goes.
    m_index.bindValue(0, id);
    if (!exec(m_index) || !writeEnclosures(id, item, false))
        return false;
    m_indexTexts.add(id, values.contentHash,
                     {item.title.toUtf8(), item.author.toUtf8(), values.text.toUtf8()});
    ++result->added;
    result->addedIds.append(id);
    return true;
}

bool ArticleWriter::prepare(QSqlQuery &query, const char *sql)
{
    if (query.prepare(QString::fromLatin1(sql)))
        return true;
    m_errorMessage = query.lastError().text();
    qCDebug(lcStorage).noquote() << "prepare failed:" << m_errorMessage << sql;
    return false;
}

bool ArticleWriter::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_errorMessage = query.lastError().text();
    qCDebug(lcStorage).noquote() << "store failed:" << m_errorMessage;
    return false;
}

void ArticleWriter::bindContent(QSqlQuery &query, int first, const Feeds::Item &item,
                                const PreparedArticle &values, const QVariant &updated)
{
    const QVariant fields[ContentColumns] = {
        values.contentHash,
        fromText(item.id.trimmed()),
        fromText(item.link.trimmed()),
        SqlValues::nonNull(item.title),
        fromText(item.author),
        fromDateTime(item.published),
        updated,
        fromText(values.image),
        fromText(item.commentsUrl),
        fromText(item.commentFeedUrl),
        item.commentCount >= 0 ? QVariant(item.commentCount) : QVariant(QMetaType::fromType<int>()),
        fromText(ArticleText::excerptSource(values.text)),
        values.summary,
        values.content,
        fromText(item.categories.join(u'\n')),
    };
    for (int i = 0; i < ContentColumns; ++i)
        query.bindValue(first + i, fields[i]);
}

bool ArticleWriter::writeEnclosures(qint64 articleId, const Feeds::Item &item, bool replace)
{
    if (replace) {
        m_deleteEnclosures.bindValue(0, articleId);
        if (!exec(m_deleteEnclosures))
            return false;
    }
    for (const Feeds::Enclosure &enclosure : item.enclosures) {
        if (enclosure.url.isEmpty())
            continue;
        m_insertEnclosure.bindValue(0, articleId);
        m_insertEnclosure.bindValue(1, enclosure.url);
        m_insertEnclosure.bindValue(2, fromText(enclosure.type));
        m_insertEnclosure.bindValue(3, enclosure.length > 0
                                           ? QVariant(enclosure.length)
                                           : QVariant(QMetaType::fromType<qint64>()));
        if (!exec(m_insertEnclosure))
            return false;
    }
    return true;
}

QVariant ArticleWriter::storyOf(qint64 sourceId, const QVariant &linkKey, const QVariant &titleKey,
                                qint64 now)
{
    for (auto [query, key] :
         {std::pair{&m_findStoryByLink, &linkKey}, std::pair{&m_findStoryByTitle, &titleKey}}) {
        if (key->isNull())
            continue;
        query->bindValue(0, *key);
        query->bindValue(1, now - StoryWindow);
        query->bindValue(2, sourceId);
        const bool found = query->exec() && query->next();
        const QVariant story = found ? query->value(0) : QVariant();
        query->finish();
        if (found)
            return story;
    }
    return QVariant(QMetaType::fromType<qint64>());
}

bool ArticleWriter::wasPruned(qint64 sourceId, const QString &identity, qint64 now)
{
    m_findPruned.bindValue(0, sourceId);
    m_findPruned.bindValue(1, identity);
    if (!m_findPruned.exec() || !m_findPruned.next()) {
        m_findPruned.finish();
        return false;
    }
    const qint64 seenAt = m_findPruned.value(0).toLongLong();
    m_findPruned.finish();
    // Still listed: remember that, at most once a day, so the identity is not forgotten.
    if (now - seenAt > SecondsPerDay) {
        m_touchPruned.bindValue(0, now);
        m_touchPruned.bindValue(1, sourceId);
        m_touchPruned.bindValue(2, identity);
        exec(m_touchPruned);
    }
    return true;
}

} // namespace Storage
