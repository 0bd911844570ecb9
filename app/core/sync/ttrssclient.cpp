#include "sync/ttrssclient.h"

#include "base/logging.h"
#include "net/feedfetcher.h"
#include "net/fetcherrors.h"
#include "sync/ttrssjson.h"
#include "threading/workpool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Sync {

namespace {

// Special feed ids of the API.
constexpr int AllArticles = -4;
constexpr int Starred = -1;
constexpr int RecentlyRead = -6;
constexpr int AllRealFeeds = -3;
// updateArticle's fields.
constexpr int FieldStarred = 0;
constexpr int FieldUnread = 2;
// subscribeToFeed's status codes.
constexpr int Subscribed = 1;
constexpr int AlreadySubscribed = 0;

QString op(const QJsonObject &request)
{
    return request.value(QLatin1String("op")).toString();
}

} // namespace

TtRssClient::TtRssClient(QNetworkAccessManager *network, const QUrl &serverUrl,
                         const QString &username, const QString &password, const Options &options,
                         QObject *parent)
    : AccountClient(parent), m_network(network), m_apiUrl(apiUrl(serverUrl)), m_username(username),
      m_password(password), m_options(options)
{}

TtRssClient::~TtRssClient() = default;

QUrl TtRssClient::apiUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1String("/api/")) || path.endsWith(QLatin1String("/api")))
        path = path.left(path.lastIndexOf(QLatin1String("api")));
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QLatin1String("api/"));
    return url;
}

void TtRssClient::logIn(Done done)
{
    m_loginWaiters.append(std::move(done));
    if (m_loginWaiters.size() > 1)
        return; // The login under way answers this one too.
    m_sessionId.clear();
    QJsonObject request{{QStringLiteral("op"), QStringLiteral("login")},
                        {QStringLiteral("user"), m_username},
                        {QStringLiteral("password"), m_password}};
    post(request, [this](const QString &error, const QJsonValue &content) {
        if (error.isEmpty()) {
            const QJsonObject session = content.toObject();
            m_sessionId = session.value(QLatin1String("session_id")).toString();
            m_apiLevel = session.value(QLatin1String("api_level")).toInt();
        }
        const QString result = error.isEmpty() && m_sessionId.isEmpty()
                                   ? tr("The server did not start a session.")
                                   : error;
        const QList<Done> waiters = std::exchange(m_loginWaiters, {});
        for (const Done &waiter : waiters)
            waiter(result);
    });
}

void TtRssClient::call(const QJsonObject &request, Answer done, bool secondTry)
{
    if (m_sessionId.isEmpty()) {
        logIn([this, request, done = std::move(done), secondTry](const QString &error) mutable {
            if (!error.isEmpty())
                done(error, {});
            else
                call(request, std::move(done), secondTry);
        });
        return;
    }
    QJsonObject withSession = request;
    withSession.insert(QStringLiteral("sid"), m_sessionId);
    post(withSession, [this, request, done, secondTry,
                       session = m_sessionId](const QString &error, const QJsonValue &content) {
        // The session expired or was ended elsewhere: one new login, quietly (unless a
        // call that ran alongside has made one already).
        if (error == answerError(QStringLiteral("NOT_LOGGED_IN")) && !secondTry) {
            qCDebug(lcNet) << "TT-RSS session ended, logging in again for" << op(request);
            if (m_sessionId == session)
                m_sessionId.clear();
            call(request, done, true);
            return;
        }
        done(error, content);
    });
}

void TtRssClient::post(QJsonObject request, Answer done)
{
    if (!m_network) {
        done(tr("Tidings is shutting down."), {});
        return;
    }
    QNetworkRequest http(m_apiUrl);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // TT-RSS binds a session to the User-Agent of its login: always the same one.
    http.setHeader(QNetworkRequest::UserAgentHeader, Net::FeedFetcher::userAgent());
    http.setTransferTimeout(m_options.timeoutMs);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply =
        m_network->post(http, QJsonDocument(request).toJson(QJsonDocument::Compact));
    reply->setParent(this); // Gone with the client: its callback then never runs.
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        finished(reply, done);
    });
}

void TtRssClient::finished(QNetworkReply *reply, const Answer &done)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        done(
            Net::FetchErrors::httpStatus(
                status, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()),
            {});
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        done(timedOut ? Net::FetchErrors::timeout(m_options.timeoutMs)
                      : Net::FetchErrors::network(reply->error(), m_apiUrl, reply->errorString()),
             {});
        return;
    }
    // A page of headlines with content is a large document: parsed on the work pool.
    WorkPool::run(
        this,
        [body = reply->readAll()] {
            QJsonParseError parseError;
            const QJsonObject answer = QJsonDocument::fromJson(body, &parseError).object();
            return std::make_pair(answer, parseError.error == QJsonParseError::NoError);
        },
        [this, done](const std::pair<QJsonObject, bool> &parsed) {
            answered(parsed.first, parsed.second, done);
        });
}

void TtRssClient::answered(const QJsonObject &answer, bool valid, const Answer &done)
{
    if (!valid || !answer.contains(QLatin1String("status"))) {
        done(tr("%1 did not answer like Tiny Tiny RSS. Check the server address.")
                 .arg(m_apiUrl.toDisplayString()),
             {});
        return;
    }
    const QJsonValue content = answer.value(QLatin1String("content"));
    if (answer.value(QLatin1String("status")).toInt() != 0) {
        done(answerError(content.toObject().value(QLatin1String("error")).toString()), {});
        return;
    }
    done({}, content);
}

QString TtRssClient::answerError(const QString &code) const
{
    if (code == QLatin1String("API_DISABLED"))
        return tr("The server does not allow API access for %1: enable API access in TT-RSS's "
                  "Preferences.")
            .arg(m_username);
    if (code == QLatin1String("LOGIN_ERROR"))
        return tr("The server refused the user name or the password of %1.").arg(m_username);
    if (code == QLatin1String("NOT_LOGGED_IN"))
        return tr("The server did not keep the session (it answered NOT_LOGGED_IN).");
    if (code == QLatin1String("FEED_NOT_FOUND"))
        return tr("The server no longer has that feed.");
    return tr("The server refused the request (%1).")
        .arg(code.isEmpty() ? QStringLiteral("?") : code);
}

void TtRssClient::folders(Reply<QList<Storage::RemoteFolder>> done)
{
    call({{QStringLiteral("op"), QStringLiteral("getCategories")},
          {QStringLiteral("include_empty"), true}},
         [done = std::move(done)](const QString &error, const QJsonValue &content) {
             done(error, TtRssJson::folders(content.toArray()));
         });
}

void TtRssClient::sources(Reply<QList<Storage::RemoteSource>> done)
{
    call({{QStringLiteral("op"), QStringLiteral("getFeeds")},
          {QStringLiteral("cat_id"), AllRealFeeds}},
         [done = std::move(done)](const QString &error, const QJsonValue &content) {
             done(error, TtRssJson::sources(content.toArray()));
         });
}

void TtRssClient::articles(qint64 sinceId, int offset, Reply<ArticlePage> done)
{
    const QJsonObject request{{QStringLiteral("op"), QStringLiteral("getHeadlines")},
                              {QStringLiteral("feed_id"), AllArticles},
                              {QStringLiteral("since_id"), sinceId},
                              {QStringLiteral("limit"), m_options.pageSize},
                              {QStringLiteral("skip"), offset},
                              {QStringLiteral("show_content"), true},
                              // Sanitized here like any feed; the server's own pass (a DOM
                              // parse per article) only costs time.
                              {QStringLiteral("sanitize"), false},
                              {QStringLiteral("include_attachments"), true},
                              {QStringLiteral("view_mode"), QStringLiteral("all_articles")}};
    call(request, [this, pageSize = m_options.pageSize,
                   done = std::move(done)](const QString &error, const QJsonValue &content) {
        if (!error.isEmpty()) {
            done(error, {});
            return;
        }
        // Sanitizing a page of HTML is CPU work: on the pool, the answer back on this thread.
        const QJsonArray headlines = content.toArray();
        WorkPool::run(
            this,
            [headlines] {
                ArticlePage page;
                page.articles = TtRssJson::articles(headlines);
                return page;
            },
            [done, received = int(headlines.size()), pageSize](ArticlePage page) {
                page.received = received;
                page.more = received >= pageSize;
                done({}, page);
            });
    });
}

namespace {

QJsonObject headlinesRequest(int feed, const char *viewMode)
{
    return QJsonObject{{QStringLiteral("op"), QStringLiteral("getHeadlines")},
                       {QStringLiteral("feed_id"), feed},
                       {QStringLiteral("view_mode"), QLatin1String(viewMode)},
                       {QStringLiteral("show_content"), false}};
}

/// Waits for several calls and answers once, with the first error.
struct Join
{
    explicit Join(int calls, std::function<void(const QString &)> then)
        : waiting(calls), done(std::move(then))
    {}

    void arrived(const QString &callError)
    {
        if (error.isEmpty())
            error = callError;
        if (--waiting == 0)
            done(error);
    }

    int waiting;
    std::function<void(const QString &)> done;
    QString error;
};

} // namespace

void TtRssClient::articleStates(Reply<ArticleStates> done)
{
    // Both lists at once: the server answers calls in parallel.
    const auto states = std::make_shared<ArticleStates>();
    const auto join =
        std::make_shared<Join>(2, [states, done = std::move(done)](const QString &error) {
            done(error, error.isEmpty() ? *states : ArticleStates());
        });
    collectIds(headlinesRequest(AllArticles, "unread"),
               [join, states](const QString &error, const QStringList &ids) {
                   states->unread = ids;
                   join->arrived(error);
               });
    collectIds(headlinesRequest(Starred, "all_articles"),
               [join, states](const QString &error, const QStringList &ids) {
                   states->bookmarked = ids;
                   join->arrived(error);
               });
}

void TtRssClient::changedStates(const KnownStates &known, Reply<ArticleStates> done)
{
    if (!known.lastSync.isValid() ||
        known.lastSync.secsTo(QDateTime::currentDateTimeUtc()) > RecentlyReadSecs) {
        articleStates(std::move(done));
        return;
    }
    struct Pass
    {
        ArticleStates states;
        QHash<QString, int> serverUnread;
        QList<std::pair<QString, QString>> recentlyRead;
    };
    const auto pass = std::make_shared<Pass>();
    pass->states.complete = false;
    auto compare = [this, pass, known, done](const QString &error) {
        if (!error.isEmpty()) {
            done(error, {});
            return;
        }
        // What the library would count after taking the recently read articles; a source
        // whose count still differs changed otherwise (marked unread, or read long ago).
        QHash<QString, int> localUnread = known.unreadBySource;
        for (const auto &[article, source] : std::as_const(pass->recentlyRead)) {
            pass->states.read.append(article);
            if (known.unread.contains(article))
                --localUnread[source];
        }
        QSet<QString> differing;
        for (auto it = pass->serverUnread.cbegin(); it != pass->serverUnread.cend(); ++it) {
            if (localUnread.value(it.key()) != it.value())
                differing.insert(it.key());
        }
        for (auto it = localUnread.cbegin(); it != localUnread.cend(); ++it) {
            if (it.value() != 0 && !pass->serverUnread.contains(it.key()))
                differing.insert(it.key());
        }
        pass->states.unreadSources = differing.values();
        unreadOf(pass->states.unreadSources,
                 [pass, done](const QString &error, const QStringList &unread) {
                     pass->states.unread = unread;
                     done(error, error.isEmpty() ? pass->states : ArticleStates());
                 });
    };
    const auto join = std::make_shared<Join>(3, std::move(compare));
    call({{QStringLiteral("op"), QStringLiteral("getCounters")}},
         [join, pass](const QString &error, const QJsonValue &content) {
             pass->serverUnread = TtRssJson::unreadBySource(content.toArray());
             join->arrived(error);
         });
    pages(
        headlinesRequest(RecentlyRead, "all_articles"),
        [pass](const QJsonArray &page) { pass->recentlyRead += TtRssJson::idsWithSources(page); },
        [join](const QString &error) { join->arrived(error); });
    collectIds(headlinesRequest(Starred, "all_articles"),
               [join, pass](const QString &error, const QStringList &ids) {
                   pass->states.bookmarked = ids;
                   join->arrived(error);
               });
}

void TtRssClient::unreadOf(const QStringList &sourceIds, Reply<QStringList> done)
{
    // A few sources at a time, each paged; the server serves a few calls at once.
    struct Queue
    {
        QStringList waiting;
        QStringList unread;
        int running = 0;
        QString error;
        Reply<QStringList> done;
    };
    const auto queue = std::make_shared<Queue>();
    queue->waiting = sourceIds;
    queue->done = std::move(done);
    const auto next = std::make_shared<std::function<void()>>();
    *next = [this, queue, weakNext = std::weak_ptr(next)] {
        const auto self = weakNext.lock();
        while (self && queue->error.isEmpty() && !queue->waiting.isEmpty() &&
               queue->running < m_options.parallelCalls) {
            ++queue->running;
            collectIds(headlinesRequest(queue->waiting.takeFirst().toInt(), "unread"),
                       [queue, self](const QString &error, const QStringList &ids) {
                           --queue->running;
                           if (queue->error.isEmpty())
                               queue->error = error;
                           queue->unread += ids;
                           (*self)();
                       });
        }
        if (queue->running == 0 && queue->done)
            std::exchange(queue->done, {})(queue->error,
                                           queue->error.isEmpty() ? queue->unread : QStringList());
    };
    (*next)();
}

struct TtRssClient::Paging
{
    QJsonObject request;
    std::function<void(const QJsonArray &)> page;
    Done done;
    int nextOffset = 0;
    int running = 0;
    bool wide = false;  ///< A full page came: ask for several at once.
    bool ended = false; ///< A short page came: nothing beyond it.
    QString error;
};

void TtRssClient::pages(const QJsonObject &request, std::function<void(const QJsonArray &)> page,
                        Done done)
{
    const auto paging = std::make_shared<Paging>();
    paging->request = request;
    paging->request.insert(QStringLiteral("limit"), m_options.pageSize);
    paging->page = std::move(page);
    paging->done = std::move(done);
    askForPages(paging);
}

void TtRssClient::askForPages(const std::shared_ptr<Paging> &paging)
{
    const int window = paging->wide ? m_options.parallelCalls : 1;
    while (!paging->ended && paging->error.isEmpty() && paging->running < window) {
        QJsonObject request = paging->request;
        request.insert(QStringLiteral("skip"), paging->nextOffset);
        paging->nextOffset += m_options.pageSize;
        ++paging->running;
        call(request, [this, paging](const QString &error, const QJsonValue &content) {
            --paging->running;
            if (!error.isEmpty()) {
                if (paging->error.isEmpty())
                    paging->error = error;
            } else {
                const QJsonArray page = content.toArray();
                paging->page(page);
                if (page.size() < m_options.pageSize)
                    paging->ended = true;
                else
                    paging->wide = true;
            }
            askForPages(paging);
        });
    }
    if (paging->running == 0 && paging->done)
        std::exchange(paging->done, {})(paging->error);
}

void TtRssClient::collectIds(const QJsonObject &request, Reply<QStringList> done)
{
    const auto ids = std::make_shared<QStringList>();
    pages(
        request, [ids](const QJsonArray &page) { *ids += TtRssJson::ids(page); },
        [ids, done = std::move(done)](const QString &error) {
            done(error, error.isEmpty() ? *ids : QStringList());
        });
}

void TtRssClient::setArticleStates(Storage::ChangeKind state, bool value,
                                   const QStringList &articleIds, Done done)
{
    const bool read = state == Storage::ChangeKind::Read;
    // Field 2 is "unread": marking read sets it to false.
    const QJsonObject request{{QStringLiteral("op"), QStringLiteral("updateArticle")},
                              {QStringLiteral("field"), read ? FieldUnread : FieldStarred},
                              {QStringLiteral("mode"), (read ? !value : value) ? 1 : 0}};
    updateInBatches(request, articleIds, std::move(done));
}

void TtRssClient::updateInBatches(QJsonObject request, QStringList ids, Done done)
{
    if (ids.isEmpty()) {
        done({});
        return;
    }
    const QStringList batch = ids.mid(0, m_options.idsPerUpdate);
    ids.remove(0, batch.size());
    // The server wants the ids as one comma-separated string.
    request.insert(QStringLiteral("article_ids"), batch.join(QLatin1Char(',')));
    call(request,
         [this, request, ids, done = std::move(done)](const QString &error, const QJsonValue &) {
             if (!error.isEmpty())
                 done(error);
             else
                 updateInBatches(request, ids, done);
         });
}

void TtRssClient::requireLevel(int level, const QString &tooLow, Done next)
{
    if (m_sessionId.isEmpty()) {
        logIn([this, level, tooLow, next = std::move(next)](const QString &error) {
            if (!error.isEmpty())
                next(error);
            else
                requireLevel(level, tooLow, next);
        });
        return;
    }
    next(m_apiLevel >= level ? QString() : tooLow.arg(m_apiLevel).arg(level));
}

QString TtRssClient::subscribeLevelTooLow()
{
    return tr("This Tiny Tiny RSS speaks API level %1; subscribing and unsubscribing through its "
              "API need level %2 (TT-RSS 1.7.6) or later.");
}

void TtRssClient::subscribe(const QUrl &feedUrl, const QString &folderId, Reply<QString> done)
{
    requireLevel(SubscribeApiLevel, subscribeLevelTooLow(),
                 [this, feedUrl, folderId, done = std::move(done)](const QString &error) {
                     if (!error.isEmpty())
                         done(error, {});
                     else
                         subscribeNow(feedUrl, folderId, done);
                 });
}

void TtRssClient::subscribeNow(const QUrl &feedUrl, const QString &folderId,
                               const Reply<QString> &done)
{
    QJsonObject request{{QStringLiteral("op"), QStringLiteral("subscribeToFeed")},
                        {QStringLiteral("feed_url"), feedUrl.toString(QUrl::FullyEncoded)}};
    if (!folderId.isEmpty())
        request.insert(QStringLiteral("category_id"), folderId);
    call(request, [feedUrl, done](const QString &error, const QJsonValue &content) {
        if (!error.isEmpty()) {
            done(error, {});
            return;
        }
        const QJsonObject status = content.toObject().value(QLatin1String("status")).toObject();
        const int code = status.value(QLatin1String("code")).toInt(-1);
        if (code == Subscribed || code == AlreadySubscribed) {
            done({}, TtRssJson::idText(status.value(QLatin1String("feed_id"))));
            return;
        }
        const QString message = status.value(QLatin1String("message")).toString();
        done(tr("The server could not subscribe to %1 (code %2%3).")
                 .arg(feedUrl.toDisplayString())
                 .arg(code)
                 .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message),
             {});
    });
}

void TtRssClient::expectOk(const QJsonObject &request, Done done)
{
    call(request,
         [done = std::move(done)](const QString &error, const QJsonValue &) { done(error); });
}

void TtRssClient::unsubscribe(const QString &sourceId, Done done)
{
    requireLevel(SubscribeApiLevel, subscribeLevelTooLow(),
                 [this, sourceId, done = std::move(done)](const QString &error) {
                     if (!error.isEmpty())
                         done(error);
                     else
                         unsubscribeNow(sourceId, done);
                 });
}

void TtRssClient::unsubscribeNow(const QString &sourceId, const Done &done)
{
    expectOk({{QStringLiteral("op"), QStringLiteral("unsubscribeFeed")},
              {QStringLiteral("feed_id"), sourceId}},
             [this, done](const QString &error) {
                 // Gone already (removed on another device): what was asked for.
                 done(error == answerError(QStringLiteral("FEED_NOT_FOUND")) ? QString() : error);
             });
}

void TtRssClient::markSourceRead(const QString &sourceId, Done done)
{
    expectOk({{QStringLiteral("op"), QStringLiteral("catchupFeed")},
              {QStringLiteral("feed_id"), sourceId}},
             std::move(done));
}

void TtRssClient::move(const QString &, const QString &, Done done)
{
    // The API has no call for it (up to level 23); the web interface does it.
    done(tr("Tiny Tiny RSS cannot move a feed through its API; move it in TT-RSS itself."));
}

void TtRssClient::rename(const QString &, const QString &, Done done)
{
    done(tr("Tiny Tiny RSS cannot rename a feed through its API; rename it in TT-RSS itself."));
}

} // namespace Sync
