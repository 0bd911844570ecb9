#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Storage {

/// Stories: articles of several sources that tell the same thing (see 006_saved_searches.sql).
/// Works on the connection it is given, on the thread that owns it.
class StoryRepository final
{
public:
    explicit StoryRepository(QSqlDatabase database);

    /// Every article that joined another's story, with that story (the id of its first
    /// article); an article missing here is the first of its story, or alone. Reads one small
    /// index; nullopt on failure.
    [[nodiscard]] std::optional<QHash<qint64, qint64>> joinedArticles() const;
    /// The same, for \a ids only (a short page of a list).
    [[nodiscard]] std::optional<QHash<qint64, qint64>>
    joinedArticles(const QList<qint64> &ids) const;
    /// Every article of the story \a articleId belongs to, itself included, oldest first.
    [[nodiscard]] QList<qint64> storyOf(qint64 articleId) const;
    /// Makes \a articleIds one story, with the stories they are already in (the briefing's
    /// clusters). The oldest story gives its id to the others.
    [[nodiscard]] bool join(const QList<qint64> &articleIds);

    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    [[nodiscard]] std::optional<QHash<qint64, qint64>> read(const QString &sql) const;

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
