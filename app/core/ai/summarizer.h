#pragma once

#include <QString>
#include <QStringList>

/// Extractive summarisation that runs offline: sentence splitting and TextRank.
namespace Ai {

/// Splits text into sentences (abbreviations, decimals, initials, quotes, CJK 。！？, ...).
[[nodiscard]] QStringList splitSentences(const QString &text);

/// 3–5 most central sentences, in their original order (TextRank over TF-IDF cosine).
[[nodiscard]] QStringList summarize(const QString &text, int maxSentences = 4);

/// The top sentences as bullet points, most central first.
[[nodiscard]] QStringList keyPoints(const QString &text, int count = 5);

} // namespace Ai
