#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace Storage {

/// The library queries behind Reading::RelatedArticles: an article's indexed text, and lookups
/// of single words in the full-text index. Works on the connection it is given, on the thread
/// that owns it; the per-word queries are prepared once and reused for every word. Failures are
/// logged and answered with nullopt.
class RelatedArticlesQuery final
{
public:
    /// An article's words as the full-text index holds them.
    struct IndexedText
    {
        QString title;
        QString text; ///< The plain text of summary and content (see ArticleText::plainText).
    };

    /// bm25() weights of the indexed columns title and text (the author's counts for nothing).
    struct ColumnWeights
    {
        double title = 1.0;
        double text = 1.0;
    };

    struct Match
    {
        qint64 id = 0;
        double relevance = 0; ///< bm25, the higher the better.
    };

    explicit RelatedArticlesQuery(QSqlDatabase database);
    Q_DISABLE_COPY_MOVE(RelatedArticlesQuery)

    /// Nullopt for an unknown article.
    [[nodiscard]] std::optional<IndexedText> indexedText(qint64 articleId);
    /// How many articles hold \a word in any indexed column, counted no further than \a limit.
    [[nodiscard]] std::optional<qint64> articlesWithWord(const QString &word, qint64 limit);
    /// The \a limit best matches of any of \a words in titles and texts, best first, without
    /// the article \a excludedId.
    [[nodiscard]] std::optional<QList<Match>>
    bestMatches(const QStringList &words, qint64 excludedId, int limit, ColumnWeights weights);
    /// Every article holding \a word in its title or text, in no particular order.
    [[nodiscard]] std::optional<QList<qint64>> articlesWithWordInTitleOrText(const QString &word);
    /// The article's source; 0 once the source is removed, nullopt for an unknown article.
    [[nodiscard]] std::optional<qint64> sourceOf(qint64 articleId);

private:
    QSqlDatabase m_database;
    QSqlQuery m_frequency;
    QSqlQuery m_titleOrText;
    bool m_frequencyPrepared = false;
    bool m_titleOrTextPrepared = false;
};

} // namespace Storage
