#include "storage/accountmirror.h"

#include "storage/preparedarticle.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Storage {

using SqlValues::exec;
using SqlValues::fromDateTime;
using SqlValues::fromText;

namespace {

// Id sets go to SQLite as one JSON array, read with json_each(): no statement per id and no
// limit on their number.
QString jsonArray(const QStringList &ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

// Remote articles are known by their server id, whatever the server calls their guid.
Feeds::Item identified(const RemoteArticle &article)
{
    Feeds::Item item = article.item;
    item.id = QStringLiteral("remote:") + article.id;
    return item;
}

} // namespace

AccountMirror::AccountMirror(QSqlDatabase database) : m_database(std::move(database))
{}

bool AccountMirror::replaceFolders(qint64 accountId, const QList<RemoteFolder> &folders)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot store the folders: %1").arg(transaction.errorMessage()));
    QSqlQuery upsert(m_database);
    upsert.prepare(QStringLiteral(
        "INSERT INTO folders (account_id, remote_id, title, position) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (account_id, remote_id) WHERE remote_id IS NOT NULL"
        " DO UPDATE SET title = excluded.title, position = excluded.position"));
    QStringList ids;
    QString error;
    for (const RemoteFolder &folder : folders) {
        upsert.bindValue(0, accountId);
        upsert.bindValue(1, folder.id);
        upsert.bindValue(2, folder.title);
        upsert.bindValue(3, int(ids.size()));
        if (!exec(upsert, &error))
            return fail(tr("Cannot store the folders: %1").arg(error));
        ids.append(folder.id);
    }
    if (!removeMissing("folders", accountId, ids))
        return fail(tr("Cannot store the folders: %1").arg(m_errorMessage));
    if (!transaction.commit())
        return fail(tr("Cannot store the folders: %1").arg(transaction.errorMessage()));
    return true;
}

bool AccountMirror::replaceSources(qint64 accountId, const QList<RemoteSource> &sources)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot store the sources: %1").arg(transaction.errorMessage()));
    QSqlQuery upsert(m_database);
    upsert.prepare(QStringLiteral(
        "INSERT INTO sources (account_id, remote_id, folder_id, position, feed_url, site_url,"
        " title) VALUES (:account, :remote, (SELECT id FROM folders WHERE account_id = :account"
        " AND remote_id = :folder), :position, :feed, :site, :title)"
        " ON CONFLICT (account_id, remote_id) WHERE remote_id IS NOT NULL DO UPDATE SET"
        " folder_id = excluded.folder_id, position = excluded.position,"
        " feed_url = excluded.feed_url, site_url = excluded.site_url, title = excluded.title"));
    QStringList ids;
    QString error;
    for (const RemoteSource &source : sources) {
        upsert.bindValue(QStringLiteral(":account"), accountId);
        upsert.bindValue(QStringLiteral(":remote"), source.id);
        upsert.bindValue(QStringLiteral(":folder"), fromText(source.folderId));
        upsert.bindValue(QStringLiteral(":position"), int(ids.size()));
        upsert.bindValue(QStringLiteral(":feed"), source.feedUrl.toString(QUrl::FullyEncoded));
        upsert.bindValue(QStringLiteral(":site"),
                         fromText(source.siteUrl.toString(QUrl::FullyEncoded)));
        upsert.bindValue(QStringLiteral(":title"), source.title);
        if (!exec(upsert, &error))
            return fail(tr("Cannot store the source %1: %2").arg(source.title, error));
        ids.append(source.id);
    }
    if (!removeMissing("sources", accountId, ids))
        return fail(tr("Cannot store the sources: %1").arg(m_errorMessage));
    if (!transaction.commit())
        return fail(tr("Cannot store the sources: %1").arg(transaction.errorMessage()));
    return true;
}

bool AccountMirror::removeMissing(const char *table, qint64 accountId, const QStringList &ids)
{
    QSqlQuery remove(m_database);
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE account_id = ? AND remote_id IS NOT NULL"
                                  " AND remote_id NOT IN (SELECT value FROM json_each(?))")
                       .arg(QLatin1String(table)));
    remove.addBindValue(accountId);
    remove.addBindValue(jsonArray(ids));
    QString error;
    if (!exec(remove, &error))
        return fail(error);
    return true;
}

std::optional<StoreResult> AccountMirror::storeArticles(qint64 accountId,
                                                        const QList<RemoteArticle> &articles,
                                                        const QDateTime &now)
{
    QHash<QString, qint64> sourceIds;
    {
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral(
            "SELECT remote_id, id FROM sources WHERE account_id = ? AND remote_id IS NOT NULL"));
        query.addBindValue(accountId);
        QString error;
        if (!exec(query, &error)) {
            fail(tr("Cannot store the articles: %1").arg(error));
            return std::nullopt;
        }
        while (query.next())
            sourceIds.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    QHash<qint64, QList<const RemoteArticle *>> bySource;
    for (const RemoteArticle &article : articles) {
        if (const qint64 sourceId = sourceIds.value(article.sourceId))
            bySource[sourceId].append(&article);
    }

    ArticleRepository repository(m_database);
    repository.pruneSearchQueue();
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        fail(tr("Cannot store the articles: %1").arg(transaction.errorMessage()));
        return std::nullopt;
    }
    StoreResult total;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        SourceFeed feed;
        feed.sourceId = it.key();
        for (const RemoteArticle *article : it.value())
            feed.feed.items.append(identified(*article));
        const std::optional<StoreResult> stored = repository.storeInto(transaction, feed, now);
        if (!stored) {
            fail(repository.errorMessage());
            return std::nullopt;
        }
        total.added += stored->added;
        total.updated += stored->updated;
        total.unchanged += stored->unchanged;
        total.addedIds += stored->addedIds;
        for (const RemoteArticle *article : it.value()) {
            if (!setArticleStates(it.key(), *article, now))
                return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        fail(tr("Cannot store the articles: %1").arg(transaction.errorMessage()));
        return std::nullopt;
    }
    return total;
}

bool AccountMirror::setArticleStates(qint64 sourceId, const RemoteArticle &article,
                                     const QDateTime &now)
{
    // A new article (remote_id still NULL) takes the server's states; a known one too, unless
    // its local state waits to be sent (it differs from the confirmed one).
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "UPDATE articles SET remote_id = :remote, remote_read = :read,"
        " read = CASE WHEN remote_id IS NULL OR read IS remote_read THEN :read ELSE read END,"
        " remote_bookmarked = :bookmarked,"
        " bookmarked = CASE WHEN remote_id IS NULL OR bookmarked IS remote_bookmarked"
        "  THEN :bookmarked ELSE bookmarked END,"
        " bookmarked_at = CASE WHEN (CASE WHEN remote_id IS NULL"
        "  OR bookmarked IS remote_bookmarked THEN :bookmarked ELSE bookmarked END) = 1"
        "  THEN coalesce(bookmarked_at, :now) END"
        " WHERE source_id = :source AND identity = :identity"));
    query.bindValue(QStringLiteral(":remote"), article.id);
    query.bindValue(QStringLiteral(":read"), article.read ? 1 : 0);
    query.bindValue(QStringLiteral(":bookmarked"), article.bookmarked ? 1 : 0);
    query.bindValue(QStringLiteral(":now"), fromDateTime(now));
    query.bindValue(QStringLiteral(":source"), sourceId);
    query.bindValue(QStringLiteral(":identity"), PreparedArticle::identityOf(identified(article)));
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot store the articles: %1").arg(error));
    return true;
}

bool AccountMirror::applyStates(qint64 accountId, const QStringList &unreadIds,
                                const QStringList &bookmarkedIds, const QDateTime &now)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot store the article states: %1").arg(transaction.errorMessage()));
    if (!applyState(accountId, unreadIds, true, now) ||
        !applyState(accountId, bookmarkedIds, false, now))
        return false;
    if (!transaction.commit())
        return fail(tr("Cannot store the article states: %1").arg(transaction.errorMessage()));
    return true;
}

bool AccountMirror::applyPartialStates(qint64 accountId, const QStringList &readIds,
                                       const QStringList &unreadSourceIds,
                                       const QStringList &unreadIds,
                                       const QStringList &bookmarkedIds, const QDateTime &now)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot store the article states: %1").arg(transaction.errorMessage()));
    if (!markRead(accountId, readIds) ||
        (!unreadSourceIds.isEmpty() &&
         !applyState(accountId, unreadIds, true, now, &unreadSourceIds)) ||
        !applyState(accountId, bookmarkedIds, false, now))
        return false;
    if (!transaction.commit())
        return fail(tr("Cannot store the article states: %1").arg(transaction.errorMessage()));
    return true;
}

bool AccountMirror::markRead(qint64 accountId, const QStringList &readIds)
{
    if (readIds.isEmpty())
        return true;
    // As applyState(): a local change still waiting keeps its state.
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "UPDATE articles SET read = CASE WHEN read IS NOT remote_read THEN read ELSE 1 END,"
        " remote_read = 1"
        " WHERE remote_id IN (SELECT value FROM json_each(:ids)) AND remote_read IS NOT 1"
        " AND source_id IN (SELECT id FROM sources WHERE account_id = :account)"));
    query.bindValue(QStringLiteral(":ids"), jsonArray(readIds));
    query.bindValue(QStringLiteral(":account"), accountId);
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot store the article states: %1").arg(error));
    return true;
}

std::optional<QList<AccountMirror::ConfirmedUnread>>
AccountMirror::confirmedUnread(qint64 accountId)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.remote_id, src.remote_id FROM articles a JOIN sources src ON src.id = a.source_id"
        " WHERE src.account_id = ? AND a.remote_id IS NOT NULL AND a.remote_read = 0"));
    query.addBindValue(accountId);
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the article states: %1").arg(error));
        return std::nullopt;
    }
    QList<ConfirmedUnread> unread;
    while (query.next())
        unread.append({query.value(0).toString(), query.value(1).toString()});
    return unread;
}

bool AccountMirror::applyState(qint64 accountId, const QStringList &listedIds, bool readState,
                               const QDateTime &now, const QStringList *sourceIds)
{
    // Unread ids list the articles that are not read; bookmarked ids the ones that are
    // bookmarked. Only rows whose confirmed state changes are written.
    const QString sql =
        readState ? QStringLiteral(
                        "UPDATE articles SET read = CASE WHEN read IS NOT remote_read THEN read"
                        " ELSE s.state END, remote_read = s.state")
                  : QStringLiteral("UPDATE articles SET bookmarked = CASE WHEN bookmarked IS NOT"
                                   " remote_bookmarked THEN bookmarked ELSE s.state END,"
                                   " bookmarked_at = CASE WHEN (CASE WHEN bookmarked IS NOT"
                                   " remote_bookmarked THEN bookmarked ELSE s.state END) = 1"
                                   " THEN coalesce(bookmarked_at, :now) END,"
                                   " remote_bookmarked = s.state");
    const QString listed = readState ? QStringLiteral("NOT IN") : QStringLiteral("IN");
    const QString column =
        readState ? QStringLiteral("remote_read") : QStringLiteral("remote_bookmarked");
    QSqlQuery query(m_database);
    query.prepare(
        sql +
        QStringLiteral(
            " FROM (SELECT a.id AS article, (a.remote_id %1 (SELECT value FROM json_each(:ids)))"
            " AS state FROM articles a JOIN sources src ON src.id = a.source_id"
            " WHERE src.account_id = :account AND a.remote_id IS NOT NULL%3) s"
            " WHERE articles.id = s.article AND articles.%2 IS NOT s.state")
            .arg(listed, column,
                 sourceIds ? QStringLiteral(
                                 " AND src.remote_id IN (SELECT value FROM json_each(:sources))")
                           : QString()));
    query.bindValue(QStringLiteral(":ids"), jsonArray(listedIds));
    if (sourceIds)
        query.bindValue(QStringLiteral(":sources"), jsonArray(*sourceIds));
    query.bindValue(QStringLiteral(":account"), accountId);
    if (!readState)
        query.bindValue(QStringLiteral(":now"), fromDateTime(now));
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot store the article states: %1").arg(error));
    return true;
}

std::optional<QSet<QString>> AccountMirror::remoteArticleIds(qint64 accountId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.remote_id FROM articles a JOIN sources s"
                                 " ON s.id = a.source_id WHERE s.account_id = ?"
                                 " AND a.remote_id IS NOT NULL"));
    query.addBindValue(accountId);
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the articles: %1").arg(error));
        return std::nullopt;
    }
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

bool AccountMirror::fail(const QString &message) const
{
    m_errorMessage = message;
    return false;
}

} // namespace Storage
