#pragma once

#include "storage/accountrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <optional>

namespace Storage {

/// What a person gives when subscribing.
struct SourceDraft
{
    QUrl feedUrl;
    QString title; ///< May be empty: the feed's own title fills it in on the first fetch.
    QUrl siteUrl;
    qint64 folderId = 0; ///< 0: top level.
    qint64 accountId = LocalAccountId;
};

/// A subscribed feed with its fetch state and article counts.
struct Source
{
    qint64 id = 0;
    qint64 folderId = 0;
    qint64 accountId = LocalAccountId;
    QString remoteId; ///< The server's id of a remote account's source; empty for local ones.
    int position = 0;
    QUrl feedUrl;
    QUrl siteUrl;
    QString title;
    QUrl iconUrl;
    int refreshIntervalSeconds = 0; ///< 0: follow the application setting.
    QString etag;
    QString lastModified; ///< The server's Last-Modified header, verbatim.
    QDateTime lastFetch;
    QDateTime nextFetch;
    QString lastError;
    int errorCount = 0; ///< Failed fetches in a row.
    bool paused = false;
    bool loadFullArticle = false;
    /// HTTP Basic user name; empty: none. The password is in the keyring, never here.
    QString username;
    int unreadCount = 0;
    int totalCount = 0;
};

/// What a successful fetch tells about its source.
struct FetchSuccess
{
    QString etag;
    QString lastModified;
    QDateTime fetchedAt;
    QDateTime nextFetch;
    /// From the feed; each fills in the source's value only when the source has none.
    QString title;
    QUrl siteUrl;
    QUrl iconUrl;
};

/// The subscribed sources. Works on the connection it is given, on the thread that owns it.
class SourceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::SourceRepository)

public:
    struct AddResult
    {
        qint64 id = 0;              ///< 0 on failure (see errorMessage()).
        bool alreadyExists = false; ///< The feed URL was subscribed already; id is that source.
    };

    explicit SourceRepository(QSqlDatabase database);

    /// Subscribes to a feed. A feed URL that is already subscribed is not added twice: the
    /// result then carries the existing source's id and alreadyExists.
    [[nodiscard]] AddResult add(const SourceDraft &draft);
    [[nodiscard]] std::optional<Source> find(qint64 id) const;
    [[nodiscard]] std::optional<Source> findByFeedUrl(const QUrl &feedUrl,
                                                      qint64 accountId = LocalAccountId) const;
    /// Every source with its unread and total article counts (one query), ordered by folder
    /// and position.
    [[nodiscard]] QList<Source> all() const;
    /// The sources Tidings fetches itself: those of the local account (a remote account's
    /// server fetches its sources), in all() order.
    [[nodiscard]] QList<Source> fetchedSources() const;
    /// Fetched sources that are not paused and whose next fetch is due at \a now (or never
    /// fetched), most overdue first.
    [[nodiscard]] QList<Source> dueSources(const QDateTime &now) const;

    /// Unsubscribes. The source's articles go with it, except bookmarked ones, which stay
    /// (with the source's title) under Bookmarks.
    [[nodiscard]] bool remove(qint64 id);
    [[nodiscard]] bool setFolder(qint64 id, qint64 folderId);
    [[nodiscard]] bool rename(qint64 id, const QString &title);
    [[nodiscard]] bool setPaused(qint64 id, bool paused);
    [[nodiscard]] bool setLoadFullArticle(qint64 id, bool load);
    /// 0 seconds: follow the application setting.
    [[nodiscard]] bool setRefreshInterval(qint64 id, int seconds);
    /// After a permanent redirect. Refused when another source has that URL.
    [[nodiscard]] bool setFeedUrl(qint64 id, const QUrl &feedUrl);
    /// Empty: the source is fetched without a user name.
    [[nodiscard]] bool setUsername(qint64 id, const QString &username);
    /// Stores in one transaction what a person edits: title, feed address (when it differs
    /// from the stored one), refresh interval, paused, full article and user name.
    [[nodiscard]] bool applySettings(const Source &edited);

    /// Stores the validators and times of a successful fetch and clears the error state.
    [[nodiscard]] bool recordFetchSuccess(qint64 id, const FetchSuccess &fetch);
    /// The server said 304: only the times change, and the error state clears.
    [[nodiscard]] bool recordFetchNotModified(qint64 id, const QDateTime &fetchedAt,
                                              const QDateTime &nextFetch);
    /// Keeps the message and counts one more failure in a row.
    [[nodiscard]] bool recordFetchError(qint64 id, const QString &message,
                                        const QDateTime &fetchedAt, const QDateTime &nextFetch);

    /// What went wrong in the last call that failed.
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool fail(const QString &message) const;
    [[nodiscard]] QList<Source> select(const QString &where, const QVariantList &values) const;
    bool update(qint64 id, const QString &assignments, const QVariantList &values);

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
