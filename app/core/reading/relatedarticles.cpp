#include "reading/relatedarticles.h"

#include "storage/articlerepository.h"
#include "storage/librarystatistics.h"
#include "storage/relatedarticlesquery.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace Reading {

namespace {

// Terms whose document frequency is looked up, at most: each costs one small index query.
constexpr int MaxLookedUpTerms = 48;
// Terms in the search for related articles: enough to describe a topic, few enough that the
// union of their matches (each ranked by bm25) stays small.
constexpr int QueryTerms = 10;
// A word of the title says more about the topic than one of the text.
constexpr double TitleTermBoost = 3.0;
// bm25() weights of the columns title, author, text.
constexpr double TitleRankWeight = 2.5;
constexpr double TextRankWeight = 1.0;
// Matches ranked by bm25 for each card wanted: room for duplicates and for the recency weight.
constexpr int CandidatesPerCard = 3;
constexpr int ExtraCandidates = 8;
// A word in more than this share of the library (or more than half of a small one) is too
// common to tell a topic; counting its articles stops there. This also bounds the matches of
// each query term, and so the time of the search.
constexpr int CommonTermDivisor = 200;
constexpr int MinCommonTermCount = 50;
// Recency: a card's relevance counts fully when it is as new as the newest candidate, and
// tends to RecencyFloor of it with age, losing half of the rest every RecencyHalfLifeDays.
constexpr double RecencyFloor = 0.6;
constexpr double RecencyHalfLifeDays = 30.0;
// Two articles are near-duplicates when their title and excerpt share this much of their
// words (Jaccard index), if both have at least MinWordsToCompare words.
constexpr double DuplicateSimilarity = 0.7;
constexpr qsizetype MinWordsToCompare = 4;
constexpr qsizetype MaxWordLength = 40;

// Lower-case, unaccented words, as the index's tokenizer (unicode61, remove_diacritics 2) sees
// them: runs of letters and digits. Words without a letter and single letters are left out.
QStringList wordsOf(QStringView text)
{
    QStringList words;
    qsizetype start = -1;
    bool hasLetter = false;
    const auto endWord = [&](qsizetype end) {
        const qsizetype length = end - start;
        if (start >= 0 && hasLetter && length >= 2 && length <= MaxWordLength) {
            QString word = text.mid(start, length).toString().toLower();
            const bool ascii =
                std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
            if (!ascii) {
                word = word.normalized(QString::NormalizationForm_KD);
                word.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
            }
            if (!word.isEmpty())
                words.append(word);
        }
        start = -1;
        hasLetter = false;
    };
    for (qsizetype at = 0, next = 0; at < text.size(); at = next) {
        char32_t c = text.at(at).unicode();
        next = at + 1;
        if (QChar::isHighSurrogate(c) && next < text.size() && text.at(next).isLowSurrogate())
            c = QChar::surrogateToUcs4(text.at(at), text.at(next++));
        const bool letter = QChar::isLetter(c);
        if (letter || QChar::isNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing) {
            if (start < 0)
                start = at;
            hasLetter = hasLetter || letter;
        } else {
            endWord(at);
        }
    }
    endWord(text.size());
    return words;
}

struct Term
{
    QString word;
    int inTitle = 0;
    int inText = 0;
    double weight = 0; ///< TF-IDF once the document frequency is known.

    [[nodiscard]] double frequency() const { return inTitle * TitleTermBoost + inText; }
};

// What near-duplicates are recognised by.
struct Fingerprint
{
    QString title; ///< Its words, joined by spaces.
    QSet<QString> words;

    explicit Fingerprint(const Storage::ArticleRow &row)
    {
        const QStringList titleWords = wordsOf(row.title);
        title = titleWords.join(QLatin1Char(' '));
        words = QSet<QString>(titleWords.cbegin(), titleWords.cend());
        for (const QString &word : wordsOf(row.excerpt))
            words.insert(word);
    }

    [[nodiscard]] bool isNearDuplicateOf(const Fingerprint &other) const
    {
        if (!title.isEmpty() && title == other.title)
            return true;
        if (words.size() < MinWordsToCompare || other.words.size() < MinWordsToCompare)
            return false;
        const qsizetype shared = std::count_if(words.cbegin(), words.cend(), [&](const QString &w) {
            return other.words.contains(w);
        });
        const qsizetype all = words.size() + other.words.size() - shared;
        return double(shared) >= DuplicateSimilarity * double(all);
    }
};

struct Candidate
{
    qint64 id = 0;
    double relevance = 0; ///< bm25, then scaled by the weight of the terms it holds.
    double coverage = 0;  ///< The summed weights of the query terms it holds.
    double score = 0;     ///< Relevance with the recency weight.
};

ArticleCard toCard(const Storage::ArticleRow &row)
{
    return {row.id, row.title, row.sourceTitle, row.date, row.excerpt, row.imageUrl};
}

// The article's words with their counts in title and text; none when it does not exist.
std::vector<Term> termsOf(Storage::RelatedArticlesQuery &library, qint64 articleId)
{
    const std::optional<Storage::RelatedArticlesQuery::IndexedText> article =
        library.indexedText(articleId);
    if (!article)
        return {};

    std::vector<Term> terms;
    QHash<QString, std::size_t> index;
    const auto count = [&](const QString &word, bool inTitle) {
        auto it = index.constFind(word);
        if (it == index.cend()) {
            it = index.insert(word, terms.size());
            terms.push_back({word, 0, 0, 0});
        }
        Term &term = terms[*it];
        (inTitle ? term.inTitle : term.inText) += 1;
    };
    for (const QString &word : wordsOf(article->title))
        count(word, true);
    for (const QString &word : wordsOf(article->text))
        count(word, false);
    return terms;
}

// The QueryTerms most distinctive terms: frequent in the article, rare in the library. Words in
// only this article, or in too many, are dropped. Nullopt on a database error.
std::optional<std::vector<Term>> distinctiveTerms(Storage::RelatedArticlesQuery &library,
                                                  std::vector<Term> terms, qint64 articles)
{
    const qint64 common = std::max<qint64>(
        2,
        std::min(std::max<qint64>(MinCommonTermCount, articles / CommonTermDivisor), articles / 2));

    // Looking up every word of a long article would be slow: the most frequent come first, the
    // longer of equally frequent ones (long words tend to be the rarer).
    std::sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) {
        if (a.frequency() != b.frequency())
            return a.frequency() > b.frequency();
        if (a.word.size() != b.word.size())
            return a.word.size() > b.word.size();
        return a.word < b.word;
    });
    if (terms.size() > std::size_t(MaxLookedUpTerms))
        terms.resize(std::size_t(MaxLookedUpTerms));

    // Counting stops past `common`: a frequent word costs no more than a rare one.
    std::vector<Term> useful;
    for (Term &term : terms) {
        const std::optional<qint64> found = library.articlesWithWord(term.word, common + 1);
        if (!found)
            return std::nullopt;
        const qint64 documents = *found;
        if (documents < 2 || documents > common)
            continue;
        const double idf =
            std::log(1.0 + (double(articles - documents) + 0.5) / (double(documents) + 0.5));
        term.weight = (1.0 + std::log(term.frequency())) * idf;
        useful.push_back(std::move(term));
    }
    std::sort(useful.begin(), useful.end(), [](const Term &a, const Term &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.word < b.word;
    });
    if (useful.size() > std::size_t(QueryTerms))
        useful.resize(std::size_t(QueryTerms));
    return useful;
}

// The best matches of any of \a terms in titles and texts, by bm25, without the article itself.
std::optional<std::vector<Candidate>> matchesOf(Storage::RelatedArticlesQuery &library,
                                                qint64 articleId, const std::vector<Term> &terms,
                                                int count)
{
    QStringList words;
    for (const Term &term : terms)
        words.append(term.word);
    const std::optional<QList<Storage::RelatedArticlesQuery::Match>> matches =
        library.bestMatches(words, articleId, count, {TitleRankWeight, TextRankWeight});
    if (!matches)
        return std::nullopt;
    std::vector<Candidate> candidates;
    candidates.reserve(std::size_t(matches->size()));
    for (const Storage::RelatedArticlesQuery::Match &match : *matches)
        candidates.push_back({match.id, match.relevance, 0, 0});
    return candidates;
}

// bm25 weighs each query term by its rarity alone; a match of the article's two most telling
// words must outrank one of two rare but incidental words. So each candidate's relevance is
// scaled by the share of the query's TF-IDF weight it holds (MoreLikeThis "boost").
bool weighCoverage(Storage::RelatedArticlesQuery &library, const std::vector<Term> &terms,
                   std::vector<Candidate> &candidates)
{
    QHash<qint64, std::size_t> index;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        index.insert(candidates[i].id, i);
    double total = 0;
    for (const Term &term : terms) {
        total += term.weight;
        const std::optional<QList<qint64>> holders =
            library.articlesWithWordInTitleOrText(term.word);
        if (!holders)
            return false;
        for (const qint64 id : *holders) {
            const auto found = index.constFind(id);
            if (found != index.cend())
                candidates[*found].coverage += term.weight;
        }
    }
    for (Candidate &candidate : candidates)
        candidate.relevance *= total > 0 ? candidate.coverage / total : 0;
    return true;
}

double recencyWeight(const QDateTime &date, const QDateTime &newest)
{
    if (!date.isValid() || !newest.isValid())
        return RecencyFloor;
    const double days = std::max<qint64>(0, date.secsTo(newest)) / 86400.0;
    return RecencyFloor + (1.0 - RecencyFloor) * std::exp2(-days / RecencyHalfLifeDays);
}

} // namespace

QList<ArticleCard> RelatedArticles::find(const QSqlDatabase &db, qint64 articleId, int limit)
{
    if (limit <= 0 || articleId <= 0)
        return {};
    Storage::RelatedArticlesQuery library(db);
    std::vector<Term> terms = termsOf(library, articleId);
    if (terms.empty())
        return {};
    const qint64 articles = Storage::LibraryStatistics(db).articleCount();
    if (articles < 0)
        return {};
    const std::optional<std::vector<Term>> query =
        distinctiveTerms(library, std::move(terms), articles);
    if (!query || query->empty())
        return {};
    std::optional<std::vector<Candidate>> candidates =
        matchesOf(library, articleId, *query, limit * CandidatesPerCard + ExtraCandidates);
    if (!candidates || candidates->empty() || !weighCoverage(library, *query, *candidates))
        return {};

    QList<qint64> ids{articleId};
    for (const Candidate &candidate : *candidates)
        ids.append(candidate.id);
    const Storage::ArticleRepository repository(db);
    QHash<qint64, Storage::ArticleRow> rows;
    for (Storage::ArticleRow &row : repository.rows(ids))
        rows.insert(row.id, std::move(row));
    if (!rows.contains(articleId))
        return {};

    QDateTime newest = rows.value(articleId).date;
    for (const Storage::ArticleRow &row : std::as_const(rows)) {
        if (row.date.isValid() && (!newest.isValid() || row.date > newest))
            newest = row.date;
    }
    for (Candidate &candidate : *candidates)
        candidate.score =
            candidate.relevance * recencyWeight(rows.value(candidate.id).date, newest);
    std::sort(candidates->begin(), candidates->end(),
              [&rows](const Candidate &a, const Candidate &b) {
                  if (a.score != b.score)
                      return a.score > b.score;
                  const QDateTime aDate = rows.value(a.id).date;
                  const QDateTime bDate = rows.value(b.id).date;
                  return aDate != bDate ? aDate > bDate : a.id > b.id;
              });

    std::vector<Fingerprint> chosen{Fingerprint(rows.value(articleId))};
    QList<ArticleCard> cards;
    for (const Candidate &candidate : *candidates) {
        const auto row = rows.constFind(candidate.id);
        if (row == rows.cend())
            continue; // deleted since the search
        const Fingerprint fingerprint(*row);
        const bool duplicate =
            std::any_of(chosen.cbegin(), chosen.cend(), [&fingerprint](const Fingerprint &other) {
                return fingerprint.isNearDuplicateOf(other);
            });
        if (duplicate)
            continue;
        cards.append(toCard(*row));
        if (cards.size() == limit)
            break;
        chosen.push_back(fingerprint);
    }
    return cards;
}

QList<ArticleCard> RelatedArticles::moreFromSource(const QSqlDatabase &db, qint64 articleId,
                                                   int limit)
{
    if (limit <= 0 || articleId <= 0)
        return {};
    const std::optional<qint64> sourceId = Storage::RelatedArticlesQuery(db).sourceOf(articleId);
    if (!sourceId || *sourceId <= 0)
        return {};

    const Storage::ArticleRepository repository(db);
    Storage::ArticleFilter filter;
    filter.sourceId = *sourceId;
    filter.limit = limit + 1;
    QList<qint64> ids = repository.ids(filter);
    ids.removeAll(articleId);
    if (ids.size() > limit)
        ids.resize(limit);
    QList<ArticleCard> cards;
    for (const Storage::ArticleRow &row : repository.rows(ids))
        cards.append(toCard(row));
    return cards;
}

} // namespace Reading
