#pragma once

// The generated library of the storage benchmarks (ingest-benchmark, related-benchmark):
// deterministic text of made-up words drawn from a skewed vocabulary, so that the full-text
// index sees realistic term frequencies without any real text.

#include "feeds/feed.h"
#include "storage/articlerepository.h"
#include "storage/searchindexer.h"
#include "storage/sourcerepository.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <random>

namespace Bench {

// Pronounceable made-up words, so that no real text is needed and every run is identical.
inline QStringList makeVocabulary(int size, std::mt19937 &random)
{
    static const char *const onsets[] = {"b",  "br", "c",  "ch", "d",  "dr", "f", "g",
                                         "gl", "h",  "k",  "l",  "m",  "n",  "p", "pl",
                                         "r",  "s",  "st", "t",  "tr", "v",  "w", "z"};
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "y"};
    static const char *const codas[] = {"", "n", "r", "s", "l", "nd", "st", "m", "x", "ck"};
    QStringList words;
    QSet<QString> seen;
    while (words.size() < size) {
        const int syllables = 1 + int(random() % 3);
        QString word;
        for (int s = 0; s < syllables; ++s) {
            word += QLatin1String(onsets[random() % std::size(onsets)]);
            word += QLatin1String(vowels[random() % std::size(vowels)]);
        }
        word += QLatin1String(codas[random() % std::size(codas)]);
        if (!seen.contains(word)) {
            seen.insert(word);
            words.append(word);
        }
    }
    return words;
}

class TextGenerator final
{
public:
    TextGenerator(const QStringList &vocabulary, unsigned seed)
        : m_vocabulary(vocabulary), m_random(seed)
    {}

    // Zipf-like: a few words everywhere, most words rare.
    const QString &word()
    {
        const double u = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
        const auto index = qsizetype(std::pow(u, 3.0) * double(m_vocabulary.size()));
        return m_vocabulary.at(std::min(index, m_vocabulary.size() - 1));
    }

    QString sentence()
    {
        const int length = 6 + int(m_random() % 14);
        QString text;
        for (int i = 0; i < length; ++i) {
            if (i > 0)
                text += QLatin1Char(' ');
            QString next = word();
            if (i == 0)
                next[0] = next.at(0).toUpper();
            text += next;
        }
        return text + QLatin1Char('.');
    }

    // About \a characters of visible text in paragraphs, with some inline markup.
    QString html(int characters, int *visible)
    {
        QString html;
        QString paragraph;
        int total = 0;
        while (total < characters) {
            QString sentence = this->sentence();
            total += int(sentence.size()) + 1;
            if (m_random() % 5 == 0)
                sentence = QLatin1String("<b>") + sentence + QLatin1String("</b>");
            if (m_random() % 9 == 0) {
                sentence = QLatin1String("<a href=\"https://example.net/") + word() +
                           QLatin1String("\">") + sentence + QLatin1String("</a>");
            }
            paragraph += sentence + QLatin1Char(' ');
            if (m_random() % 4 == 0 || total >= characters) {
                html += QLatin1String("<p>") + paragraph.trimmed() + QLatin1String("</p>\n");
                paragraph.clear();
            }
        }
        *visible = total;
        return html;
    }

    std::mt19937 &random() { return m_random; }

private:
    const QStringList &m_vocabulary;
    std::mt19937 m_random;
};

inline Feeds::Feed makeFeed(TextGenerator &text, int sourceIndex, int items, int textBytes,
                            const QDateTime &now, qint64 *visibleBytes)
{
    Feeds::Feed feed;
    feed.format = Feeds::Format::Rss20;
    feed.title = QStringLiteral("Source %1").arg(sourceIndex);
    for (int i = 0; i < items; ++i) {
        Feeds::Item item;
        item.id = QStringLiteral("https://source%1.example/posts/%2").arg(sourceIndex).arg(i);
        item.link = item.id;
        item.title = text.sentence();
        item.title.chop(1);
        item.author = text.word() + QLatin1Char(' ') + text.word();
        item.published = now.addSecs(-qint64(i) * 3600 - sourceIndex * 7);
        int visible = 0;
        item.content = text.html(textBytes, &visible);
        item.summary = QLatin1String("<p>") + text.sentence() + QLatin1String("</p>");
        if (i % 10 == 0) {
            item.enclosures.append(
                {QStringLiteral("https://cdn.example/%1/%2.jpg").arg(sourceIndex).arg(i),
                 QStringLiteral("image/jpeg"), 48000});
        }
        *visibleBytes += visible;
        feed.items.append(item);
    }
    return feed;
}

/// How a generated library is spread: over how many sources, how many of them stored per
/// transaction, and how much visible text per article.
struct LibraryShape
{
    int sources = 0;
    int sourcesPerTransaction = 0;
    int textBytes = 0;
};

/// Stores \a articles generated articles over the sources of \a shape (added as
/// "Source N"), dated from \a now. False (warned) when storing fails.
inline bool storeLibrary(const QSqlDatabase &db, TextGenerator &text, int articles,
                         const LibraryShape &shape, const QDateTime &now)
{
    Storage::SourceRepository sources(db);
    Storage::ArticleRepository repository(db);
    qint64 visible = 0;
    QList<Storage::SourceFeed> batch;
    for (int s = 0; s < shape.sources; ++s) {
        const qint64 sourceId =
            sources
                .add({QUrl(QStringLiteral("https://source%1.example/feed").arg(s)),
                      QStringLiteral("Source %1").arg(s),
                      {},
                      0})
                .id;
        const int items = articles / shape.sources + (s < articles % shape.sources ? 1 : 0);
        batch.append({sourceId, makeFeed(text, s, items, shape.textBytes, now, &visible), {}});
        if (batch.size() < shape.sourcesPerTransaction && s + 1 < shape.sources)
            continue;
        if (!repository.storeMany(batch, now)) {
            qWarning("store failed: %s", qPrintable(repository.errorMessage()));
            return false;
        }
        batch.clear();
    }
    // Searches and related articles read the index: as in the window once its indexing thread
    // has caught up.
    if (QString error; !Storage::updateSearchIndex(db.databaseName(), &error)) {
        qWarning("indexing failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace Bench
