#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Models {

/// A stretch of text to highlight.
struct TextRange
{
    int start = 0;
    int length = 0;

    friend bool operator==(const TextRange &a, const TextRange &b)
    {
        return a.start == b.start && a.length == b.length;
    }
};

/// The words and "quoted phrases" of a search that a match contains, to highlight them; the
/// excluded ones (-word, -"a phrase") are left out. Follows Storage::SearchQuery's reading.
[[nodiscard]] QStringList highlightTerms(const QString &search);

/// Where \a terms occur in \a text: case-insensitive, at the start of a word (the index
/// matches words by prefix), sorted and without overlaps.
[[nodiscard]] QList<TextRange> highlightRanges(const QString &text, const QStringList &terms);

} // namespace Models
