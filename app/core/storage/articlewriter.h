#pragma once

#include "storage/articlerepository.h"
#include "storage/preparedarticle.h"
#include "storage/sqliteconnection.h"

#include <optional>

struct sqlite3;

namespace Storage {

class RecentIndexTexts;

/// Stores feed items inside a transaction the caller holds, with its statements prepared once
/// and reused for every item. Internal to ArticleRepository.
///
/// It runs for every item a refresh brings, on the one thread that may write the library, so
/// its statements are SQLite's own on the Qt connection's handle: Qt SQL's QVariants and
/// bookkeeping cost more than SQLite does for most of them.
class ArticleWriter final
{
public:
    explicit ArticleWriter(const QSqlDatabase &database);

    /// False when the statements could not be prepared (errorMessage() says why).
    [[nodiscard]] bool isValid() const { return m_valid; }
    /// Stores every item of one feed; \a prepared has one entry per item, see
    /// prepareArticles().
    [[nodiscard]] bool storeAll(qint64 sourceId, const QList<Feeds::Item> &items,
                                QList<PreparedArticle> prepared, const QDateTime &now,
                                StoreResult *result);
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    /// What find() learns of an item already stored.
    struct Stored
    {
        qint64 id = 0;
        qint64 contentHash = 0;
    };

    bool store(qint64 sourceId, const Feeds::Item &item, const QDateTime &now, StoreResult *result,
               PreparedArticle &prepared);
    /// Runs \a statement to its end and resets it; false with errorMessage() set on failure.
    bool run(SqliteStatement &statement);
    /// The first row of \a statement, which the caller reads and then resets.
    bool fetch(SqliteStatement &statement, bool *found);
    bool fail();
    /// False on failure; *stored empty when the source has no article of this identity.
    bool find(qint64 sourceId, const QString &identity, std::optional<Stored> *stored);
    bool insert(qint64 sourceId, const Feeds::Item &item, const PreparedArticle &values,
                qint64 firstSeen, qint64 *id);
    bool update(qint64 id, const Feeds::Item &item, const PreparedArticle &values,
                const QDateTime &now);
    void bindContent(SqliteStatement &statement, int first, const Feeds::Item &item,
                     const PreparedArticle &values, std::optional<qint64> updated);
    bool writeEnclosures(qint64 articleId, const Feeds::Item &item, bool replace);
    /// True when retention removed this identity and the feed still lists it.
    bool wasPruned(qint64 sourceId, const QString &identity, qint64 now);
    /// The story an article of \a sourceId with these keys joins (see 006_saved_searches.sql):
    /// none when it starts its own.
    std::optional<qint64> storyOf(qint64 sourceId, std::optional<qint64> linkKey,
                                  std::optional<qint64> titleKey, qint64 now);

    sqlite3 *m_handle = nullptr;
    RecentIndexTexts &m_indexTexts;
    SqliteStatement m_find;
    SqliteStatement m_findPruned;
    SqliteStatement m_touchPruned;
    SqliteStatement m_insert;
    SqliteStatement m_enqueue;
    SqliteStatement m_update;
    SqliteStatement m_deleteEnclosures;
    SqliteStatement m_insertEnclosure;
    SqliteStatement m_findStoryByLink;
    SqliteStatement m_findStoryByTitle;
    QString m_errorMessage;
    qint64 m_firstSeenMax = 0; ///< Of the last article stored; see the schema.
    bool m_valid = true;
};

} // namespace Storage
