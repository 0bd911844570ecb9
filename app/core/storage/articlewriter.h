#pragma once

#include "storage/articlerepository.h"
#include "storage/preparedarticle.h"

#include <QSqlQuery>

#include <optional>

namespace Storage {

class RecentIndexTexts;

/// Stores feed items inside a transaction the caller holds, with its statements prepared once
/// and reused for every item. Internal to ArticleRepository.
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
    bool store(qint64 sourceId, const Feeds::Item &item, const QDateTime &now, StoreResult *result,
               PreparedArticle &prepared);
    bool prepare(QSqlQuery &query, const char *sql);
    bool exec(QSqlQuery &query);
    void bindContent(QSqlQuery &query, int first, const Feeds::Item &item,
                     const PreparedArticle &values, const QVariant &updated);
    bool writeEnclosures(qint64 articleId, const Feeds::Item &item, bool replace);
    /// True when retention removed this identity and the feed still lists it.
    bool wasPruned(qint64 sourceId, const QString &identity, qint64 now);
    /// The story an article of \a sourceId with these keys joins (see 006_saved_searches.sql):
    /// a null QVariant when it starts its own.
    QVariant storyOf(qint64 sourceId, const QVariant &linkKey, const QVariant &titleKey,
                     qint64 now);

    RecentIndexTexts &m_indexTexts;
    QSqlQuery m_find;
    QSqlQuery m_findPruned;
    QSqlQuery m_touchPruned;
    QSqlQuery m_insert;
    QSqlQuery m_index;
    QSqlQuery m_update;
    QSqlQuery m_deleteEnclosures;
    QSqlQuery m_insertEnclosure;
    QSqlQuery m_findStoryByLink;
    QSqlQuery m_findStoryByTitle;
    QString m_errorMessage;
    qint64 m_firstSeenMax = 0; ///< Of the last article stored; see the schema.
    bool m_valid = true;
};

} // namespace Storage
