#include "reading/commentthread.h"

#include "base/logging.h"
#include "feeds/feedparser.h"
#include "html/sanitizer.h"
#include "net/feedfetcher.h"
#include "threading/workpool.h"

#include <algorithm>

namespace Reading {

namespace {

struct ParsedComments
{
    QList<Comment> comments;
    QString error; ///< From the parser, translated; empty on success.
};

Comment toComment(const Feeds::Item &item)
{
    Comment comment;
    comment.author = item.author;
    comment.date = item.published.isValid() ? item.published : item.updated;
    // parseFeed() has sanitized both (ParseOptions::htmlFilter); a comment feed usually puts the
    // whole comment in one of them.
    comment.html = item.content.isEmpty() ? item.summary : item.content;
    return comment;
}

ParsedComments parseComments(const QByteArray &body, const Feeds::ParseOptions &options)
{
    const Feeds::ParseResult parsed = Feeds::parseFeed(body, options);
    if (!parsed.ok())
        return {{}, parsed.error};
    ParsedComments result;
    result.comments.reserve(parsed.feed.items.size());
    for (const Feeds::Item &item : parsed.feed.items)
        result.comments.append(toComment(item));
    // Comment feeds list the newest first; a thread reads from the oldest.
    std::stable_sort(result.comments.begin(), result.comments.end(),
                     [](const Comment &a, const Comment &b) {
                         if (a.date.isValid() != b.date.isValid())
                             return a.date.isValid();
                         return a.date.isValid() && a.date < b.date;
                     });
    return result;
}

} // namespace

CommentThread::CommentThread(Net::FeedFetcher *fetcher, QObject *parent)
    : QObject(parent), m_fetcher(fetcher)
{
    qRegisterMetaType<QList<Reading::Comment>>();
    connect(m_fetcher, &Net::FeedFetcher::finished, this, &CommentThread::onFetched);
}

CommentThread::~CommentThread() = default;

void CommentThread::load(const QUrl &commentFeedUrl)
{
    ++m_generation;
    m_url = commentFeedUrl;
    m_stage = Stage::Fetching;
    Net::FetchRequest request;
    request.url = commentFeedUrl;
    // May report at once (an unusable URL): the state above is already set.
    m_fetcher->fetch(request);
}

void CommentThread::onFetched(const Net::FetchResult &result)
{
    // The fetcher may be shared: only the answer to this thread's request counts.
    if (m_stage != Stage::Fetching || result.requestedUrl != m_url)
        return;
    switch (result.status) {
    case Net::FetchResult::Status::Ok:
        parse(result);
        return;
    case Net::FetchResult::Status::Failed:
        fail(result.errorText.isEmpty() ? tr("The comments could not be loaded.")
                                        : result.errorText);
        return;
    case Net::FetchResult::Status::Cancelled:
        fail(tr("Loading the comments was cancelled."));
        return;
    case Net::FetchResult::Status::NotModified:
        break;
    }
    // Nothing was asked conditionally, so a 304 is the server's mistake.
    fail(tr("The server sent no comments (HTTP %1).").arg(result.httpStatus));
}

void CommentThread::parse(const Net::FetchResult &result)
{
    m_stage = Stage::Parsing;
    Feeds::ParseOptions options;
    options.contentType = result.contentType;
    options.documentUrl = result.finalUrl.isValid() ? result.finalUrl : result.requestedUrl;
    options.htmlFilter = {&Html::sanitize, &Html::firstImageUrl};
    const quint64 generation = m_generation;
    // Parsing stays off the calling (GUI) thread: a comment feed can be megabytes. The
    // continuation runs on this object's thread and not at all once it is gone.
    WorkPool::run(
        this, [body = result.body, options] { return parseComments(body, options); },
        [this, generation](const ParsedComments &parsed) {
            if (generation != m_generation)
                return;
            if (!parsed.error.isEmpty()) {
                fail(tr("The comments could not be read: %1").arg(parsed.error));
                return;
            }
            m_stage = Stage::Idle;
            qCDebug(lcFeeds) << "comments loaded" << m_url << parsed.comments.size();
            emit loaded(parsed.comments);
        });
}

void CommentThread::fail(const QString &message)
{
    m_stage = Stage::Idle;
    qCDebug(lcFeeds) << "comments failed" << m_url << message;
    emit failed(message);
}

} // namespace Reading
