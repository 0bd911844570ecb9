#pragma once

#include "storage/accountmirror.h"
#include "storage/pendingchangerepository.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Sync {

/// One page of a server's articles.
struct ArticlePage
{
    QList<Storage::RemoteArticle> articles;
    int received = 0;  ///< Articles the server sent; the next page's offset adds this.
    bool more = false; ///< Another page follows.
};

/// The server's read and bookmark states. Complete: every unread and every bookmarked
/// article the server keeps, all others read and not bookmarked. Not complete (a client's
/// changedStates()): \a unread lists the unread articles of \a unreadSources only, \a read
/// articles read on the server (of any source); the others kept their states.
struct ArticleStates
{
    QStringList unread;
    QStringList bookmarked;
    bool complete = true;
    QStringList unreadSources; ///< Server ids of the sources \a unread covers when not complete.
    QStringList read;          ///< When not complete: articles known to be read.
};

/// The read states a library last confirmed with its server, so that a client can ask only
/// for what changed since.
struct KnownStates
{
    QDateTime lastSync;                 ///< The last sync that brought all states; invalid: none.
    QSet<QString> unread;               ///< Server ids of the articles confirmed unread.
    QHash<QString, int> unreadBySource; ///< Confirmed unread articles per source server id.
};

/// What a sync needs from a server, whatever its protocol (Tiny Tiny RSS now, the Google Reader
/// API next). A client lives on the thread that owns its QNetworkAccessManager; every call ends
/// in exactly one call of its callback, from the event loop, unless the client is destroyed
/// first. A callback's \a error is empty on success, else a sentence a person understands.
/// Article HTML handed out is sanitized. Logging in happens by itself when a call needs it,
/// and again once when the server forgot the session.
class AccountClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountClient)

public:
    using Done = std::function<void(const QString &error)>;
    template<typename Value>
    using Reply = std::function<void(const QString &error, const Value &value)>;

    using QObject::QObject;
    ~AccountClient() override = default;

    /// Logs in (again), and learns what the server can do.
    virtual void logIn(Done done) = 0;
    /// The server's API level after a login; 0 before.
    [[nodiscard]] virtual int apiLevel() const = 0;

    virtual void folders(Reply<QList<Storage::RemoteFolder>> done) = 0;
    virtual void sources(Reply<QList<Storage::RemoteSource>> done) = 0;
    /// Articles whose server id is above \a sinceId, with their content, a page at a time:
    /// \a offset counts the articles of the earlier pages.
    virtual void articles(qint64 sinceId, int offset, Reply<ArticlePage> done) = 0;
    /// Whether articles() wants to know which articles the library holds already: a server
    /// that lists ids first (the Google Reader API) then fetches the content of the others
    /// only, where \a sinceId means nothing.
    [[nodiscard]] virtual bool wantsStoredIds() const { return false; }
    /// The server ids of the articles the library holds, given before the first articles()
    /// of a sync when wantsStoredIds().
    virtual void setStoredIds(QSet<QString> ids) { Q_UNUSED(ids) }
    /// Whether articles() from server id 0 lists every article the server keeps, with its
    /// states: a sync that fetched them all then needs no state pass.
    [[nodiscard]] virtual bool listsEveryArticleWithStates() const { return false; }
    /// How many pages of articles() a sync may ask for at once, by offset; 1: one after the
    /// other (a server that pages by continuation token).
    [[nodiscard]] virtual int parallelPages() const { return 1; }
    /// Every state the server keeps (a complete ArticleStates).
    virtual void articleStates(Reply<ArticleStates> done) = 0;
    /// The states that may differ from \a known; a client that cannot tell gives them all.
    virtual void changedStates(const KnownStates &known, Reply<ArticleStates> done)
    {
        Q_UNUSED(known);
        articleStates(std::move(done));
    }

    /// Sets one state (Read or Bookmark) of several articles to \a value.
    virtual void setArticleStates(Storage::ChangeKind state, bool value,
                                  const QStringList &articleIds, Done done) = 0;
    /// Subscribes; the reply is the new source's server id.
    virtual void subscribe(const QUrl &feedUrl, const QString &folderId, Reply<QString> done) = 0;
    virtual void unsubscribe(const QString &sourceId, Done done) = 0;
    virtual void move(const QString &sourceId, const QString &folderId, Done done) = 0;
    virtual void rename(const QString &sourceId, const QString &title, Done done) = 0;
    /// Marks every article of a source read on the server.
    virtual void markSourceRead(const QString &sourceId, Done done) = 0;
};

} // namespace Sync
