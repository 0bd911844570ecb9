#include "storage/relatedarticlesquery.h"

#include "base/logging.h"
#include "storage/articletext.h"

#include <QSqlError>

namespace Storage {

namespace {

// Single words as an FTS5 string: tokens hold no quotes, but a stray one must not become syntax.
QString quoted(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage) << "related articles:" << query.lastError().text();
    return false;
}

bool prepare(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    if (query.prepare(sql))
        return true;
    qCWarning(lcStorage) << "related articles:" << query.lastError().text();
    return false;
}

} // namespace

RelatedArticlesQuery::RelatedArticlesQuery(QSqlDatabase database)
    : m_database(std::move(database)), m_frequency(m_database), m_titleOrText(m_database)
{}

std::optional<RelatedArticlesQuery::IndexedText> RelatedArticlesQuery::indexedText(qint64 articleId)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT title, summary, content FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    // The same plain text the index holds (see ArticleWriter).
    return IndexedText{query.value(0).toString(),
                       ArticleText::plainText(ArticleText::decompress(query.value(1)),
                                              ArticleText::decompress(query.value(2)))};
}

std::optional<qint64> RelatedArticlesQuery::articlesWithWord(const QString &word, qint64 limit)
{
    // Counting stops at the limit: a frequent word costs no more than a rare one.
    if (!m_frequencyPrepared) {
        if (!prepare(m_frequency, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM articles_fts"
                                                 " WHERE articles_fts MATCH ? LIMIT ?)")))
            return std::nullopt;
        m_frequencyPrepared = true;
    }
    m_frequency.bindValue(0, quoted(word));
    m_frequency.bindValue(1, limit);
    if (!exec(m_frequency) || !m_frequency.next())
        return std::nullopt;
    const qint64 articles = m_frequency.value(0).toLongLong();
    m_frequency.finish();
    return articles;
}

std::optional<QList<RelatedArticlesQuery::Match>>
RelatedArticlesQuery::bestMatches(const QStringList &words, qint64 excludedId, int limit,
                                  ColumnWeights weights)
{
    QStringList phrases;
    for (const QString &word : words)
        phrases.append(quoted(word));
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid, bm25(articles_fts, %1, 0.0, %2) AS score"
                                 " FROM articles_fts WHERE articles_fts MATCH ? AND rowid != ?"
                                 " ORDER BY score LIMIT ?")
                      .arg(weights.title)
                      .arg(weights.text));
    const QString match =
        QLatin1String("{title text} : (") + phrases.join(QLatin1String(" OR ")) + QLatin1Char(')');
    query.addBindValue(match);
    query.addBindValue(excludedId);
    query.addBindValue(limit);
    if (!exec(query))
        return std::nullopt;
    QList<Match> matches;
    while (query.next()) {
        // bm25() is negative, the better match the lower.
        matches.append({query.value(0).toLongLong(), -query.value(1).toDouble()});
    }
    return matches;
}

std::optional<QList<qint64>>
RelatedArticlesQuery::articlesWithWordInTitleOrText(const QString &word)
{
    // Walking a word's matches is faster than looking up each of a set of articles:
    // "rowid IN (...)" makes FTS5 parse and seek once per id.
    if (!m_titleOrTextPrepared) {
        if (!prepare(m_titleOrText,
                     QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?")))
            return std::nullopt;
        m_titleOrTextPrepared = true;
    }
    m_titleOrText.bindValue(0, QString(QLatin1String("{title text} : ") + quoted(word)));
    if (!exec(m_titleOrText))
        return std::nullopt;
    QList<qint64> ids;
    while (m_titleOrText.next())
        ids.append(m_titleOrText.value(0).toLongLong());
    m_titleOrText.finish();
    return ids;
}

std::optional<qint64> RelatedArticlesQuery::sourceOf(qint64 articleId)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT source_id FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace Storage
