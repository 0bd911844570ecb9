#pragma once

#include "net/fetchtypes.h"
#include "reading/comment.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QUrl>

namespace Net {
class FeedFetcher;
}

namespace Reading {

/// Loads the comments of one article from its comment feed (RSS wfw:commentRss, Atom
/// replies): fetched with the fetcher it is given, parsed off the calling thread, and handed
/// back oldest first. Each load() ends in exactly one loaded() or failed(), unless another
/// load() replaces it first.
class CommentThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentThread)

public:
    /// \a fetcher may be shared with other users; it must outlive this object.
    explicit CommentThread(Net::FeedFetcher *fetcher, QObject *parent = nullptr);
    ~CommentThread() override;

    /// Starts loading \a commentFeedUrl, abandoning a load still under way.
    void load(const QUrl &commentFeedUrl);

    [[nodiscard]] bool isLoading() const { return m_stage != Stage::Idle; }
    [[nodiscard]] QUrl url() const { return m_url; }

signals:
    /// The comments, oldest first (undated ones last, in the feed's order).
    void loaded(const QList<Reading::Comment> &comments);
    /// Why there are no comments, in words for the reader (the fetcher's words for a failed
    /// download).
    void failed(const QString &message);

private:
    enum class Stage { Idle, Fetching, Parsing };

    void onFetched(const Net::FetchResult &result);
    void parse(const Net::FetchResult &result);
    void fail(const QString &message);

    Net::FeedFetcher *m_fetcher = nullptr;
    QUrl m_url;
    Stage m_stage = Stage::Idle;
    quint64 m_generation = 0; ///< Tells the parse of the current load from abandoned ones.
};

} // namespace Reading
