#include "ai/textrank.h"

#include <cmath>
#include <vector>

namespace Ai {

namespace {

constexpr double Damping = 0.85;
constexpr int MaxIterations = 100;
constexpr double Tolerance = 1e-9;

} // namespace

QList<double> TextRank::scores(const QList<SparseVector> &sentences, double positionWeight)
{
    const qsizetype n = sentences.size();
    if (n == 0)
        return {};

    QList<double> jump(n);
    double jumpSum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        jump[i] = 1.0 + std::max(0.0, positionWeight) / double(i + 1);
        jumpSum += jump[i];
    }
    for (double &value : jump)
        value /= jumpSum;

    // Dense similarity matrix: callers keep n to a few hundred sentences.
    std::vector<double> weight(size_t(n * n), 0.0);
    std::vector<double> outSum(size_t(n), 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const double similarity = dot(sentences[i], sentences[j]);
            if (similarity <= 0)
                continue;
            weight[size_t(i * n + j)] = similarity;
            weight[size_t(j * n + i)] = similarity;
            outSum[size_t(i)] += similarity;
            outSum[size_t(j)] += similarity;
        }
    }

    QList<double> score = jump;
    QList<double> next(n);
    for (int iteration = 0; iteration < MaxIterations; ++iteration) {
        // A sentence that shares no word with any other spreads its score like a random jump.
        double dangling = 0;
        for (qsizetype j = 0; j < n; ++j) {
            if (outSum[size_t(j)] <= 0)
                dangling += score[j];
        }
        double change = 0;
        for (qsizetype i = 0; i < n; ++i) {
            double incoming = 0;
            for (qsizetype j = 0; j < n; ++j) {
                const double w = weight[size_t(j * n + i)];
                if (w > 0)
                    incoming += w / outSum[size_t(j)] * score[j];
            }
            next[i] = (1.0 - Damping) * jump[i] + Damping * (incoming + dangling * jump[i]);
            change += std::abs(next[i] - score[i]);
        }
        score.swap(next);
        if (change < Tolerance)
            break;
    }
    return score;
}

} // namespace Ai
