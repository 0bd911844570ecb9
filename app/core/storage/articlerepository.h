#pragma once

#include "feeds/feed.h"
#include "storage/preparedarticle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Storage {

class Transaction;

/// Which articles a list shows. Scope: a source, else a folder with its subfolders, else all.
struct ArticleFilter
{
    qint64 sourceId = 0;
    qint64 folderId = 0; ///< Sources in this folder and in its subfolders, at any depth.
    bool unreadOnly = false;
    bool bookmarkedOnly = false;
    bool today = false; ///< Dated on or after the local midnight that began \a now.
    QDateTime now;      ///< For \a today; null: the current time.
    QString search;     ///< A person's search text, see SearchQuery; empty: no search.
    /// Only the articles rules hid or mute words hide (the Hidden view); otherwise those are
    /// left out.
    bool hiddenOnly = false;
    qint64 tagId = 0; ///< Only articles carrying this tag; 0: any.
    int limit = -1;   ///< -1: no limit.
    int offset = 0;
};

/// An article as a list shows it.
struct ArticleRow
{
    qint64 id = 0;
    qint64 sourceId = 0; ///< 0 once the source has been removed (bookmarks outlive it).
    QString sourceTitle;
    QString title;
    QString link;
    QString author;
    QDateTime date; ///< Published, or first seen when the feed gave no date (or a future one).
    bool read = false;
    bool bookmarked = false;
    QString excerpt; ///< The start of the plain text, about 200 characters.
    QString imageUrl;
    QString highlight; ///< A rule's colour (#rrggbb) for the row; empty for none.
    QStringList tags;  ///< Sorted by name.
};

/// Everything stored about one article.
struct Article
{
    ArticleRow row;
    QString guid;
    QDateTime published;
    QDateTime updated;
    QDateTime firstSeen;
    QDateTime bookmarkedAt;
    QString summary; ///< Sanitized HTML.
    QString content; ///< Sanitized HTML.
    QString fullContent;
    QString commentsUrl;
    QString commentFeedUrl;
    int commentCount = -1;  ///< -1 when unknown.
    QStringList categories; ///< The feed's tags, in its order.
    QList<Feeds::Enclosure> enclosures;

    /// What to read: the full article when it was loaded, else the content, else the summary.
    [[nodiscard]] const QString &body() const
    {
        return !fullContent.isEmpty() ? fullContent : !content.isEmpty() ? content : summary;
    }
};

/// A new article as it was stored: what rules look at on the ingest thread, without reading
/// it back.
struct AddedArticle
{
    qint64 id = 0;
    qsizetype item = 0; ///< Its index among the feed's items.
    QString text;       ///< The plain text that was indexed.
};

/// What storing a feed did to the library.
struct StoreResult
{
    int added = 0;
    int updated = 0;   ///< Known articles whose content changed, rewritten in place.
    int unchanged = 0; ///< Known articles left exactly as they were (also: pruned ones).
    QList<qint64> addedIds;
    QList<AddedArticle> addedArticles; ///< The same articles as addedIds, in detail.
};

/// How much history to keep. An article goes when it is read and has been in the library, and
/// was published, more than maxAgeDays ago; or when it is beyond the newest perSourceCap
/// non-bookmarked articles of its source (read or not). Bookmarked articles always stay.
/// 0 turns a limit off.
struct RetentionPolicy
{
    int maxAgeDays = 90;
    int perSourceCap = 1000;
    /// A pruned article's identity is remembered, so a feed that still lists it does not bring
    /// it back as new, until no fetch has seen it for this many days.
    int forgetPrunedAfterDays = 30;
};

/// One source's freshly parsed feed, for storing.
struct SourceFeed
{
    qint64 sourceId = 0;
    Feeds::Feed feed;
    /// One per item when worked out ahead (see prepareArticles()); empty: worked out while
    /// storing, each feed while the one before it is written.
    QList<PreparedArticle> prepared;
};

/// The articles. Works on the connection it is given, on the thread that owns it; every
/// write is one transaction (a savepoint when the caller already has one open).
///
/// Identity: within a source, an item is the article with the same guid; without a guid, the
/// one with the same link; without either, the one with the same title and text. A known
/// article whose content changed is rewritten in place and keeps its read and bookmark state;
/// an unchanged one is not written at all.
class ArticleRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::ArticleRepository)

public:
    explicit ArticleRepository(QSqlDatabase database);

    /// Stores a source's feed in one transaction. \a now is the arrival time of new items.
    [[nodiscard]] std::optional<StoreResult> store(qint64 sourceId, const Feeds::Feed &feed,
                                                   const QDateTime &now);
    /// Stores several sources' feeds in one transaction; the result is the sum.
    [[nodiscard]] std::optional<StoreResult> storeMany(const QList<SourceFeed> &feeds,
                                                       const QDateTime &now);
    /// Stores a source's feed inside \a open, the caller's transaction, without a savepoint of
    /// its own: FTS5 writes out its pending terms at every savepoint, and an index segment per
    /// feed makes indexing several times slower than one per batch of feeds. After a failure
    /// the caller must roll \a open back, since part of the feed may have been written.
    [[nodiscard]] std::optional<StoreResult>
    storeInto(const Transaction &open, const SourceFeed &feed, const QDateTime &now);
    /// Makes room in the search queue: deletes the entries the index has taken in. For a
    /// writer to call before it begins a transaction that stores (store() and storeMany() do):
    /// inside one, its look at the index would hold a snapshot of the index until the
    /// transaction ends, and the indexer could not empty the index's log meanwhile.
    void pruneSearchQueue();
    /// The content hashes stored for those of \a items the source has, by identity: what
    /// prepareArticles() needs to leave unchanged items alone. Read only, so any connection
    /// will do; nullopt on failure.
    [[nodiscard]] std::optional<StoredHashes> storedHashes(qint64 sourceId,
                                                           const QList<Feeds::Item> &items) const;
    /// Applies \a policy; also drops non-bookmarked articles whose source is gone. Returns the
    /// number of articles removed, or -1 on failure.
    [[nodiscard]] int prune(const RetentionPolicy &policy, const QDateTime &now);

    [[nodiscard]] bool setRead(qint64 id, bool read);
    [[nodiscard]] bool setReadForIds(const QList<qint64> &ids, bool read);
    /// Marks every unread article the filter selects (limit and offset ignored) as read and
    /// returns their ids, for Undo through setReadForIds(ids, false).
    [[nodiscard]] std::optional<QList<qint64>> markAllRead(const ArticleFilter &filter);
    /// Sets or clears the bookmark and its time (\a now; null: the current time). An article
    /// whose source is gone is pruned once it is no longer bookmarked.
    [[nodiscard]] bool setBookmarked(qint64 id, bool bookmarked, const QDateTime &now = {});
    /// Stores the sanitized HTML of the article's web page ("Load full article"), compressed;
    /// an empty \a html clears it. Not part of the search index.
    [[nodiscard]] bool setFullContent(qint64 id, const QString &html);

    /// The filter's articles, newest first.
    [[nodiscard]] QList<ArticleRow> list(const ArticleFilter &filter) const;
    /// Only the ids, in list() order: a long view opens with these and reads rows on demand.
    [[nodiscard]] QList<qint64> ids(const ArticleFilter &filter) const;
    /// The rows of \a ids, in the same order; ids that no longer exist are skipped.
    [[nodiscard]] QList<ArticleRow> rows(const QList<qint64> &ids) const;
    [[nodiscard]] std::optional<Article> article(qint64 id) const;
    /// How many articles the filter selects (limit and offset ignored); -1 on failure.
    [[nodiscard]] int count(const ArticleFilter &filter) const;

    /// What went wrong in the last call that failed.
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool fail(const QString &message) const;
    bool storeAll(const QList<SourceFeed> &feeds, const QDateTime &now, StoreResult *result);

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
