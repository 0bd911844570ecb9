#include "models/searchterms.h"

#include "storage/searchoperators.h"

#include <algorithm>

namespace Models {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool hasWordChar(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isWordChar);
}

// A bare word as the index sees it: without the punctuation around it.
QString trimmedWord(const QString &word)
{
    qsizetype first = 0;
    qsizetype last = word.size();
    while (first < last && !isWordChar(word.at(first)))
        ++first;
    while (last > first && !isWordChar(word.at(last - 1)))
        --last;
    return word.mid(first, last - first);
}

} // namespace

QStringList highlightTerms(const QString &search)
{
    QStringList terms;
    qsizetype i = 0;
    const qsizetype size = search.size();
    while (i < size) {
        if (search.at(i).isSpace()) {
            ++i;
            continue;
        }
        bool exclude = false;
        if (search.at(i) == QLatin1Char('-')) {
            exclude = true;
            ++i;
        }
        // An operator: its value is highlighted when it is words of the text (title:rust),
        // else it is no text at all (is:unread, source:"The Verge").
        qsizetype colon = i;
        while (colon < size && search.at(colon).isLetter())
            ++colon;
        if (colon > i && colon < size && search.at(colon) == QLatin1Char(':') &&
            Storage::SearchOperators::isName(QStringView(search).mid(i, colon - i))) {
            exclude = exclude || !Storage::SearchOperators::matchesWords(
                                     QStringView(search).mid(i, colon - i));
            i = colon + 1;
        }
        QString term;
        if (i < size && search.at(i) == QLatin1Char('"')) {
            const qsizetype close = search.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? size : close;
            term = search.mid(i + 1, end - i - 1).simplified();
            i = close < 0 ? size : close + 1;
        } else {
            const qsizetype start = i;
            while (i < size && !search.at(i).isSpace())
                ++i;
            term = trimmedWord(search.mid(start, i - start));
        }
        if (!exclude && hasWordChar(term) && !terms.contains(term, Qt::CaseInsensitive))
            terms.append(term);
    }
    return terms;
}

QList<TextRange> highlightRanges(const QString &text, const QStringList &terms)
{
    QList<TextRange> ranges;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        qsizetype from = 0;
        while ((from = text.indexOf(term, from, Qt::CaseInsensitive)) >= 0) {
            if (from == 0 || !isWordChar(text.at(from - 1)))
                ranges.append({int(from), int(term.size())});
            from += term.size();
        }
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> merged;
    for (const TextRange &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.start <= merged.last().start + merged.last().length) {
            TextRange &last = merged.last();
            last.length =
                std::max(last.start + last.length, range.start + range.length) - last.start;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

} // namespace Models
