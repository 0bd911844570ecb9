#pragma once

#include "ai/textvectors.h"

#include <QList>

namespace Ai {

/// How central each sentence of a text is: PageRank over the graph whose edges are the cosine
/// similarities of the sentences' TF-IDF vectors (Mihalcea & Tarau, "TextRank", 2004).
class TextRank final
{
public:
    /// The default weight of the position prior, chosen by tests/bench/summary-benchmark.
    static constexpr double DefaultPositionWeight = 4.0;

    /// Scores of \a sentences (in text order), summing to 1. \a positionWeight biases the
    /// random jump towards the start of the text, as news puts its point first: the jump
    /// probability of sentence i is proportional to 1 + positionWeight / (i + 1); 0 is plain
    /// TextRank.
    [[nodiscard]] static QList<double> scores(const QList<SparseVector> &sentences,
                                              double positionWeight = DefaultPositionWeight);
};

} // namespace Ai
