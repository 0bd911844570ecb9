#include "ai/summarizer.h"

#include "ai/textrank.h"
#include "ai/textvectors.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace Ai {

namespace {

// The graph is quadratic in sentences: longer texts are ranked on their first ones, where news
// puts what matters.
constexpr qsizetype MaxRankedSentences = 300;
// A sentence this similar to one already chosen repeats it (syndicated copies, restatements).
constexpr double RedundancyThreshold = 0.65;

struct RankedText
{
    QStringList sentences;
    QList<SparseVector> vectors;
    QList<qsizetype> order; // sentence indices, most central first
};

RankedText rank(QStringList sentences)
{
    RankedText ranked;
    ranked.sentences = std::move(sentences);
    if (ranked.sentences.size() > MaxRankedSentences)
        ranked.sentences.resize(MaxRankedSentences);
    QList<QStringList> tokens;
    tokens.reserve(ranked.sentences.size());
    for (const QString &sentence : std::as_const(ranked.sentences))
        tokens.append(tokenize(sentence));
    ranked.vectors = tfidfVectors(tokens);
    const QList<double> scores = TextRank::scores(ranked.vectors);
    ranked.order.resize(ranked.sentences.size());
    std::iota(ranked.order.begin(), ranked.order.end(), qsizetype(0));
    std::stable_sort(ranked.order.begin(), ranked.order.end(),
                     [&scores](qsizetype a, qsizetype b) { return scores[a] > scores[b]; });
    return ranked;
}

// The first \a count sentences of the ranking that do not repeat one taken before; when too
// few remain, the repeats fill up.
QList<qsizetype> pick(const RankedText &ranked, qsizetype count)
{
    QList<qsizetype> chosen;
    QList<qsizetype> repeats;
    for (const qsizetype index : ranked.order) {
        if (chosen.size() == count)
            break;
        const bool repeat = std::any_of(chosen.cbegin(), chosen.cend(), [&](qsizetype other) {
            return dot(ranked.vectors[index], ranked.vectors[other]) > RedundancyThreshold;
        });
        (repeat ? repeats : chosen).append(index);
    }
    for (qsizetype i = 0; chosen.size() < count && i < repeats.size(); ++i)
        chosen.append(repeats[i]);
    return chosen;
}

} // namespace

QStringList summarize(const QString &text, int maxSentences)
{
    if (maxSentences <= 0)
        return {};
    const QStringList sentences = splitSentences(text);
    if (sentences.size() <= maxSentences)
        return sentences;
    const RankedText ranked = rank(sentences);
    QList<qsizetype> chosen = pick(ranked, maxSentences);
    std::sort(chosen.begin(), chosen.end());
    QStringList summary;
    for (const qsizetype index : std::as_const(chosen))
        summary.append(ranked.sentences[index]);
    return summary;
}

QStringList keyPoints(const QString &text, int count)
{
    if (count <= 0)
        return {};
    const RankedText ranked = rank(splitSentences(text));
    QStringList points;
    for (const qsizetype index : pick(ranked, std::min<qsizetype>(count, ranked.order.size())))
        points.append(ranked.sentences[index]);
    return points;
}

} // namespace Ai
