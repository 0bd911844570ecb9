#include "storage/sourcerepository.h"

#include "base/logging.h"
#include "storage/articlevisibility.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace Storage {

using SqlValues::exec;
using SqlValues::fromDateTime;
using SqlValues::fromId;
using SqlValues::fromText;
using SqlValues::nonNull;
using SqlValues::toDateTime;

namespace {

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

QUrl textUrl(const QVariant &value)
{
    return value.isNull() ? QUrl() : QUrl(value.toString(), QUrl::StrictMode);
}

// The counts come from grouped passes over the articles joined to the sources, rather than one
// count query per source. Total and unread are counted apart so that each pass reads only an
// index (articles_by_source_date, articles_unread): counting both in one pass read every
// article row for its read flag, the whole database file at start-up.
const char *const SelectSources =
    "SELECT s.id, coalesce(s.folder_id, 0), s.position, s.feed_url, s.site_url, s.title,"
    " s.icon_url, coalesce(s.refresh_interval, 0), s.etag, s.last_modified, s.last_fetch,"
    " s.next_fetch, s.last_error, s.error_count, s.paused, s.load_full_article,"
    " coalesce(c.unread, 0), coalesce(c.total, 0), s.username, s.account_id, s.remote_id "
    "FROM sources s LEFT JOIN ("
    " SELECT t.source_id, t.total, u.unread FROM ("
    "  SELECT source_id, count(*) AS total FROM articles"
    "  WHERE source_id IS NOT NULL %1 GROUP BY source_id) t LEFT JOIN ("
    "  SELECT source_id, count(*) AS unread FROM articles"
    "  WHERE read = 0 AND source_id IS NOT NULL %1 AND %2 GROUP BY source_id) u"
    "  ON u.source_id = t.source_id) c ON c.source_id = s.id ";

const char *const TreeOrder = " ORDER BY s.folder_id IS NOT NULL, s.folder_id, s.position, s.id";

Source readSource(const QSqlQuery &query)
{
    Source source;
    source.id = query.value(0).toLongLong();
    source.folderId = query.value(1).toLongLong();
    source.position = query.value(2).toInt();
    source.feedUrl = textUrl(query.value(3));
    source.siteUrl = textUrl(query.value(4));
    source.title = query.value(5).toString();
    source.iconUrl = textUrl(query.value(6));
    source.refreshIntervalSeconds = query.value(7).toInt();
    source.etag = query.value(8).toString();
    source.lastModified = query.value(9).toString();
    source.lastFetch = toDateTime(query.value(10));
    source.nextFetch = toDateTime(query.value(11));
    source.lastError = query.value(12).toString();
    source.errorCount = query.value(13).toInt();
    source.paused = query.value(14).toBool();
    source.loadFullArticle = query.value(15).toBool();
    source.unreadCount = query.value(16).toInt();
    source.totalCount = query.value(17).toInt();
    source.username = query.value(18).toString();
    source.accountId = query.value(19).toLongLong();
    source.remoteId = query.value(20).toString();
    return source;
}

} // namespace

SourceRepository::SourceRepository(QSqlDatabase database) : m_database(std::move(database))
{}

SourceRepository::AddResult SourceRepository::add(const SourceDraft &draft)
{
    if (!draft.feedUrl.isValid() || draft.feedUrl.isRelative()) {
        fail(tr("\"%1\" is not a feed address.").arg(draft.feedUrl.toDisplayString()));
        return {};
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        fail(tr("Cannot add the source: %1").arg(transaction.errorMessage()));
        return {};
    }
    if (const std::optional<Source> existing = findByFeedUrl(draft.feedUrl, draft.accountId))
        return {existing->id, true};

    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO sources (account_id, folder_id, position, feed_url, site_url, title)"
        " VALUES (:account, :folder,"
        " (SELECT coalesce(max(position) + 1, 0) FROM sources WHERE folder_id IS :folder),"
        " :feed, :site, :title)"));
    query.bindValue(QStringLiteral(":account"), draft.accountId);
    query.bindValue(QStringLiteral(":folder"), fromId(draft.folderId));
    query.bindValue(QStringLiteral(":feed"), urlText(draft.feedUrl));
    query.bindValue(QStringLiteral(":site"), fromText(urlText(draft.siteUrl)));
    query.bindValue(QStringLiteral(":title"), nonNull(draft.title.trimmed()));
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot add the source %1: %2").arg(draft.feedUrl.toDisplayString(), error));
        return {};
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit()) {
        fail(tr("Cannot add the source %1: %2")
                 .arg(draft.feedUrl.toDisplayString(), transaction.errorMessage()));
        return {};
    }
    return {id, false};
}

std::optional<Source> SourceRepository::find(qint64 id) const
{
    const QList<Source> found = select(QStringLiteral("WHERE s.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Source>(found.first());
}

std::optional<Source> SourceRepository::findByFeedUrl(const QUrl &feedUrl, qint64 accountId) const
{
    const QList<Source> found = select(QStringLiteral("WHERE s.feed_url = ? AND s.account_id = ?"),
                                       {urlText(feedUrl), accountId});
    return found.isEmpty() ? std::nullopt : std::optional<Source>(found.first());
}

QList<Source> SourceRepository::all() const
{
    return select(QLatin1String(TreeOrder), {});
}

QList<Source> SourceRepository::fetchedSources() const
{
    return select(QStringLiteral("WHERE s.account_id = ?") + QLatin1String(TreeOrder),
                  {LocalAccountId});
}

QList<Source> SourceRepository::dueSources(const QDateTime &now) const
{
    return select(QStringLiteral("WHERE s.account_id = ? AND s.paused = 0"
                                 " AND (s.next_fetch IS NULL OR s.next_fetch <= ?)"
                                 " ORDER BY s.next_fetch IS NOT NULL, s.next_fetch, s.id"),
                  {LocalAccountId, now.toSecsSinceEpoch()});
}

bool SourceRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot remove the source: %1").arg(transaction.errorMessage()));
    // A source of a remote account is unsubscribed on its server at the next sync; the
    // queue holds the server's id, since the row goes now.
    QSqlQuery queue(m_database);
    queue.prepare(QStringLiteral("INSERT INTO pending_changes (account_id, kind, item, payload)"
                                 " SELECT account_id, 'unsubscribe', remote_id, '{}' FROM sources"
                                 " WHERE id = ? AND remote_id IS NOT NULL"));
    queue.addBindValue(id);
    QString error;
    if (!exec(queue, &error))
        return fail(tr("Cannot remove the source: %1").arg(error));
    // The schema's trigger keeps the bookmarked articles and removes the rest, with their
    // enclosures and index entries.
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM sources WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!exec(query, &error))
        return fail(tr("Cannot remove the source: %1").arg(error));
    if (query.numRowsAffected() == 0)
        return fail(tr("The source no longer exists."));
    if (!transaction.commit())
        return fail(tr("Cannot remove the source: %1").arg(transaction.errorMessage()));
    return true;
}

bool SourceRepository::setFolder(qint64 id, qint64 folderId)
{
    return update(id,
                  QStringLiteral("folder_id = ?, position = (SELECT coalesce(max(position) + 1, 0)"
                                 " FROM sources WHERE folder_id IS ?)"),
                  {fromId(folderId), fromId(folderId)});
}

bool SourceRepository::rename(qint64 id, const QString &title)
{
    return update(id, QStringLiteral("title = ?"), {nonNull(title.trimmed())});
}

bool SourceRepository::setPaused(qint64 id, bool paused)
{
    return update(id, QStringLiteral("paused = ?"), {paused ? 1 : 0});
}

bool SourceRepository::setLoadFullArticle(qint64 id, bool load)
{
    return update(id, QStringLiteral("load_full_article = ?"), {load ? 1 : 0});
}

bool SourceRepository::setRefreshInterval(qint64 id, int seconds)
{
    return update(id, QStringLiteral("refresh_interval = ?"),
                  {seconds > 0 ? QVariant(seconds) : QVariant(QMetaType::fromType<int>())});
}

bool SourceRepository::setFeedUrl(qint64 id, const QUrl &feedUrl)
{
    if (!feedUrl.isValid() || feedUrl.isRelative())
        return fail(tr("\"%1\" is not a feed address.").arg(feedUrl.toDisplayString()));
    const std::optional<Source> other = findByFeedUrl(feedUrl);
    if (other && other->id != id) {
        return fail(
            tr("Another source already has the address %1.").arg(feedUrl.toDisplayString()));
    }
    // Validators belong to the old address.
    return update(id, QStringLiteral("feed_url = ?, etag = NULL, last_modified = NULL"),
                  {urlText(feedUrl)});
}

bool SourceRepository::setUsername(qint64 id, const QString &username)
{
    return update(id, QStringLiteral("username = ?"), {fromText(username.trimmed())});
}

bool SourceRepository::applySettings(const Source &edited)
{
    const std::optional<Source> stored = find(edited.id);
    if (!stored)
        return fail(tr("The source no longer exists."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot change the source: %1").arg(transaction.errorMessage()));
    if ((edited.feedUrl != stored->feedUrl && !setFeedUrl(edited.id, edited.feedUrl)) ||
        !rename(edited.id, edited.title) ||
        !setRefreshInterval(edited.id, edited.refreshIntervalSeconds) ||
        !setPaused(edited.id, edited.paused) ||
        !setLoadFullArticle(edited.id, edited.loadFullArticle) ||
        !setUsername(edited.id, edited.username))
        return false;
    if (!transaction.commit())
        return fail(tr("Cannot change the source: %1").arg(transaction.errorMessage()));
    return true;
}

bool SourceRepository::recordFetchSuccess(qint64 id, const FetchSuccess &fetch)
{
    return update(
        id,
        QStringLiteral("etag = ?, last_modified = ?, last_fetch = ?, next_fetch = ?,"
                       " last_error = NULL, error_count = 0,"
                       " title = CASE WHEN title = '' THEN coalesce(?, '') ELSE title END,"
                       " site_url = coalesce(site_url, ?), icon_url = coalesce(icon_url, ?)"),
        {fromText(fetch.etag), fromText(fetch.lastModified), fromDateTime(fetch.fetchedAt),
         fromDateTime(fetch.nextFetch), fromText(fetch.title.trimmed()),
         fromText(urlText(fetch.siteUrl)), fromText(urlText(fetch.iconUrl))});
}

bool SourceRepository::recordFetchNotModified(qint64 id, const QDateTime &fetchedAt,
                                              const QDateTime &nextFetch)
{
    return update(id,
                  QStringLiteral("last_fetch = ?, next_fetch = ?, last_error = NULL,"
                                 " error_count = 0"),
                  {fromDateTime(fetchedAt), fromDateTime(nextFetch)});
}

bool SourceRepository::recordFetchError(qint64 id, const QString &message,
                                        const QDateTime &fetchedAt, const QDateTime &nextFetch)
{
    return update(id,
                  QStringLiteral("last_error = ?, error_count = error_count + 1, last_fetch = ?,"
                                 " next_fetch = ?"),
                  {message, fromDateTime(fetchedAt), fromDateTime(nextFetch)});
}

bool SourceRepository::fail(const QString &message) const
{
    m_errorMessage = message;
    qCWarning(lcStorage).noquote() << message;
    return false;
}

QList<Source> SourceRepository::select(const QString &where, const QVariantList &values) const
{
    // A single source only needs its own articles counted.
    const bool single = where.startsWith(QLatin1String("WHERE s.id"));
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(SelectSources)
                      .arg(single ? QStringLiteral("AND source_id = ?") : QString(),
                           // One source's few unread rows are cheaper to check one by one
                           // than the list of every hidden article is to build.
                           single
                               ? ArticleVisibility::visibleRowCondition(QLatin1String("articles"))
                               : ArticleVisibility::visibleCondition(QLatin1String("id"))) +
                  where);
    if (single) {
        query.addBindValue(values.value(0)); // the total
        query.addBindValue(values.value(0)); // the unread count
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Source> sources;
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the sources: %1").arg(error));
        return sources;
    }
    while (query.next())
        sources.append(readSource(query));
    return sources;
}

bool SourceRepository::update(qint64 id, const QString &assignments, const QVariantList &values)
{
    QString error;
    switch (SqlValues::updateRow(m_database, QLatin1String("sources"), id, assignments, values,
                                 &error)) {
    case SqlValues::RowUpdate::Failed:
        return fail(tr("Cannot change the source: %1").arg(error));
    case SqlValues::RowUpdate::NoSuchRow:
        return fail(tr("The source no longer exists."));
    case SqlValues::RowUpdate::Done:
        break;
    }
    return true;
}

} // namespace Storage
