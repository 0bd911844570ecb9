#pragma once

#include <QByteArray>

#include <memory>
#include <optional>

namespace Storage {

/// The values an article is indexed with, in UTF-8 (what SQLite takes, at half the memory) or
/// already split into tokens (SearchTokenizer::pretokenized()). Empty ones are bound as NULL,
/// as the library stores them.
struct IndexValues
{
    QByteArray title;
    QByteArray author;
    QByteArray text; ///< Of ArticleText::plainText() of its summary and content.
};

/// The index values of articles just stored, handed from the thread that stores them to the
/// thread that indexes them, so that the indexer need not decompress and convert what the
/// writer worked out a moment ago. A cache and nothing more: an entry counts only while the
/// article still has the content hash it was stored with, and the oldest entries go when
/// the texts waiting exceed a bound, after which the indexer reads those articles back.
/// Thread-safe; one per library file, per process.
class RecentIndexTexts final
{
public:
    /// The texts waiting for \a libraryPath (an absolute path, see forLibrary()).
    static RecentIndexTexts &forLibrary(const QString &libraryPath);

    void add(qint64 articleId, qint64 contentHash, IndexValues values);
    /// Removes and returns the values of \a articleId if they were stored with \a contentHash.
    [[nodiscard]] std::optional<IndexValues> take(qint64 articleId, qint64 contentHash);
    /// Drops the values of \a articleId, which the indexer took from elsewhere.
    void forget(qint64 articleId);
    /// Texts waiting, in bytes.
    [[nodiscard]] qint64 size() const;

    /// Bytes of text kept at most; past it the oldest go.
    static constexpr qint64 Capacity = 128 * 1024 * 1024;

private:
    RecentIndexTexts();
    ~RecentIndexTexts();
    Q_DISABLE_COPY_MOVE(RecentIndexTexts)

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Storage
