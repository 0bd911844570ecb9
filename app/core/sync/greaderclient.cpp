#include "sync/greaderclient.h"

#include "base/logging.h"
#include "net/feedfetcher.h"
#include "net/fetcherrors.h"
#include "sync/greaderjson.h"
#include "threading/workpool.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace Sync {

namespace {

const QLatin1String ApiPath("/reader/api/0");
const QLatin1String LoginPath("/accounts/ClientLogin");
const QLatin1String ReadingList("user/-/state/com.google/reading-list");
const QLatin1String ReadState("user/-/state/com.google/read");
const QLatin1String StarredState("user/-/state/com.google/starred");

QString api(const char *call)
{
    return ApiPath + QLatin1Char('/') + QLatin1String(call);
}

// Form and query fields, every reserved character escaped: PHP reads a bare '+' as a space.
QByteArray encoded(const QList<QPair<QString, QString>> &fields)
{
    QByteArray result;
    for (const auto &[name, value] : fields) {
        if (!result.isEmpty())
            result += '&';
        result += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return result;
}

// What a server said about a refusal, when it said it briefly: FreshRSS answers
// "Bad Request!", Miniflux {"error_message": "…"}.
QString serverWords(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString words = json.isEmpty() ? QString::fromUtf8(body).trimmed()
                                   : json.value(QLatin1String("error_message")).toString();
    if (words.size() > 200 || words.contains(QLatin1Char('\n')) ||
        words.startsWith(QLatin1Char('<')))
        return {};
    return words;
}

} // namespace

struct GReaderClient::Listing
{
    bool done = false;
    QString error;
    QStringList ids; ///< The articles to fetch, newest first.
    QList<QPair<int, Reply<ArticlePage>>> waiting;
};

GReaderClient::GReaderClient(QNetworkAccessManager *network, const QUrl &serverUrl,
                             const QString &username, const QString &password,
                             const Options &options, QObject *parent)
    : AccountClient(parent), m_network(network), m_apiBase(apiBase(serverUrl)),
      m_server(greaderServerOf(m_apiBase)), m_traits(greaderTraitsOf(m_server)),
      m_username(username), m_password(password), m_options(options)
{
    if (m_options.idsPerPage <= 0)
        m_options.idsPerPage = m_traits.idsPerPage;
}

GReaderClient::~GReaderClient() = default;

QUrl GReaderClient::apiBase(const QUrl &serverUrl)
{
    QUrl url = serverUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    for (const QLatin1String tail : {LoginPath, ApiPath}) {
        if (path.endsWith(tail + QLatin1Char('/')))
            path.chop(1);
        if (path.endsWith(tail))
            path.chop(tail.size());
    }
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QString GReaderClient::notGoogleReader() const
{
    return tr("%1 did not answer like a Google Reader API server. Check the server address "
              "(FreshRSS: …/api/greader.php; Miniflux: its root address).")
        .arg(m_apiBase.toDisplayString());
}

QString GReaderClient::httpError(int status, const QByteArray &reason, const QByteArray &body) const
{
    if (status == 401 || status == 403)
        return tr("The server did not accept the login of %1 (%2). Check the user name and the "
                  "API password (FreshRSS: Profile → API password; Miniflux: Settings → "
                  "Integrations → Google Reader).")
            .arg(m_username)
            .arg(status);
    if (status == 503 && m_server == GReaderServer::FreshRss)
        return tr("The server's API is turned off: allow API access in FreshRSS's "
                  "Administration → Authentication.");
    if (status == 404)
        return notGoogleReader();
    const QString words = serverWords(body);
    const QString error = Net::FetchErrors::httpStatus(status, reason);
    return words.isEmpty() ? error : tr("%1 (the server said: %2)").arg(error, words);
}

void GReaderClient::send(
    const Call &request, bool withAuth,
    std::function<void(int status, const QString &error, const QByteArray &body)> done)
{
    if (!m_network) {
        done(0, tr("Tidings is shutting down."), {});
        return;
    }
    QUrl url = m_apiBase;
    url.setPath(m_apiBase.path() + request.path);
    Fields query = request.query;
    if (request.path != LoginPath)
        query.append({QStringLiteral("output"), QStringLiteral("json")});
    url.setQuery(QString::fromLatin1(encoded(query)));
    QNetworkRequest http(url);
    http.setHeader(QNetworkRequest::UserAgentHeader, Net::FeedFetcher::userAgent());
    http.setTransferTimeout(m_options.timeoutMs);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::NoLessSafeRedirectPolicy);
    if (withAuth)
        http.setRawHeader("Authorization", "GoogleLogin auth=" + m_auth.toUtf8());
    QNetworkReply *reply = nullptr;
    if (request.write || request.path == LoginPath) {
        Fields form = request.form;
        if (request.write)
            form.append({QStringLiteral("T"), m_token});
        http.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(http, encoded(form));
    } else {
        reply = m_network->get(http);
    }
    reply->setParent(this); // Gone with the client: its callback then never runs.
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // An aborted reply (a timeout) has no body to read.
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (status >= 400) {
            done(status,
                 httpError(
                     status,
                     reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
                     body),
                 body);
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                  reply->error() == QNetworkReply::TimeoutError;
            done(status,
                 timedOut
                     ? Net::FetchErrors::timeout(m_options.timeoutMs)
                     : Net::FetchErrors::network(reply->error(), m_apiBase, reply->errorString()),
                 {});
            return;
        }
        done(status, {}, body);
    });
}

void GReaderClient::logIn(Done done)
{
    m_loginWaiters.append(std::move(done));
    if (m_loginWaiters.size() > 1)
        return; // The login under way answers this one too.
    m_auth.clear();
    m_token.clear();
    Call login;
    login.path = LoginPath;
    // accountType and service as Google wanted them; The Old Reader still asks for them.
    login.form = {{QStringLiteral("Email"), m_username},
                  {QStringLiteral("Passwd"), m_password},
                  {QStringLiteral("accountType"), QStringLiteral("HOSTED_OR_GOOGLE")},
                  {QStringLiteral("service"), QStringLiteral("reader")},
                  {QStringLiteral("client"), QStringLiteral("Tidings")}};
    send(login, false, [this](int status, QString error, const QByteArray &body) {
        if (error.isEmpty()) {
            m_auth = GReaderJson::authToken(body);
            if (m_auth.isEmpty())
                error =
                    body.contains("BadAuthentication") ? httpError(403, {}, {}) : notGoogleReader();
        } else if (status == 400 && m_server == GReaderServer::FreshRss) {
            // FreshRSS answers a user name it does not know with 400.
            error = httpError(401, {}, {});
        }
        const QList<Done> waiters = std::exchange(m_loginWaiters, {});
        for (const Done &waiter : waiters)
            waiter(error);
    });
}

void GReaderClient::fetchToken(Done done)
{
    m_tokenWaiters.append(std::move(done));
    if (m_tokenWaiters.size() > 1)
        return;
    Call token;
    token.path = api("token");
    call(token, [this](const QString &error, const QByteArray &body) {
        m_token = error.isEmpty() ? QString::fromUtf8(body).trimmed() : QString();
        const QString result =
            error.isEmpty() && m_token.isEmpty() ? tr("The server gave no T token.") : error;
        const QList<Done> waiters = std::exchange(m_tokenWaiters, {});
        for (const Done &waiter : waiters)
            waiter(result);
    });
}

void GReaderClient::call(const Call &request, Answer done, int attempt)
{
    const auto again = [this, request, done, attempt](const QString &error) {
        if (!error.isEmpty())
            done(error, {});
        else
            call(request, done, attempt);
    };
    if (m_auth.isEmpty()) {
        logIn(again);
        return;
    }
    if (request.write && m_token.isEmpty()) {
        fetchToken(again);
        return;
    }
    send(request, true,
         [this, request, done, attempt, auth = m_auth,
          token = m_token](int status, const QString &error, const QByteArray &body) {
             // Google's T tokens lasted 30 minutes and its logins days: a write refused gets
             // a new T token, then a new login; a read refused, a new login.
             const int tries = request.write ? 2 : 1;
             if (status == 401 && attempt < tries) {
                 qCDebug(lcNet) << "Google Reader API answered 401 to" << request.path << "; new"
                                << (request.write && attempt == 0 ? "T token" : "login");
                 if (request.write && attempt == 0) {
                     if (m_token == token)
                         m_token.clear();
                 } else if (m_auth == auth) {
                     m_auth.clear();
                     m_token.clear();
                 }
                 call(request, done, attempt + 1);
                 return;
             }
             done(error, body);
         });
}

void GReaderClient::callJson(const Call &request, Reply<QJsonObject> done)
{
    call(request, [this, done = std::move(done)](const QString &error, const QByteArray &body) {
        if (!error.isEmpty()) {
            done(error, {});
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !json.isObject())
            done(notGoogleReader(), {});
        else
            done({}, json.object());
    });
}

void GReaderClient::folders(Reply<QList<Storage::RemoteFolder>> done)
{
    callJson({api("tag/list"), {}, {}, false}, [this, done = std::move(done)](
                                                   const QString &error, const QJsonObject &tags) {
        if (!error.isEmpty()) {
            done(error, {});
            return;
        }
        // Some servers list only labels in use: the subscriptions name the rest.
        callJson({api("subscription/list"), {}, {}, false},
                 [this, done, tags](const QString &error, const QJsonObject &list) {
                     QList<Storage::RemoteFolder> folders = GReaderJson::folders(tags);
                     m_sources = GReaderJson::sources(list);
                     folders += GReaderJson::foldersOf(m_sources, folders);
                     done(error, error.isEmpty() ? folders : QList<Storage::RemoteFolder>());
                 });
    });
}

void GReaderClient::sources(Reply<QList<Storage::RemoteSource>> done)
{
    if (!m_sources.isEmpty()) {
        done({}, std::exchange(m_sources, {}));
        return;
    }
    listSources(std::move(done));
}

void GReaderClient::listSources(Reply<QList<Storage::RemoteSource>> done)
{
    callJson({api("subscription/list"), {}, {}, false},
             [done = std::move(done)](const QString &error, const QJsonObject &list) {
                 done(error, GReaderJson::sources(list));
             });
}

void GReaderClient::setStoredIds(QSet<QString> ids)
{
    m_storedIds = std::move(ids);
}

void GReaderClient::collectIds(Fields query, std::shared_ptr<QStringList> ids, QString continuation,
                               Reply<QStringList> done)
{
    Fields page = query;
    page.append({QStringLiteral("n"), QString::number(m_options.idsPerPage)});
    if (!continuation.isEmpty())
        page.append({QStringLiteral("c"), continuation});
    callJson({api("stream/items/ids"), page, {}, false},
             [this, query, ids, continuation, done = std::move(done)](const QString &error,
                                                                      const QJsonObject &answer) {
                 if (!error.isEmpty()) {
                     done(error, {});
                     return;
                 }
                 const GReaderJson::IdPage page = GReaderJson::idPage(answer);
                 ids->append(page.ids);
                 // A continuation that does not move on would loop forever.
                 if (page.continuation.isEmpty() || page.continuation == continuation ||
                     page.ids.isEmpty()) {
                     ids->removeDuplicates(); // Pages may overlap when items arrive meanwhile.
                     done({}, *ids);
                     return;
                 }
                 collectIds(query, ids, page.continuation, done);
             });
}

void GReaderClient::articles(qint64, int offset, Reply<ArticlePage> done)
{
    if (offset == 0 || !m_listing) {
        m_listing = std::make_shared<Listing>();
        m_listing->waiting.append({offset, std::move(done)});
        listNewArticles();
        return;
    }
    if (!m_listing->done) {
        m_listing->waiting.append({offset, std::move(done)});
        return;
    }
    serveArticles(offset, done);
}

void GReaderClient::listNewArticles()
{
    const std::weak_ptr<Listing> listing = m_listing;
    collectIds({{QStringLiteral("s"), ReadingList}}, std::make_shared<QStringList>(), {},
               [this, listing](const QString &error, const QStringList &ids) {
                   const std::shared_ptr<Listing> current = listing.lock();
                   if (!current || current != m_listing)
                       return; // A newer listing replaced this one.
                   current->done = true;
                   current->error = error;
                   for (const QString &id : ids) {
                       if (!m_storedIds.contains(id))
                           current->ids.append(id);
                   }
                   const auto waiting = std::exchange(current->waiting, {});
                   for (const auto &[offset, done] : waiting)
                       serveArticles(offset, done);
               });
}

void GReaderClient::serveArticles(int offset, const Reply<ArticlePage> &done)
{
    if (!m_listing->error.isEmpty()) {
        done(m_listing->error, {});
        return;
    }
    const QStringList batch = m_listing->ids.mid(offset, m_options.itemsPerRequest);
    if (batch.isEmpty()) {
        done({}, {});
        return;
    }
    Call contents{api("stream/items/contents"), {}, {}, true};
    for (const QString &id : batch)
        contents.form.append({QStringLiteral("i"), GReaderJson::longItemId(id)});
    const bool more = offset + batch.size() < m_listing->ids.size();
    call(contents, [this, done, received = int(batch.size()), more](const QString &error,
                                                                    const QByteArray &body) {
        if (!error.isEmpty()) {
            done(error, {});
            return;
        }
        // Parsing and sanitizing a batch of HTML is CPU work: on the pool.
        WorkPool::run(
            this,
            [body] {
                QJsonParseError parseError;
                const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
                std::optional<ArticlePage> page;
                if (parseError.error == QJsonParseError::NoError && json.isObject())
                    page = ArticlePage{GReaderJson::articles(json.object()), 0, false};
                return page;
            },
            [this, done, received, more](std::optional<ArticlePage> page) {
                if (!page) {
                    done(notGoogleReader(), {});
                    return;
                }
                page->received = received;
                page->more = more;
                done({}, *page);
            });
    });
}

void GReaderClient::articleStates(Reply<ArticleStates> done)
{
    // Both lists at once: the server answers two calls in parallel.
    struct Join
    {
        ArticleStates states;
        QString error;
        int waiting = 2;
    };
    const auto join = std::make_shared<Join>();
    const auto arrived = [join, done = std::move(done)](const QString &error) {
        if (join->error.isEmpty())
            join->error = error;
        if (--join->waiting == 0)
            done(join->error, join->error.isEmpty() ? join->states : ArticleStates());
    };
    collectIds({{QStringLiteral("s"), ReadingList}, {QStringLiteral("xt"), ReadState}},
               std::make_shared<QStringList>(), {},
               [join, arrived](const QString &error, const QStringList &ids) {
                   join->states.unread = ids;
                   arrived(error);
               });
    collectIds({{QStringLiteral("s"), StarredState}}, std::make_shared<QStringList>(), {},
               [join, arrived](const QString &error, const QStringList &ids) {
                   join->states.bookmarked = ids;
                   arrived(error);
               });
}

void GReaderClient::setArticleStates(Storage::ChangeKind state, bool value,
                                     const QStringList &articleIds, Done done)
{
    const QString tag = state == Storage::ChangeKind::Read ? ReadState : StarredState;
    editTags(value ? QStringLiteral("a") : QStringLiteral("r"), tag, articleIds, std::move(done));
}

void GReaderClient::editTags(const QString &tagField, const QString &tag, QStringList ids,
                             Done done)
{
    if (ids.isEmpty()) {
        done({});
        return;
    }
    const QStringList batch = ids.mid(0, m_options.idsPerEdit);
    ids.remove(0, batch.size());
    Call edit{api("edit-tag"), {}, {{tagField, tag}}, true};
    for (const QString &id : batch)
        edit.form.append({QStringLiteral("i"), GReaderJson::longItemId(id)});
    call(edit, [this, tagField, tag, ids, done = std::move(done)](const QString &error,
                                                                  const QByteArray &) {
        if (!error.isEmpty())
            done(error);
        else
            editTags(tagField, tag, ids, done);
    });
}

void GReaderClient::subscribe(const QUrl &feedUrl, const QString &folderId, Reply<QString> done)
{
    const QString url = feedUrl.toString(QUrl::FullyEncoded);
    // FreshRSS reads quickadd from the query only, Miniflux from either.
    Call quickadd{api("subscription/quickadd"), {{QStringLiteral("quickadd"), url}}, {}, true};
    quickadd.form = quickadd.query;
    callJson(quickadd, [this, feedUrl, folderId,
                        done = std::move(done)](const QString &error, const QJsonObject &answer) {
        if (!error.isEmpty()) {
            done(error, {});
            return;
        }
        QString stream = answer.value(QLatin1String("streamId")).toString();
        if (answer.value(QLatin1String("streamId")).isDouble()) // Older FreshRSS: the number.
            stream = QStringLiteral("feed/%1").arg(
                qint64(answer.value(QLatin1String("streamId")).toDouble()));
        if (answer.value(QLatin1String("numResults")).toInt() < 1 || stream.isEmpty()) {
            const QString why = answer.value(QLatin1String("error")).toString();
            done(tr("The server could not subscribe to %1%2.")
                     .arg(feedUrl.toDisplayString(),
                          why.isEmpty() ? QString() : QStringLiteral(": ") + why),
                 {});
            return;
        }
        if (folderId.isEmpty()) {
            done({}, stream);
            return;
        }
        move(stream, folderId, [done, stream](const QString &error) {
            done(error, error.isEmpty() ? stream : QString());
        });
    });
}

void GReaderClient::editSubscription(const Fields &fields, Done done)
{
    call({api("subscription/edit"), {}, fields, true},
         [done = std::move(done)](const QString &error, const QByteArray &) { done(error); });
}

void GReaderClient::unsubscribe(const QString &sourceId, Done done)
{
    editSubscription(
        {{QStringLiteral("ac"), QStringLiteral("unsubscribe")}, {QStringLiteral("s"), sourceId}},
        [this, sourceId, done = std::move(done)](const QString &error) {
            if (error.isEmpty()) {
                done({});
                return;
            }
            // FreshRSS refuses a feed it no longer has (400), Miniflux fails on it (500): gone
            // already, removed on another device, is what was asked for.
            listSources([sourceId, error, done](const QString &listError,
                                                const QList<Storage::RemoteSource> &list) {
                const bool gone = listError.isEmpty() &&
                                  std::none_of(list.cbegin(), list.cend(),
                                               [&](const auto &s) { return s.id == sourceId; });
                done(gone ? QString() : error);
            });
        });
}

void GReaderClient::move(const QString &sourceId, const QString &folderId, Done done)
{
    if (folderId.isEmpty()) {
        // Miniflux keeps every feed in a category; the protocol has no "no folder".
        done(tr("A Google Reader API server keeps every feed in a folder: move it into one."));
        return;
    }
    editSubscription({{QStringLiteral("ac"), QStringLiteral("edit")},
                      {QStringLiteral("s"), sourceId},
                      {QStringLiteral("a"), folderId}},
                     std::move(done));
}

void GReaderClient::rename(const QString &sourceId, const QString &title, Done done)
{
    editSubscription({{QStringLiteral("ac"), QStringLiteral("edit")},
                      {QStringLiteral("s"), sourceId},
                      {QStringLiteral("t"), title}},
                     std::move(done));
}

void GReaderClient::markSourceRead(const QString &sourceId, Done done)
{
    // Only what the server held when asked: an article arriving meanwhile stays unread.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 ts = now * (m_traits.markAllUnitsPerSecond / 1000);
    call({api("mark-all-as-read"),
          {},
          {{QStringLiteral("s"), sourceId}, {QStringLiteral("ts"), QString::number(ts)}},
          true},
         [this, sourceId, done = std::move(done)](const QString &error, const QByteArray &body) {
             if (!error.isEmpty() || body.trimmed() == "OK") {
                 done(error);
                 return;
             }
             // Miniflux has no mark-all-as-read (it answers [] to calls it does not know):
             // the source's unread ids, marked read.
             collectIds({{QStringLiteral("s"), sourceId}, {QStringLiteral("xt"), ReadState}},
                        std::make_shared<QStringList>(), {},
                        [this, done](const QString &error, const QStringList &ids) {
                            if (!error.isEmpty())
                                done(error);
                            else
                                editTags(QStringLiteral("a"), ReadState, ids, done);
                        });
         });
}

} // namespace Sync
