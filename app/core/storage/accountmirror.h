#pragma once

#include "feeds/feed.h"
#include "storage/articlerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Storage {

/// A folder (category) as a server lists it.
struct RemoteFolder
{
    QString id;
    QString title;
};

/// A source (feed) as a server lists it.
struct RemoteSource
{
    QString id;
    QString folderId; ///< Empty: top level.
    QString title;
    QUrl feedUrl;
    QUrl siteUrl;
};

/// An article as a server gives it; item holds sanitized HTML (see Feeds::sanitizeItems()).
struct RemoteArticle
{
    QString id;
    QString sourceId;
    Feeds::Item item;
    bool read = false;
    bool bookmarked = false;
};

/// Writes what a server says into its account's folders, sources and articles. Works on the
/// connection it is given, on the thread that owns it; each call is one transaction (a
/// savepoint inside the caller's).
///
/// The rule of every state written here: a server state never overwrites a local change still
/// waiting to be sent (an article whose state differs from the one its server last confirmed);
/// it only becomes the confirmed state.
class AccountMirror final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::AccountMirror)

public:
    explicit AccountMirror(QSqlDatabase database);

    /// Adds and renames the account's folders, and removes the ones the server no longer has
    /// (their sources stay, at the top level, until replaceSources()).
    [[nodiscard]] bool replaceFolders(qint64 accountId, const QList<RemoteFolder> &folders);
    /// Adds, renames and moves the account's sources, and removes the ones the server no longer
    /// has (their articles go, except bookmarked ones). Sources added locally and not yet
    /// known to the server stay.
    [[nodiscard]] bool replaceSources(qint64 accountId, const QList<RemoteSource> &sources);
    /// Stores new and changed articles of the account's sources; articles of sources it does
    /// not know are skipped. Nothing is stored twice: an article is known by its server id.
    [[nodiscard]] std::optional<StoreResult>
    storeArticles(qint64 accountId, const QList<RemoteArticle> &articles, const QDateTime &now);
    /// The server's read and bookmark states of every article of the account: the unread ones
    /// and the bookmarked ones by server id, all others read and not bookmarked.
    [[nodiscard]] bool applyStates(qint64 accountId, const QStringList &unreadIds,
                                   const QStringList &bookmarkedIds, const QDateTime &now);

    /// The server ids of the account's articles, or nothing (see errorMessage()).
    [[nodiscard]] std::optional<QSet<QString>> remoteArticleIds(qint64 accountId) const;

    /// Like applyStates(), for part of the articles: \a readIds are read on the server, and
    /// \a unreadIds are the unread ones of the sources \a unreadSourceIds (server ids), whose
    /// other articles are read; \a bookmarkedIds are all the bookmarked ones.
    [[nodiscard]] bool applyPartialStates(qint64 accountId, const QStringList &readIds,
                                          const QStringList &unreadSourceIds,
                                          const QStringList &unreadIds,
                                          const QStringList &bookmarkedIds, const QDateTime &now);

    /// An article its server last confirmed unread: its server id and its source's.
    struct ConfirmedUnread
    {
        QString articleId;
        QString sourceId;
    };
    /// The articles of the account its server last confirmed unread.
    [[nodiscard]] std::optional<QList<ConfirmedUnread>> confirmedUnread(qint64 accountId);

    /// What went wrong in the last call that failed.
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool fail(const QString &message) const;
    bool removeMissing(const char *table, qint64 accountId, const QStringList &ids);
    /// \a sourceIds (server ids), when given, limit the read state to those sources.
    bool applyState(qint64 accountId, const QStringList &trueIds, bool readState,
                    const QDateTime &now, const QStringList *sourceIds = nullptr);
    bool markRead(qint64 accountId, const QStringList &readIds);
    bool setArticleStates(qint64 sourceId, const RemoteArticle &article, const QDateTime &now);

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
