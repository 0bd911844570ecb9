#pragma once

#include "ai/provider.h"
#include "storage/airesultrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Ai {

/// What a cached answer is an answer to.
struct ResultKey
{
    qint64 articleId = 0;
    Feature feature = Feature::Summary;
    QString providerId;     ///< Provider::id()
    QString model;          ///< Provider::model(); empty for the built-in summarizer.
    QString targetLanguage; ///< Translations only; ignored for the other features.
};

struct CachedResult
{
    QString text;
    QDateTime createdAt;
};

/// Answers of the AI providers in the library database (table ai_results), so an article goes
/// to a model once per feature, provider, model and target language. Rows go with their article
/// and when its text changes. Works on the connection it is given, on the thread that owns it.
class ResultCache final
{
    Q_DECLARE_TR_FUNCTIONS(Ai::ResultCache)

public:
    explicit ResultCache(QSqlDatabase database);

    /// The stored answer, or nothing (also on failure: see errorMessage()).
    [[nodiscard]] std::optional<CachedResult> find(const ResultKey &key) const;
    /// Stores or replaces the answer; \a now defaults to the current time.
    [[nodiscard]] bool store(const ResultKey &key, const QString &text, const QDateTime &now = {});
    [[nodiscard]] bool remove(const ResultKey &key);
    /// Every answer about one article, e.g. when its text was fetched again.
    [[nodiscard]] bool removeArticle(qint64 articleId);

    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool fail(const QString &message) const;

    Storage::AiResultRepository m_results;
    mutable QString m_errorMessage;
};

} // namespace Ai
