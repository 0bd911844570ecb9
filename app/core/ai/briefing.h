#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Ai {

/// One story of the daily briefing: the articles of one or more sources about the same event.
struct Story
{
    QString headline;         ///< The title of the article closest to the story's centre
                              ///< (for an untitled post, its first sentence: Text::Headline).
    qint64 leadId = 0;        ///< That article, the story's lead.
    QList<qint64> articleIds; ///< Newest first.
    QStringList sourceTitles; ///< Distinct, in the order they reported it.
    QDateTime latest;         ///< The newest article's date.
    QStringList summary;      ///< 2–3 sentences taken from the articles' texts.
};

/// The day's news as stories: today's articles grouped by what they are about and ranked by
/// how many sources reported them, then by how recent they are. Runs offline.
class Briefing final
{
public:
    /// Articles whose TF-IDF vectors (title and excerpt) have at least this cosine similarity
    /// with a story's centroid join the story.
    static constexpr double SimilarityThreshold = 0.25;
    /// The newest articles of the day that are grouped; a busier day is cut there.
    static constexpr int MaxArticles = 1000;

    /// The stories of the local day of \a now (a null \a now: the current time), from the
    /// library on \a db, at most \a maxStories of them; empty when the day has no articles or
    /// the library cannot be read.
    [[nodiscard]] static QList<Story> build(const QSqlDatabase &db, const QDateTime &now,
                                            int maxStories = 10);
};

} // namespace Ai
