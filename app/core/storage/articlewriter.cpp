#include "articlewriter.h"

#include "articletext.h"
#include "html/sanitizer.h"
#include "logging.h"
#include "sqlvalues.h"
#include "workpool.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QtConcurrentMap>
#include <QtEndian>

#include <vector>

namespace Storage {

using SqlValues::fromDateTime;
using SqlValues::fromText;

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;
// The columns bindContent() fills, in the order both the INSERT and the UPDATE name them.
constexpr int ContentColumns = 15;
// Longer identities (some feeds put whole URLs with tracking junk in their guids) are stored
// as a hash so that the unique index stays small.
constexpr qsizetype MaxIdentityLength = 256;

void addField(QCryptographicHash &hash, QStringView text)
{
    // The length first, so that ("ab", "c") and ("a", "bc") differ.
    const qint64 length = text.size();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.data()),
                                text.size() * qsizetype(sizeof(QChar))));
}

void addField(QCryptographicHash &hash, qint64 number)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&number), sizeof number));
}

QString hashText(QCryptographicHash &hash)
{
    return QString::fromLatin1(
        hash.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString identityOf(const Feeds::Item &item)
{
    QString identity;
    if (const QString guid = item.id.trimmed(); !guid.isEmpty()) {
        identity = QLatin1String("g:") + guid;
    } else if (const QString link = item.link.trimmed(); !link.isEmpty()) {
        identity = QLatin1String("l:") + link;
    } else {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        addField(hash, item.title);
        addField(hash, item.summary);
        addField(hash, item.content);
        return QLatin1String("h:") + hashText(hash);
    }
    if (identity.size() <= MaxIdentityLength)
        return identity;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    addField(hash, identity);
    return identity.left(1) + QLatin1String("#:") + hashText(hash);
}

// Everything of the item that is stored, so that an unchanged hash means an unchanged article.
// The updated date is left out: a feed that only bumps it has not changed the article.
qint64 contentHashOf(const Feeds::Item &item)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const QString *field :
         {&item.id, &item.link, &item.title, &item.author, &item.summary, &item.content,
          &item.image, &item.commentsUrl, &item.commentFeedUrl})
        addField(hash, *field);
    addField(hash, item.published.isValid() ? item.published.toSecsSinceEpoch() : -1);
    addField(hash, item.commentCount);
    for (const QString &category : item.categories)
        addField(hash, category);
    for (const Feeds::Enclosure &enclosure : item.enclosures) {
        addField(hash, enclosure.url);
        addField(hash, enclosure.type);
        addField(hash, enclosure.length);
    }
    return qFromLittleEndian<qint64>(hash.result().constData());
}

bool looksLikeImage(const Feeds::Enclosure &enclosure)
{
    if (!enclosure.type.isEmpty())
        return enclosure.type.startsWith(QLatin1String("image/"), Qt::CaseInsensitive);
    const QString path = QUrl(enclosure.url).path().toLower();
    for (const char *suffix : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"}) {
        if (path.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

QString imageOf(const Feeds::Item &item)
{
    if (!item.image.isEmpty())
        return item.image;
    for (const Feeds::Enclosure &enclosure : item.enclosures) {
        if (!enclosure.url.isEmpty() && looksLikeImage(enclosure))
            return enclosure.url;
    }
    return Html::firstImageUrl(item.content.isEmpty() ? item.summary : item.content);
}

} // namespace

struct ArticleWriter::Values
{
    qint64 contentHash = 0;
    QVariant updated;
    QString text; ///< For the full-text index; see ArticleText::plainText().
    QString image;
    QVariant summary; ///< Compressed, see ArticleText::compress().
    QVariant content;
    bool ready = false; ///< The four above are filled in.

    void prepare(const Feeds::Item &item)
    {
        text = ArticleText::plainText(item.summary, item.content);
        image = imageOf(item);
        summary = ArticleText::compress(item.summary);
        content = ArticleText::compress(item.content);
        ready = true;
    }
};

ArticleWriter::ArticleWriter(const QSqlDatabase &database)
    : m_find(database), m_findPruned(database), m_touchPruned(database), m_insert(database),
      m_index(database), m_update(database), m_deleteEnclosures(database),
      m_insertEnclosure(database)
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
                " first_seen_max)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
        prepare(m_index,
                "INSERT INTO articles_fts (rowid, title, author, text) VALUES (?, ?, ?, ?)") &&
        prepare(m_update,
                "UPDATE articles SET content_hash = ?, guid = ?, link = ?, title = ?, author = ?,"
                " published = ?, updated = ?, image_url = ?, comments_url = ?,"
                " comment_feed_url = ?, comment_count = ?, excerpt = ?, summary = ?, content = ?,"
                " categories = ? WHERE id = ?") &&
        prepare(m_deleteEnclosures, "DELETE FROM enclosures WHERE article_id = ?") &&
        prepare(m_insertEnclosure,
                "INSERT INTO enclosures (article_id, url, type, length) VALUES (?, ?, ?, ?)");
    if (!m_valid)
        return;
    QSqlQuery last(database);
    if (last.exec(QStringLiteral("SELECT first_seen_max FROM articles ORDER BY id DESC LIMIT 1")) &&
        last.next())
        m_firstSeenMax = last.value(0).toLongLong();
}

bool ArticleWriter::storeAll(qint64 sourceId, const QList<Feeds::Item> &items, const QDateTime &now,
                             StoreResult *result)
{
    // Most items of a refreshed feed are unchanged; only the others are worth preparing. The
    // check is repeated when storing (a feed may list an item twice).
    std::vector<Values> prepared(std::size_t(items.size()));
    QList<qsizetype> toPrepare;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const std::optional<bool> needed = needsWriting(sourceId, items.at(i));
        if (!needed)
            return false;
        if (*needed)
            toPrepare.append(i);
    }
    if (toPrepare.size() > 1) {
        QtConcurrent::blockingMap(
            WorkPool::instance(), toPrepare,
            [&items, &prepared](qsizetype i) { prepared[std::size_t(i)].prepare(items.at(i)); });
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!store(sourceId, items.at(i), now, result, &prepared[std::size_t(i)]))
            return false;
    }
    return true;
}

std::optional<bool> ArticleWriter::needsWriting(qint64 sourceId, const Feeds::Item &item)
{
    m_find.bindValue(0, sourceId);
    m_find.bindValue(1, identityOf(item));
    if (!exec(m_find))
        return std::nullopt;
    const bool needed = !m_find.next() || m_find.value(1).toLongLong() != contentHashOf(item);
    m_find.finish();
    return needed;
}

bool ArticleWriter::store(qint64 sourceId, const Feeds::Item &item, const QDateTime &now,
                          StoreResult *result, Values *prepared)
{
    const QString identity = identityOf(item);
    Values &values = *prepared;
    values.contentHash = contentHashOf(item);

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

    // Only new and changed items pay for the plain text, the image search and compression.
    if (!values.ready)
        values.prepare(item);

    if (known) {
        values.updated = fromDateTime(item.updated.isValid() ? item.updated : now);
        bindContent(m_update, 0, item, values);
        m_update.bindValue(ContentColumns, existingId);
        if (!exec(m_update) || !writeEnclosures(existingId, item, true))
            return false;
        ++result->updated;
        return true;
    }

    values.updated = fromDateTime(item.updated);
    m_insert.bindValue(0, sourceId);
    m_insert.bindValue(1, identity);
    bindContent(m_insert, 2, item, values);
    const qint64 firstSeen = now.toSecsSinceEpoch();
    m_insert.bindValue(2 + ContentColumns, firstSeen);
    m_insert.bindValue(3 + ContentColumns, qMax(firstSeen, m_firstSeenMax));
    if (!exec(m_insert))
        return false;
    m_firstSeenMax = qMax(firstSeen, m_firstSeenMax);
    const qint64 id = m_insert.lastInsertId().toLongLong();
    // The schema has no insert trigger for the index (see 001_initial_schema.sql): the values go
    // in here, exactly as the update and delete triggers recompute them to remove them. (Not an
    // INSERT ... SELECT: that runs under a statement savepoint, at which FTS5 flushes.)
    m_index.bindValue(0, id);
    m_index.bindValue(1, SqlValues::nonNull(item.title));
    m_index.bindValue(2, fromText(item.author));
    m_index.bindValue(3, fromText(values.text));
    if (!exec(m_index) || !writeEnclosures(id, item, false))
        return false;
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
                                const Values &values)
{
    const QVariant fields[ContentColumns] = {
        values.contentHash,
        fromText(item.id.trimmed()),
        fromText(item.link.trimmed()),
        SqlValues::nonNull(item.title),
        fromText(item.author),
        fromDateTime(item.published),
        values.updated,
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
