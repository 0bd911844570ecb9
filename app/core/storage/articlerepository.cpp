#include "storage/articlerepository.h"

#include "base/logging.h"
#include "storage/articlefilterclause.h"
#include "storage/articlesearch.h"
#include "storage/articletext.h"
#include "storage/articlewriter.h"
#include "storage/searchindexfile.h"
#include "storage/sqliteconnection.h"
#include "storage/sqlitehandle.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"
#include "threading/workpool.h"

#include <QFuture>
#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Storage {

using SqlValues::exec;
using SqlValues::fromDateTime;
using SqlValues::toDateTime;

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;
constexpr int ExcerptLength = 200;
// IN lists stay well below SQLite's expression-depth and parameter limits.
constexpr int IdsPerStatement = 500;

// Newest first; the index on sort_date keeps rowids ascending, and for items of the same
// second that is the order the feed gave them.
const char *const Order = " ORDER BY a.sort_date DESC, a.id";

const char *const RowColumns =
    "SELECT a.id, coalesce(a.source_id, 0), coalesce(s.title, a.source_title, ''), a.title,"
    " a.link, a.author, a.sort_date, a.read, a.bookmarked,"
    " a.excerpt, a.image_url, coalesce(a.highlight, ''),"
    " (SELECT group_concat(name, char(10)) FROM (SELECT t.name FROM article_tags at"
    " JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY t.name))";
const char *const RowSource = " FROM articles a LEFT JOIN sources s ON s.id = a.source_id";

QString excerptOf(const QString &text)
{
    QString excerpt = text.simplified();
    if (excerpt.size() <= ExcerptLength)
        return excerpt;
    qsizetype cut = excerpt.lastIndexOf(QLatin1Char(' '), ExcerptLength);
    if (cut < ExcerptLength / 2)
        cut = ExcerptLength;
    excerpt.truncate(cut);
    return excerpt + QChar(0x2026);
}

ArticleRow readRow(const QSqlQuery &query)
{
    ArticleRow row;
    row.id = query.value(0).toLongLong();
    row.sourceId = query.value(1).toLongLong();
    row.sourceTitle = query.value(2).toString();
    row.title = query.value(3).toString();
    row.link = query.value(4).toString();
    row.author = query.value(5).toString();
    row.date = toDateTime(query.value(6));
    row.read = query.value(7).toBool();
    row.bookmarked = query.value(8).toBool();
    row.excerpt = excerptOf(query.value(9).toString());
    row.imageUrl = query.value(10).toString();
    row.highlight = query.value(11).toString();
    row.tags = query.value(12).toString().split(u'\n', Qt::SkipEmptyParts);
    return row;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

QString idList(const QList<qint64> &ids, qsizetype from, qsizetype count)
{
    QString list;
    for (qsizetype i = from; i < from + count; ++i) {
        if (i > from)
            list += QLatin1Char(',');
        list += QString::number(ids.at(i));
    }
    return list;
}

} // namespace

ArticleRepository::ArticleRepository(QSqlDatabase database) : m_database(std::move(database))
{}

std::optional<StoreResult> ArticleRepository::store(qint64 sourceId, const Feeds::Feed &feed,
                                                    const QDateTime &now)
{
    return storeMany({SourceFeed{sourceId, feed, {}}}, now);
}

std::optional<StoreResult> ArticleRepository::storeMany(const QList<SourceFeed> &feeds,
                                                        const QDateTime &now)
{
    pruneSearchQueue();
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        fail(tr("Cannot store the articles: %1").arg(transaction.errorMessage()));
        return std::nullopt;
    }
    StoreResult result;
    if (!storeAll(feeds, now, &result))
        return std::nullopt;
    if (!transaction.commit()) {
        fail(tr("Cannot store the articles: %1").arg(transaction.errorMessage()));
        return std::nullopt;
    }
    return result;
}

std::optional<StoreResult>
ArticleRepository::storeInto(const Transaction &open, const SourceFeed &feed, const QDateTime &now)
{
    if (!open.isActive()) {
        fail(tr("Cannot store the articles: %1").arg(open.errorMessage()));
        return std::nullopt;
    }
    StoreResult result;
    if (!storeAll({feed}, now, &result))
        return std::nullopt;
    return result;
}

std::optional<StoredHashes> ArticleRepository::storedHashes(qint64 sourceId,
                                                            const QList<Feeds::Item> &items) const
{
    // One look-up per item, as ArticleWriter does it: SQLite's own statement.
    SqliteStatement find(nativeHandle(m_database),
                         "SELECT content_hash FROM articles WHERE source_id = ? AND identity = ?");
    if (!find.isValid())
        return std::nullopt;
    StoredHashes hashes;
    for (const Feeds::Item &item : items) {
        const QString identity = PreparedArticle::identityOf(item);
        find.bind(1, sourceId);
        find.bind(2, identity);
        const int status = find.step();
        if (status == SQLITE_ROW)
            hashes.insert(identity, find.integer(0));
        else if (status != SQLITE_DONE)
            return std::nullopt;
        find.reset();
    }
    return hashes;
}

void ArticleRepository::pruneSearchQueue()
{
    if (QString error; !SearchIndexFile::pruneQueue(m_database, &error))
        qCDebug(lcStorage).noquote() << "cannot prune the search queue:" << error;
}

bool ArticleRepository::storeAll(const QList<SourceFeed> &feeds, const QDateTime &now,
                                 StoreResult *result)
{
    ArticleWriter writer(m_database);
    if (!writer.isValid())
        return fail(tr("Cannot store the articles: %1").arg(writer.errorMessage()));
    // A feed not prepared ahead is prepared here, the first with every thread of the work pool
    // and each later one on a pool thread while the one before it is written: the writing
    // thread is the one that cannot be shared.
    const auto stored = [this](const SourceFeed &entry) {
        return storedHashes(entry.sourceId, entry.feed.items).value_or(StoredHashes());
    };
    const auto isPrepared = [](const SourceFeed &entry) {
        return entry.prepared.size() == entry.feed.items.size();
    };
    QFuture<QList<PreparedArticle>> next;
    for (qsizetype i = 0; i < feeds.size(); ++i) {
        const SourceFeed &entry = feeds.at(i);
        QList<PreparedArticle> prepared = isPrepared(entry) ? entry.prepared
                                          : next.isValid()
                                              ? next.result()
                                              : prepareArticles(entry.feed.items, stored(entry));
        next = {};
        if (i + 1 < feeds.size() && !isPrepared(feeds.at(i + 1))) {
            next = WorkPool::start(
                [items = feeds.at(i + 1).feed.items, hashes = stored(feeds.at(i + 1))] {
                    return prepareArticles(items, hashes, Preparation::OnThisThread);
                });
        }
        if (!writer.storeAll(entry.sourceId, entry.feed.items, std::move(prepared), now, result)) {
            next.waitForFinished();
            return fail(tr("Cannot store the articles: %1").arg(writer.errorMessage()));
        }
    }
    return true;
}

int ArticleRepository::prune(const RetentionPolicy &policy, const QDateTime &now)
{
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    QStringList reasons = {QStringLiteral("a.source_id IS NULL")};
    QVariantList values;
    if (policy.maxAgeDays > 0) {
        const qint64 cutoff = nowSeconds - policy.maxAgeDays * SecondsPerDay;
        reasons.append(QStringLiteral("(a.read = 1 AND a.first_seen < ? AND a.sort_date < ?)"));
        values << cutoff << cutoff;
    }
    if (policy.perSourceCap > 0) {
        reasons.append(QStringLiteral(
            "a.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY source_id"
            " ORDER BY sort_date DESC, id) AS rank FROM articles"
            " WHERE bookmarked = 0 AND source_id IS NOT NULL) WHERE rank > ?)"));
        values << policy.perSourceCap;
    }

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        fail(tr("Cannot clean up old articles: %1").arg(transaction.errorMessage()));
        return -1;
    }
    QSqlQuery doomed(m_database);
    doomed.setForwardOnly(true);
    doomed.prepare(QStringLiteral("SELECT a.id, a.source_id, a.identity FROM articles a"
                                  " WHERE a.bookmarked = 0 AND (") +
                   reasons.join(QLatin1String(" OR ")) + QLatin1Char(')'));
    bindAll(doomed, values);
    QSqlQuery remember(m_database);
    remember.prepare(QStringLiteral("INSERT OR REPLACE INTO pruned_articles"
                                    " (source_id, identity, seen_at) VALUES (?, ?, ?)"));
    QSqlQuery forget(m_database);
    forget.prepare(QStringLiteral("DELETE FROM pruned_articles WHERE seen_at < ?"));
    forget.addBindValue(nowSeconds - qMax(policy.forgetPrunedAfterDays, 0) * SecondsPerDay);

    QString error;
    if (!exec(doomed, &error)) {
        fail(tr("Cannot clean up old articles: %1").arg(error));
        return -1;
    }
    QList<qint64> ids;
    QList<QPair<QVariant, QString>> identities;
    while (doomed.next()) {
        ids.append(doomed.value(0).toLongLong());
        if (!doomed.value(1).isNull())
            identities.append({doomed.value(1), doomed.value(2).toString()});
    }
    doomed.finish();

    for (const auto &[sourceId, identity] : std::as_const(identities)) {
        remember.bindValue(0, sourceId);
        remember.bindValue(1, identity);
        remember.bindValue(2, nowSeconds);
        if (!exec(remember, &error))
            break;
    }
    // Few statements that delete many rows each: the index's delete trigger runs under a
    // statement savepoint, at which FTS5 flushes its pending changes.
    for (qsizetype from = 0; error.isEmpty() && from < ids.size(); from += IdsPerStatement) {
        QSqlQuery remove(m_database);
        remove.prepare(QStringLiteral("DELETE FROM articles WHERE id IN (") +
                       idList(ids, from, qMin<qsizetype>(IdsPerStatement, ids.size() - from)) +
                       QLatin1Char(')'));
        exec(remove, &error);
    }
    if (error.isEmpty())
        exec(forget, &error);
    if (!error.isEmpty() || !transaction.commit()) {
        fail(tr("Cannot clean up old articles: %1")
                 .arg(error.isEmpty() ? transaction.errorMessage() : error));
        return -1;
    }
    qCDebug(lcStorage) << "pruned" << ids.size() << "articles";
    return int(ids.size());
}

bool ArticleRepository::setRead(qint64 id, bool read)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE articles SET read = ? WHERE id = ?"));
    query.addBindValue(read ? 1 : 0);
    query.addBindValue(id);
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot mark the article: %1").arg(error));
    if (query.numRowsAffected() == 0)
        return fail(tr("The article no longer exists."));
    return true;
}

bool ArticleRepository::setFullContent(qint64 id, const QString &html)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE articles SET full_content = ? WHERE id = ?"));
    query.addBindValue(ArticleText::compress(html));
    query.addBindValue(id);
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot store the full article: %1").arg(error));
    if (query.numRowsAffected() == 0)
        return fail(tr("The article no longer exists."));
    return true;
}

bool ArticleRepository::setReadForIds(const QList<qint64> &ids, bool read)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot mark the articles: %1").arg(transaction.errorMessage()));
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE articles SET read = ? WHERE id = ?"));
    QString error;
    for (const qint64 id : ids) {
        query.bindValue(0, read ? 1 : 0);
        query.bindValue(1, id);
        if (!exec(query, &error))
            return fail(tr("Cannot mark the articles: %1").arg(error));
    }
    if (!transaction.commit())
        return fail(tr("Cannot mark the articles: %1").arg(transaction.errorMessage()));
    return true;
}

std::optional<QList<qint64>> ArticleRepository::markAllRead(const ArticleFilter &filter)
{
    const ArticleFilterClause clause = ArticleFilterClause::from(filter);
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        fail(tr("Cannot mark the articles: %1").arg(transaction.errorMessage()));
        return std::nullopt;
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("UPDATE articles AS a SET read = 1 WHERE a.read = 0 AND (") +
                  clause.sql + QStringLiteral(") RETURNING id"));
    bindAll(query, clause.values);
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot mark the articles: %1").arg(error));
        return std::nullopt;
    }
    QList<qint64> changed;
    while (query.next())
        changed.append(query.value(0).toLongLong());
    query.finish();
    if (!transaction.commit()) {
        fail(tr("Cannot mark the articles: %1").arg(transaction.errorMessage()));
        return std::nullopt;
    }
    return changed;
}

bool ArticleRepository::setBookmarked(qint64 id, bool bookmarked, const QDateTime &now)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("UPDATE articles SET bookmarked = ?, bookmarked_at = ? WHERE id = ?"));
    query.addBindValue(bookmarked ? 1 : 0);
    query.addBindValue(bookmarked
                           ? fromDateTime(now.isValid() ? now : QDateTime::currentDateTimeUtc())
                           : fromDateTime({}));
    query.addBindValue(id);
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot change the bookmark: %1").arg(error));
    if (query.numRowsAffected() == 0)
        return fail(tr("The article no longer exists."));
    return true;
}

QList<ArticleRow> ArticleRepository::list(const ArticleFilter &filter) const
{
    // The page's ids first, then only their rows: the sort never carries whole rows.
    return rows(ids(filter));
}

QList<qint64> ArticleRepository::ids(const ArticleFilter &filter) const
{
    const ArticleFilterClause clause =
        ArticleFilterClause::from(filter, ArticleFilterClause::Search::Separately);
    if (!clause.match.isEmpty()) {
        QString error;
        const std::optional<QList<qint64>> found =
            ArticleSearch::newestMatches(m_database, clause, filter.offset, filter.limit, &error);
        if (!found)
            fail(tr("Cannot search the articles: %1").arg(error));
        return found.value_or(QList<qint64>());
    }
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id FROM articles a WHERE ") + clause.sql +
                  QLatin1String(Order) + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(query, clause.values);
    query.addBindValue(filter.limit);
    query.addBindValue(qMax(filter.offset, 0));
    QList<qint64> ids;
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the articles: %1").arg(error));
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<ArticleRow> ArticleRepository::rows(const QList<qint64> &ids) const
{
    QHash<qint64, ArticleRow> found;
    found.reserve(ids.size());
    for (qsizetype from = 0; from < ids.size(); from += IdsPerStatement) {
        const qsizetype count = qMin<qsizetype>(IdsPerStatement, ids.size() - from);
        QSqlQuery query(m_database);
        query.setForwardOnly(true);
        // The ids are numbers formatted here, never text from outside: safe to inline.
        query.prepare(QLatin1String(RowColumns) + QLatin1String(RowSource) +
                      QStringLiteral(" WHERE a.id IN (") + idList(ids, from, count) +
                      QLatin1Char(')'));
        QString error;
        if (!exec(query, &error)) {
            fail(tr("Cannot read the articles: %1").arg(error));
            return {};
        }
        while (query.next()) {
            ArticleRow row = readRow(query);
            found.insert(row.id, std::move(row));
        }
    }
    QList<ArticleRow> rows;
    rows.reserve(found.size());
    for (const qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.cend())
            rows.append(*it);
    }
    return rows;
}

std::optional<Article> ArticleRepository::article(qint64 id) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QLatin1String(RowColumns) +
                  QStringLiteral(", a.guid, a.published, a.updated, a.first_seen,"
                                 " a.bookmarked_at, a.summary, a.content, a.full_content,"
                                 " a.comments_url, a.comment_feed_url, a.comment_count,"
                                 " a.categories") +
                  QLatin1String(RowSource) + QStringLiteral(" WHERE a.id = ?"));
    query.addBindValue(id);
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the article: %1").arg(error));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Article article;
    article.row = readRow(query);
    article.guid = query.value(13).toString();
    article.published = toDateTime(query.value(14));
    article.updated = toDateTime(query.value(15));
    article.firstSeen = toDateTime(query.value(16));
    article.bookmarkedAt = toDateTime(query.value(17));
    article.summary = ArticleText::decompress(query.value(18));
    article.content = ArticleText::decompress(query.value(19));
    article.fullContent = ArticleText::decompress(query.value(20));
    article.commentsUrl = query.value(21).toString();
    article.commentFeedUrl = query.value(22).toString();
    article.commentCount = query.value(23).isNull() ? -1 : query.value(23).toInt();
    article.categories = query.value(24).toString().split(u'\n', Qt::SkipEmptyParts);
    query.finish();

    QSqlQuery enclosures(m_database);
    enclosures.setForwardOnly(true);
    enclosures.prepare(
        QStringLiteral("SELECT url, coalesce(type, ''), coalesce(length, 0) FROM enclosures"
                       " WHERE article_id = ? ORDER BY id"));
    enclosures.addBindValue(id);
    if (!exec(enclosures, &error)) {
        fail(tr("Cannot read the article: %1").arg(error));
        return std::nullopt;
    }
    while (enclosures.next()) {
        article.enclosures.append(Feeds::Enclosure{enclosures.value(0).toString(),
                                                   enclosures.value(1).toString(),
                                                   enclosures.value(2).toLongLong()});
    }
    return article;
}

int ArticleRepository::count(const ArticleFilter &filter) const
{
    const ArticleFilterClause clause =
        ArticleFilterClause::from(filter, ArticleFilterClause::Search::Separately);
    if (!clause.match.isEmpty()) {
        QString error;
        const int matches = ArticleSearch::countMatches(m_database, clause, &error);
        if (matches < 0)
            fail(tr("Cannot count the articles: %1").arg(error));
        return matches;
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM articles a WHERE ") + clause.sql);
    bindAll(query, clause.values);
    QString error;
    if (!exec(query, &error) || !query.next()) {
        fail(tr("Cannot count the articles: %1").arg(error));
        return -1;
    }
    return query.value(0).toInt();
}

bool ArticleRepository::fail(const QString &message) const
{
    m_errorMessage = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

} // namespace Storage
