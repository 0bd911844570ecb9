#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

/// Bag-of-words vectors for comparing short texts: tokens, TF-IDF weights and cosine similarity.
namespace Ai {

/// Lower-case, Unicode-aware words of \a text for similarity. Runs of Chinese or Japanese
/// characters, which have no spaces, become overlapping character bigrams. Stop words of
/// English, Russian, German, French and Spanish (and common Chinese particles) are dropped, as
/// are one-letter words; long alphabetic words are cut to a stem-like prefix.
[[nodiscard]] QStringList tokenize(const QString &text);

/// A sparse vector: (term id, weight) pairs ordered by term id.
using SparseVector = std::vector<std::pair<int, double>>;

/// Unit-length TF-IDF vectors of \a documents (each a list of tokens), the IDF taken from the
/// documents themselves. A document without tokens gets an empty vector.
[[nodiscard]] QList<SparseVector> tfidfVectors(const QList<QStringList> &documents);

/// The dot product; the cosine similarity for unit-length vectors.
[[nodiscard]] double dot(const SparseVector &a, const SparseVector &b);

} // namespace Ai
