#include "storage/airesultrepository.h"

#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace Storage {

using SqlValues::exec;
using SqlValues::nonNull;

namespace {

const char *const KeyCondition =
    "article_id = ? AND feature = ? AND provider = ? AND model = ? AND target_language = ?";

// The key's columns are NOT NULL: empty texts bind as '', so that the primary key matches.
void bindKey(QSqlQuery &query, const AiResultKey &key)
{
    query.addBindValue(key.articleId);
    query.addBindValue(nonNull(key.feature));
    query.addBindValue(nonNull(key.provider));
    query.addBindValue(nonNull(key.model));
    query.addBindValue(nonNull(key.targetLanguage));
}

} // namespace

AiResultRepository::AiResultRepository(QSqlDatabase database) : m_database(std::move(database))
{}

std::optional<AiResult> AiResultRepository::find(const AiResultKey &key, QString *error) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT result, created_at FROM ai_results WHERE ") +
                  QLatin1String(KeyCondition));
    bindKey(query, key);
    if (!exec(query, error) || !query.next())
        return std::nullopt;
    return AiResult{query.value(0).toString(), SqlValues::toDateTime(query.value(1))};
}

bool AiResultRepository::store(const AiResultKey &key, const AiResult &result, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO ai_results (article_id, feature, "
                                 "provider, model, target_language, result, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindKey(query, key);
    query.addBindValue(nonNull(result.text));
    query.addBindValue(result.createdAt.toSecsSinceEpoch());
    return exec(query, error);
}

bool AiResultRepository::remove(const AiResultKey &key, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM ai_results WHERE ") + QLatin1String(KeyCondition));
    bindKey(query, key);
    return exec(query, error);
}

bool AiResultRepository::removeArticle(qint64 articleId, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM ai_results WHERE article_id = ?"));
    query.addBindValue(articleId);
    return exec(query, error);
}

} // namespace Storage
