#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Storage {

/// What a stored AI answer is an answer to: the primary key of table ai_results.
struct AiResultKey
{
    qint64 articleId = 0;
    QString feature; ///< "summary", "key-points", "translate"
    QString provider;
    QString model;          ///< Empty for providers without models.
    QString targetLanguage; ///< Empty unless the answer is a translation.
};

struct AiResult
{
    QString text;
    QDateTime createdAt;
};

/// The answers of AI providers (table ai_results). Rows go with their article, and when its
/// text changes (a trigger of the schema). Works on the connection it is given, on the thread
/// that owns it. On failure the functions set \a error to the driver's message.
class AiResultRepository final
{
public:
    explicit AiResultRepository(QSqlDatabase database);

    /// The stored answer; nullopt when there is none, or on failure.
    [[nodiscard]] std::optional<AiResult> find(const AiResultKey &key, QString *error) const;
    /// Stores or replaces the answer.
    [[nodiscard]] bool store(const AiResultKey &key, const AiResult &result, QString *error);
    [[nodiscard]] bool remove(const AiResultKey &key, QString *error);
    /// Every answer about one article.
    [[nodiscard]] bool removeArticle(qint64 articleId, QString *error);

private:
    QSqlDatabase m_database;
};

} // namespace Storage
