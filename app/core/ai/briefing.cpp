#include "ai/briefing.h"

#include "ai/summarizer.h"
#include "ai/textvectors.h"
#include "base/logging.h"
#include "storage/articlerepository.h"
#include "storage/articletext.h"
#include "text/headline.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Ai {

namespace {

struct Cluster
{
    QList<qsizetype> members; // indices into the day's rows, oldest first
    QHash<int, double> sum;   // sum of the members' vectors
    double norm = 0;

    [[nodiscard]] double similarity(const SparseVector &vector) const
    {
        if (norm <= 0)
            return 0;
        double product = 0;
        for (const auto &[term, weight] : vector)
            product += weight * sum.value(term);
        return product / norm;
    }

    void add(qsizetype index, const SparseVector &vector)
    {
        members.append(index);
        for (const auto &[term, weight] : vector)
            sum[term] += weight;
        double squares = 0;
        for (const double value : std::as_const(sum))
            squares += value * value;
        norm = std::sqrt(squares);
    }
};

// Today's rows, oldest first: a story then grows from its first report.
QList<Storage::ArticleRow> rowsOfTheDay(const QSqlDatabase &db, const QDateTime &now)
{
    Storage::ArticleFilter filter;
    filter.today = true;
    filter.now = now;
    filter.limit = Briefing::MaxArticles;
    QList<Storage::ArticleRow> rows = Storage::ArticleRepository(db).list(filter);
    const QDateTime nextMidnight(now.date().addDays(1), QTime(0, 0));
    rows.erase(
        std::remove_if(rows.begin(), rows.end(),
                       [&](const Storage::ArticleRow &row) { return row.date >= nextMidnight; }),
        rows.end());
    std::sort(rows.begin(), rows.end(),
              [](const Storage::ArticleRow &a, const Storage::ArticleRow &b) {
                  return a.date != b.date ? a.date < b.date : a.id < b.id;
              });
    return rows;
}

QList<Cluster> cluster(const QList<SparseVector> &vectors)
{
    QList<Cluster> clusters;
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        qsizetype best = -1;
        double bestSimilarity = Briefing::SimilarityThreshold;
        for (qsizetype c = 0; c < clusters.size(); ++c) {
            const double similarity = clusters[c].similarity(vectors[i]);
            if (similarity >= bestSimilarity) {
                best = c;
                bestSimilarity = similarity;
            }
        }
        if (best < 0) {
            clusters.append(Cluster());
            best = clusters.size() - 1;
        }
        clusters[best].add(i, vectors[i]);
    }
    return clusters;
}

QString articleText(const Storage::ArticleRepository &articles, const Storage::ArticleRow &row)
{
    const std::optional<Storage::Article> article = articles.article(row.id);
    if (!article)
        return row.excerpt;
    const QString &html = article->fullContent.isEmpty() ? article->content : article->fullContent;
    return Storage::ArticleText::plainText(article->summary, html);
}

Story makeStory(const Cluster &cluster, const QList<Storage::ArticleRow> &rows,
                const QList<SparseVector> &vectors)
{
    Story story;
    double bestSimilarity = -1;
    for (const qsizetype index : cluster.members) {
        const Storage::ArticleRow &row = rows[index];
        story.articleIds.prepend(row.id);
        if (!story.sourceTitles.contains(row.sourceTitle))
            story.sourceTitles.append(row.sourceTitle);
        if (!story.latest.isValid() || row.date > story.latest)
            story.latest = row.date;
        const double similarity = cluster.similarity(vectors[index]);
        if (similarity > bestSimilarity) {
            bestSimilarity = similarity;
            story.headline = Text::Headline::of(row.title, row.excerpt).title;
            story.leadId = row.id;
        }
    }
    return story;
}

} // namespace

QList<Story> Briefing::build(const QSqlDatabase &db, const QDateTime &now, int maxStories)
{
    if (maxStories <= 0)
        return {};
    const QDateTime day = now.isValid() ? now.toLocalTime() : QDateTime::currentDateTime();
    const QList<Storage::ArticleRow> rows = rowsOfTheDay(db, day);
    if (rows.isEmpty())
        return {};

    QList<QStringList> documents;
    documents.reserve(rows.size());
    for (const Storage::ArticleRow &row : rows) {
        // The title says what the article is about: it counts twice against the excerpt.
        const QStringList title = tokenize(row.title);
        documents.append(title + title + tokenize(row.excerpt));
    }
    const QList<SparseVector> vectors = tfidfVectors(documents);
    const QList<Cluster> clusters = cluster(vectors);

    QList<Story> stories;
    stories.reserve(clusters.size());
    for (const Cluster &cluster : clusters)
        stories.append(makeStory(cluster, rows, vectors));
    std::stable_sort(stories.begin(), stories.end(), [](const Story &a, const Story &b) {
        if (a.sourceTitles.size() != b.sourceTitles.size())
            return a.sourceTitles.size() > b.sourceTitles.size();
        if (a.latest != b.latest)
            return a.latest > b.latest;
        return a.articleIds.size() > b.articleIds.size();
    });
    if (stories.size() > maxStories)
        stories.resize(maxStories);

    // Only the stories shown are summarised: that reads and decompresses their articles.
    const Storage::ArticleRepository articles(db);
    QHash<qint64, const Storage::ArticleRow *> rowById;
    for (const Storage::ArticleRow &row : rows)
        rowById.insert(row.id, &row);
    for (Story &story : stories) {
        QStringList texts;
        for (const qint64 id : std::as_const(story.articleIds))
            texts.append(articleText(articles, *rowById.value(id)));
        // Paragraph breaks keep one article's last sentence from running into the next one's.
        story.summary =
            summarize(texts.join(QLatin1String("\n\n")), story.articleIds.size() > 1 ? 3 : 2);
    }
    qCDebug(lcApp) << "Briefing:" << rows.size() << "articles," << clusters.size() << "stories";
    return stories;
}

} // namespace Ai
