#include "relatedarticles.h"

#include "logging.h"
#include "storage/articlerepository.h"
#include "storage/articletext.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

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

// Single words as an FTS5 string: tokens hold no quotes, but a stray one must not become syntax.
QString quoted(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage) << "related articles:" << query.lastError().text();
    return false;
}

ArticleCard toCard(const Storage::ArticleRow &row)
{
    return {row.id, row.title, row.sourceTitle, row.date, row.excerpt, row.imageUrl};
}

// The article's words with their counts in title and text; none when it does not exist.
std::vector<Term> termsOf(const QSqlDatabase &db, qint64 articleId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT title, summary, content FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (!exec(query) || !query.next())
        return {};
    const QString title = query.value(0).toString();
    // The same plain text the index holds (see Storage::ArticleWriter).
    const QString text =
        Storage::ArticleText::plainText(Storage::ArticleText::decompress(query.value(1)),
                                        Storage::ArticleText::decompress(query.value(2)));
    query.finish();

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
    for (const QString &word : wordsOf(title))
        count(word, true);
    for (const QString &word : wordsOf(text))
        count(word, false);
    return terms;
}

// The QueryTerms most distinctive terms: frequent in the article, rare in the library. Words in
// only this article, or in too many, are dropped. Nullopt on a database error.
std::optional<std::vector<Term>> distinctiveTerms(const QSqlDatabase &db, std::vector<Term> terms)
{
    QSqlQuery total(db);
    total.setForwardOnly(true);
    total.prepare(QStringLiteral("SELECT count(*) FROM articles"));
    if (!exec(total) || !total.next())
        return std::nullopt;
    const qint64 articles = total.value(0).toLongLong();
    total.finish();
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
    QSqlQuery frequency(db);
    frequency.setForwardOnly(true);
    if (!frequency.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM articles_fts"
                                          " WHERE articles_fts MATCH ? LIMIT ?)"))) {
        qCWarning(lcStorage) << "related articles:" << frequency.lastError().text();
        return std::nullopt;
    }
    std::vector<Term> useful;
    for (Term &term : terms) {
        frequency.bindValue(0, quoted(term.word));
        frequency.bindValue(1, common + 1);
        if (!exec(frequency) || !frequency.next())
            return std::nullopt;
        const qint64 documents = frequency.value(0).toLongLong();
        frequency.finish();
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
std::optional<std::vector<Candidate>> matchesOf(const QSqlDatabase &db, qint64 articleId,
                                                const std::vector<Term> &terms, int count)
{
    QStringList phrases;
    for (const Term &term : terms)
        phrases.append(quoted(term.word));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid, bm25(articles_fts, %1, 0.0, %2) AS score"
                                 " FROM articles_fts WHERE articles_fts MATCH ? AND rowid != ?"
                                 " ORDER BY score LIMIT ?")
                      .arg(TitleRankWeight)
                      .arg(TextRankWeight));
    const QString match =
        QLatin1String("{title text} : (") + phrases.join(QLatin1String(" OR ")) + QLatin1Char(')');
    query.addBindValue(match);
    query.addBindValue(articleId);
    query.addBindValue(count);
    if (!exec(query))
        return std::nullopt;
    std::vector<Candidate> candidates;
    while (query.next()) {
        // bm25() is negative, the better match the lower.
        candidates.push_back({query.value(0).toLongLong(), -query.value(1).toDouble(), 0, 0});
    }
    return candidates;
}

// bm25 weighs each query term by its rarity alone; a match of the article's two most telling
// words must outrank one of two rare but incidental words. So each candidate's relevance is
// scaled by the share of the query's TF-IDF weight it holds (MoreLikeThis "boost").
bool weighCoverage(const QSqlDatabase &db, const std::vector<Term> &terms,
                   std::vector<Candidate> &candidates)
{
    QHash<qint64, std::size_t> index;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        index.insert(candidates[i].id, i);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Walking a term's matches (no more than the common-term bound) is faster than looking up
    // each candidate: "rowid IN (...)" makes FTS5 parse and seek once per id.
    if (!query.prepare(
            QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"))) {
        qCWarning(lcStorage) << "related articles:" << query.lastError().text();
        return false;
    }
    double total = 0;
    for (const Term &term : terms) {
        total += term.weight;
        query.bindValue(0, QString(QLatin1String("{title text} : ") + quoted(term.word)));
        if (!exec(query))
            return false;
        while (query.next()) {
            const auto found = index.constFind(query.value(0).toLongLong());
            if (found != index.cend())
                candidates[*found].coverage += term.weight;
        }
        query.finish();
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
    std::vector<Term> terms = termsOf(db, articleId);
    if (terms.empty())
        return {};
    const std::optional<std::vector<Term>> query = distinctiveTerms(db, std::move(terms));
    if (!query || query->empty())
        return {};
    std::optional<std::vector<Candidate>> candidates =
        matchesOf(db, articleId, *query, limit * CandidatesPerCard + ExtraCandidates);
    if (!candidates || candidates->empty() || !weighCoverage(db, *query, *candidates))
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
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT source_id FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (!exec(query) || !query.next())
        return {};
    const qint64 sourceId = query.value(0).toLongLong();
    query.finish();
    if (sourceId <= 0)
        return {};

    const Storage::ArticleRepository repository(db);
    Storage::ArticleFilter filter;
    filter.sourceId = sourceId;
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
