#include "ai/resultcache.h"

#include "base/logging.h"

namespace Ai {

namespace {

// Only a translation has a target language; the other answers are the same in every one.
Storage::AiResultKey storedKey(const ResultKey &key)
{
    return {key.articleId, featureName(key.feature), key.providerId, key.model,
            key.feature == Feature::Translate ? key.targetLanguage.trimmed() : QString()};
}

} // namespace

ResultCache::ResultCache(QSqlDatabase database) : m_results(std::move(database))
{}

std::optional<CachedResult> ResultCache::find(const ResultKey &key) const
{
    QString error;
    const std::optional<Storage::AiResult> found = m_results.find(storedKey(key), &error);
    if (!error.isEmpty())
        fail(error);
    if (!found)
        return std::nullopt;
    return CachedResult{found->text, found->createdAt};
}

bool ResultCache::store(const ResultKey &key, const QString &result, const QDateTime &now)
{
    const QDateTime when = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    QString error;
    return m_results.store(storedKey(key), {result, when}, &error) || fail(error);
}

bool ResultCache::remove(const ResultKey &key)
{
    QString error;
    return m_results.remove(storedKey(key), &error) || fail(error);
}

bool ResultCache::removeArticle(qint64 articleId)
{
    QString error;
    return m_results.removeArticle(articleId, &error) || fail(error);
}

bool ResultCache::fail(const QString &message) const
{
    m_errorMessage = tr("The saved AI answers could not be read or written: %1").arg(message);
    qCWarning(lcStorage) << m_errorMessage;
    return false;
}

} // namespace Ai
