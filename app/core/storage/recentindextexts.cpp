#include "storage/recentindextexts.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <deque>
#include <memory>
#include <unordered_map>

namespace Storage {

namespace {

qint64 bytesOf(const IndexValues &values)
{
    return qint64(values.title.size() + values.author.size() + values.text.size());
}

} // namespace

struct RecentIndexTexts::Private
{
    struct Entry
    {
        qint64 contentHash = 0;
        IndexValues values;
    };

    mutable QMutex mutex;
    std::unordered_map<qint64, Entry> entries;
    std::deque<qint64> order; ///< Ids in the order they came, for dropping the oldest.
    qint64 bytes = 0;

    void erase(std::unordered_map<qint64, Entry>::iterator entry)
    {
        bytes -= bytesOf(entry->second.values);
        entries.erase(entry);
        // Taken ids stay in the order until they reach its front; a few entries that are never
        // taken (an article stored and deleted before it was indexed) must not keep it growing.
        if (entries.empty()) {
            order.clear();
        } else if (order.size() > 2 * entries.size() + 1024) {
            std::deque<qint64> kept;
            for (const qint64 id : order) {
                if (entries.count(id) > 0)
                    kept.push_back(id);
            }
            order.swap(kept);
        }
    }

    void dropOldest()
    {
        while (bytes > Capacity && !order.empty()) {
            const auto found = entries.find(order.front());
            order.pop_front();
            if (found != entries.end()) // else taken already
                erase(found);
        }
    }
};

RecentIndexTexts::RecentIndexTexts() : d(std::make_unique<Private>())
{}

RecentIndexTexts::~RecentIndexTexts() = default;

RecentIndexTexts &RecentIndexTexts::forLibrary(const QString &libraryPath)
{
    // Never destroyed: writers and indexers may still run while statics go at exit.
    static QMutex mutex;
    static auto *libraries = new QHash<QString, RecentIndexTexts *>;
    const QString key = QFileInfo(libraryPath).absoluteFilePath();
    const QMutexLocker locker(&mutex);
    RecentIndexTexts *&texts = (*libraries)[key];
    if (!texts)
        texts = new RecentIndexTexts;
    return *texts;
}

void RecentIndexTexts::add(qint64 articleId, qint64 contentHash, IndexValues values)
{
    const QMutexLocker locker(&d->mutex);
    const qint64 bytes = bytesOf(values);
    auto [entry, inserted] = d->entries.try_emplace(articleId);
    if (!inserted)
        d->bytes -= bytesOf(entry->second.values);
    else
        d->order.push_back(articleId);
    entry->second = {contentHash, std::move(values)};
    d->bytes += bytes;
    d->dropOldest();
}

std::optional<IndexValues> RecentIndexTexts::take(qint64 articleId, qint64 contentHash)
{
    const QMutexLocker locker(&d->mutex);
    const auto found = d->entries.find(articleId);
    if (found == d->entries.end())
        return std::nullopt;
    std::optional<IndexValues> values;
    // Another hash: the article was rewritten since, and the indexer reads it instead.
    if (found->second.contentHash == contentHash)
        values = found->second.values; // shared, not moved: erase() counts their bytes
    d->erase(found);
    return values;
}

void RecentIndexTexts::forget(qint64 articleId)
{
    const QMutexLocker locker(&d->mutex);
    if (const auto found = d->entries.find(articleId); found != d->entries.end())
        d->erase(found);
}

qint64 RecentIndexTexts::size() const
{
    const QMutexLocker locker(&d->mutex);
    return d->bytes;
}

} // namespace Storage
