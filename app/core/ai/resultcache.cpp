#include "resultcache.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Ai {

namespace {

// NOT NULL columns: an empty string, never NULL, so that the primary key matches.
QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QString languageOf(const ResultKey &key)
{
    return key.feature == Feature::Translate ? text(key.targetLanguage.trimmed())
                                             : QString(QLatin1String(""));
}

void bindKey(QSqlQuery &query, const ResultKey &key)
{
    query.addBindValue(key.articleId);
    query.addBindValue(featureName(key.feature));
    query.addBindValue(text(key.providerId));
    query.addBindValue(text(key.model));
    query.addBindValue(languageOf(key));
}

const char *const KeyCondition =
    "article_id = ? AND feature = ? AND provider = ? AND model = ? AND target_language = ?";

} // namespace

ResultCache::ResultCache(QSqlDatabase database) : m_database(std::move(database))
{}

std::optional<CachedResult> ResultCache::find(const ResultKey &key) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT result, created_at FROM ai_results WHERE ") +
                  QLatin1String(KeyCondition));
    bindKey(query, key);
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return CachedResult{query.value(0).toString(),
                        QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC)};
}

bool ResultCache::store(const ResultKey &key, const QString &result, const QDateTime &now)
{
    const QDateTime when = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO ai_results (article_id, feature, "
                                 "provider, model, target_language, result, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindKey(query, key);
    query.addBindValue(text(result));
    query.addBindValue(when.toSecsSinceEpoch());
    if (!query.exec())
        return fail(query.lastError().text());
    return true;
}

bool ResultCache::remove(const ResultKey &key)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM ai_results WHERE ") + QLatin1String(KeyCondition));
    bindKey(query, key);
    if (!query.exec())
        return fail(query.lastError().text());
    return true;
}

bool ResultCache::removeArticle(qint64 articleId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM ai_results WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!query.exec())
        return fail(query.lastError().text());
    return true;
}

bool ResultCache::fail(const QString &message) const
{
    m_errorMessage = tr("The saved AI answers could not be read or written: %1").arg(message);
    qCWarning(lcStorage) << m_errorMessage;
    return false;
}

} // namespace Ai
