#include "storage/articlewriter.h"

#include "base/logging.h"
#include "storage/articletext.h"
#include "storage/recentindextexts.h"
#include "storage/sqlitehandle.h"
#include "storage/sqlvalues.h"
#include "storage/storykeys.h"

#include <sqlite3.h>

namespace Storage {

using SqlValues::bindNonNull;
using SqlValues::bindText;
using SqlValues::secondsOf;

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;
// An article joins the story of an article of another source that arrived this recently: a
// title that comes back weeks later ("Weekly roundup: ...") is another story.
constexpr qint64 StoryWindow = 3 * SecondsPerDay;
// The columns bindContent() fills, in the order both the INSERT and the UPDATE name them.
constexpr int ContentColumns = 15;

// A compressed text (ArticleText::compress()): a QByteArray, or null for none.
void bindCompressed(SqliteStatement &statement, int index, const QVariant &value)
{
    statement.bindBlob(index, value.isNull() ? QByteArray() : value.toByteArray());
}

} // namespace

ArticleWriter::ArticleWriter(const QSqlDatabase &database)
    : m_handle(nativeHandle(database)),
      m_indexTexts(RecentIndexTexts::forLibrary(database.databaseName())),
      m_find(m_handle,
             "SELECT id, content_hash FROM articles WHERE source_id = ? AND identity = ?"),
      m_findPruned(m_handle,
                   "SELECT seen_at FROM pruned_articles WHERE source_id = ? AND identity = ?"),
      m_touchPruned(m_handle,
                    "UPDATE pruned_articles SET seen_at = ? WHERE source_id = ? AND identity = ?"),
      // The content columns come in the same order in both statements (see bindContent).
      m_insert(m_handle,
               "INSERT INTO articles (source_id, identity, content_hash, guid, link, title,"
               " author, published, updated, image_url, comments_url, comment_feed_url,"
               " comment_count, excerpt, summary, content, categories, first_seen,"
               " first_seen_max, story_link, story_title, story_id)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      m_enqueue(m_handle, "INSERT INTO search_queue (article_id) VALUES (?)"),
      m_update(m_handle,
               "UPDATE articles SET content_hash = ?, guid = ?, link = ?, title = ?, author = ?,"
               " published = ?, updated = ?, image_url = ?, comments_url = ?,"
               " comment_feed_url = ?, comment_count = ?, excerpt = ?, summary = ?, content = ?,"
               " categories = ? WHERE id = ?"),
      m_deleteEnclosures(m_handle, "DELETE FROM enclosures WHERE article_id = ?"),
      m_insertEnclosure(
          m_handle, "INSERT INTO enclosures (article_id, url, type, length) VALUES (?, ?, ?, ?)"),
      m_findStoryByLink(m_handle, "SELECT coalesce(story_id, id) FROM articles WHERE story_link = ?"
                                  " AND first_seen >= ? AND source_id IS NOT ? LIMIT 1"),
      m_findStoryByTitle(m_handle,
                         "SELECT coalesce(story_id, id) FROM articles WHERE story_title = ?"
                         " AND first_seen >= ? AND source_id IS NOT ? LIMIT 1")
{
    for (const SqliteStatement *statement :
         {&m_find, &m_findPruned, &m_touchPruned, &m_insert, &m_enqueue, &m_update,
          &m_deleteEnclosures, &m_insertEnclosure, &m_findStoryByLink, &m_findStoryByTitle}) {
        if (!statement->isValid()) {
            m_valid = false;
            m_errorMessage = statement->prepareError();
            qCDebug(lcStorage).noquote() << "prepare failed:" << m_errorMessage;
            return;
        }
    }
    SqliteStatement last(m_handle, "SELECT first_seen_max FROM articles ORDER BY id DESC LIMIT 1");
    if (last.step() == SQLITE_ROW)
        m_firstSeenMax = last.integer(0);
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
    std::optional<Stored> stored;
    if (!find(sourceId, values.identity, &stored))
        return false;
    if (stored && stored->contentHash == values.contentHash) {
        ++result->unchanged;
        return true;
    }
    if (!stored && wasPruned(sourceId, values.identity, now.toSecsSinceEpoch())) {
        ++result->unchanged;
        return true;
    }

    // Prepared ahead unless the item was stored meanwhile (a feed may list an item twice).
    if (!values.ready)
        values.prepare(item);

    if (stored) {
        if (!update(stored->id, item, values, now))
            return false;
        ++result->updated;
        return true;
    }
    qint64 id = 0;
    if (!insert(sourceId, item, values, now.toSecsSinceEpoch(), &id))
        return false;
    // Queued for the search index (see 007_search_index_file.sql), with the values in memory
    // for the indexer: exactly those the triggers recompute when the article changes or goes.
    m_enqueue.bind(1, id);
    if (!run(m_enqueue) || !writeEnclosures(id, item, false))
        return false;
    m_indexTexts.add(id, values.contentHash, values.index);
    ++result->added;
    result->addedIds.append(id);
    return true;
}

bool ArticleWriter::find(qint64 sourceId, const QString &identity, std::optional<Stored> *stored)
{
    m_find.bind(1, sourceId);
    m_find.bind(2, identity);
    bool found = false;
    if (!fetch(m_find, &found))
        return false;
    if (found)
        *stored = Stored{m_find.integer(0), m_find.integer(1)};
    m_find.reset();
    return true;
}

bool ArticleWriter::insert(qint64 sourceId, const Feeds::Item &item, const PreparedArticle &values,
                           qint64 firstSeen, qint64 *id)
{
    m_insert.bind(1, sourceId);
    m_insert.bind(2, values.identity);
    bindContent(m_insert, 3, item, values, secondsOf(item.updated));
    m_insert.bind(3 + ContentColumns, firstSeen);
    m_insert.bind(4 + ContentColumns, qMax(firstSeen, m_firstSeenMax));
    const std::optional<qint64> linkKey = StoryKeys::ofLink(item.link);
    const std::optional<qint64> titleKey = StoryKeys::ofTitle(item.title);
    m_insert.bind(5 + ContentColumns, linkKey);
    m_insert.bind(6 + ContentColumns, titleKey);
    m_insert.bind(7 + ContentColumns, storyOf(sourceId, linkKey, titleKey, firstSeen));
    if (!run(m_insert))
        return false;
    m_firstSeenMax = qMax(firstSeen, m_firstSeenMax);
    *id = sqlite3_last_insert_rowid(m_handle);
    return true;
}

bool ArticleWriter::update(qint64 id, const Feeds::Item &item, const PreparedArticle &values,
                           const QDateTime &now)
{
    bindContent(m_update, 1, item, values, secondsOf(item.updated.isValid() ? item.updated : now));
    m_update.bind(1 + ContentColumns, id);
    return run(m_update) && writeEnclosures(id, item, true);
}

bool ArticleWriter::run(SqliteStatement &statement)
{
    const int status = statement.step();
    if (status == SQLITE_DONE || status == SQLITE_ROW) {
        statement.reset();
        return true;
    }
    statement.reset(); // keeps the connection's error for lastFailureWasDiskFull()
    return fail();
}

bool ArticleWriter::fetch(SqliteStatement &statement, bool *found)
{
    const int status = statement.step();
    *found = status == SQLITE_ROW;
    if (*found || status == SQLITE_DONE)
        return true;
    statement.reset();
    return fail();
}

bool ArticleWriter::fail()
{
    m_errorMessage = QString::fromUtf8(sqlite3_errmsg(m_handle));
    qCDebug(lcStorage).noquote() << "store failed:" << m_errorMessage;
    return false;
}

void ArticleWriter::bindContent(SqliteStatement &statement, int first, const Feeds::Item &item,
                                const PreparedArticle &values, std::optional<qint64> updated)
{
    int index = first;
    statement.bind(index++, values.contentHash);
    bindText(statement, index++, item.id.trimmed());
    bindText(statement, index++, item.link.trimmed());
    bindNonNull(statement, index++, item.title);
    bindText(statement, index++, item.author);
    statement.bind(index++, secondsOf(item.published));
    statement.bind(index++, updated);
    bindText(statement, index++, values.image);
    bindText(statement, index++, item.commentsUrl);
    bindText(statement, index++, item.commentFeedUrl);
    statement.bind(index++, item.commentCount >= 0 ? std::optional<qint64>(item.commentCount)
                                                   : std::nullopt);
    bindText(statement, index++, ArticleText::excerptSource(values.text));
    bindCompressed(statement, index++, values.summary);
    bindCompressed(statement, index++, values.content);
    bindText(statement, index++, item.categories.join(u'\n'));
    Q_ASSERT(index == first + ContentColumns);
}

bool ArticleWriter::writeEnclosures(qint64 articleId, const Feeds::Item &item, bool replace)
{
    if (replace) {
        m_deleteEnclosures.bind(1, articleId);
        if (!run(m_deleteEnclosures))
            return false;
    }
    for (const Feeds::Enclosure &enclosure : item.enclosures) {
        if (enclosure.url.isEmpty())
            continue;
        m_insertEnclosure.bind(1, articleId);
        m_insertEnclosure.bind(2, enclosure.url);
        bindText(m_insertEnclosure, 3, enclosure.type);
        m_insertEnclosure.bind(4, enclosure.length > 0 ? std::optional<qint64>(enclosure.length)
                                                       : std::nullopt);
        if (!run(m_insertEnclosure))
            return false;
    }
    return true;
}

std::optional<qint64> ArticleWriter::storyOf(qint64 sourceId, std::optional<qint64> linkKey,
                                             std::optional<qint64> titleKey, qint64 now)
{
    for (auto [query, key] :
         {std::pair{&m_findStoryByLink, linkKey}, std::pair{&m_findStoryByTitle, titleKey}}) {
        if (!key)
            continue;
        query->bind(1, *key);
        query->bind(2, now - StoryWindow);
        query->bind(3, sourceId);
        // A failed look-up starts a story of its own, as no match does.
        const bool found = query->step() == SQLITE_ROW;
        const qint64 story = found ? query->integer(0) : 0;
        query->reset();
        if (found)
            return story;
    }
    return std::nullopt;
}

bool ArticleWriter::wasPruned(qint64 sourceId, const QString &identity, qint64 now)
{
    m_findPruned.bind(1, sourceId);
    m_findPruned.bind(2, identity);
    // A failed look-up counts as not pruned: the item is stored again.
    const bool found = m_findPruned.step() == SQLITE_ROW;
    const qint64 seenAt = found ? m_findPruned.integer(0) : 0;
    m_findPruned.reset();
    if (!found)
        return false;
    // Still listed: remember that, at most once a day, so the identity is not forgotten.
    if (now - seenAt > SecondsPerDay) {
        m_touchPruned.bind(1, now);
        m_touchPruned.bind(2, sourceId);
        m_touchPruned.bind(3, identity);
        (void)run(m_touchPruned);
    }
    return true;
}

} // namespace Storage
