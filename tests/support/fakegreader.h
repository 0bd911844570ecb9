#pragma once

#include "httpserver.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace TestSupport {

/// A Google Reader API server in the test, on the in-test HTTP server, holding its own state
/// (feeds in folders, items read and starred) that a test changes as another device would.
/// It answers as the servers' public source documents them (FreshRSS p/api/greader.php,
/// Miniflux internal/googlereader), in the flavour asked for:
///
/// - FreshRss: the API at /api/greader.php; ClientLogin refused with 401 "Unauthorized!" and
///   a Google-Bad-Token header; a T token of its own (57 characters) checked on writes;
///   continuation = the last id sent; mark-all-as-read answers "OK".
/// - Miniflux: the API at the root; refusals are 401 {"error_message":"Access Unauthorized"}
///   (ClientLogin) or "Unauthorized" (calls); T equals the Auth token and every POST must carry
///   it; continuation = an offset; mark-all-as-read is unknown (answers []).
/// - Google: as the hosted services (Inoreader, The Old Reader, BazQux) document it: ClientLogin
///   refused with 403 "Error=BadAuthentication"; continuation is opaque text.
///
/// Item ids are 64-bit numbers: stream/items/ids gives them in decimal, stream/items/contents
/// in the long form, and both forms are taken in requests.
class FakeGReader final
{
public:
    enum class Flavour { FreshRss, Miniflux, Google };

    struct Feed
    {
        QString id; ///< "feed/3"
        QString title;
        QString url;
        QString folder; ///< A label's name; empty: none.
    };

    struct Item
    {
        qint64 id = 0;
        QString feedId;
        QString title;
        QString content;
        qint64 published = 0;
        bool read = false;
        bool starred = false;
    };

    explicit FakeGReader(Flavour flavour = Flavour::FreshRss);

    [[nodiscard]] bool listen() { return m_server.listen(); }
    /// What a person types as the server address.
    [[nodiscard]] QUrl serverUrl() const;
    [[nodiscard]] HttpServer &server() { return m_server; }
    [[nodiscard]] Flavour flavour() const { return m_flavour; }

    // The server's state, as another device changes it.
    QString addFeed(const QString &title, const QString &folder = {});
    /// Adds \a count items to \a feedId, newest last; returns their ids.
    QList<qint64> addItems(const QString &feedId, int count);
    /// Adds \a feeds feeds of \a items items each, in folders of ten feeds.
    void populate(int feeds, int items);
    void setRead(qint64 id, bool read);
    void setStarred(qint64 id, bool starred);
    [[nodiscard]] const Item *item(qint64 id) const;
    [[nodiscard]] int itemCount() const { return int(m_items.size()); }
    [[nodiscard]] QList<Feed> feeds() const { return m_feeds; }

    /// Forgets every Auth token handed out (a login expired): calls answer 401 until the
    /// client logs in again.
    void expireLogins() { ++m_loginGeneration; }
    /// Forgets the T token (Google's lasted 30 minutes): writes answer 401 until the client
    /// fetches a new one.
    void expireToken() { ++m_tokenGeneration; }

    /// Answers a request before the server does when it returns a response (a 500, a stall);
    /// nothing: the server answers.
    std::function<std::optional<HttpResponse>(const HttpRequest &request, const QString &call)>
        intercept;

    QString username = QStringLiteral("reader");
    QString password = QStringLiteral("secret+pass word");
    /// Repeat an id in every ids page, and an item in every contents answer.
    bool duplicateIds = false;

    /// The calls received, by name below /reader/api/0 ("stream/items/ids") or
    /// "accounts/ClientLogin".
    [[nodiscard]] int callCount(const QString &call) const { return m_calls.value(call); }
    [[nodiscard]] QList<QUrlQuery> callsOf(const QString &call) const
    {
        return m_callLog.value(call);
    }
    void clearCalls()
    {
        m_calls.clear();
        m_callLog.clear();
    }

    [[nodiscard]] static QString longId(qint64 id);

private:
    HttpResponse respond(const HttpRequest &request, const QString &call);
    HttpResponse clientLogin(const QUrlQuery &form);
    [[nodiscard]] bool authorized(const HttpRequest &request, const QUrlQuery &form,
                                  bool write) const;
    HttpResponse unauthorized(bool atLogin) const;
    HttpResponse itemIds(const QUrlQuery &query);
    HttpResponse contents(const QUrlQuery &form);
    HttpResponse editTag(const QUrlQuery &form);
    HttpResponse subscriptionEdit(const QUrlQuery &form);
    HttpResponse quickAdd(const QUrlQuery &query);
    HttpResponse markAllAsRead(const QUrlQuery &form);
    HttpResponse tagList() const;
    HttpResponse subscriptionList() const;
    [[nodiscard]] QString authToken() const;
    [[nodiscard]] QString writeToken() const;
    [[nodiscard]] static std::optional<qint64> parseItemId(const QString &text);

    Flavour m_flavour;
    HttpServer m_server;
    QList<Feed> m_feeds;
    QMap<qint64, Item> m_items; ///< By id: ascending is oldest first.
    qint64 m_nextId = 1'700'000'000'000'000;
    int m_nextFeed = 1;
    int m_loginGeneration = 0;
    int m_tokenGeneration = 0;
    QHash<QString, int> m_calls;
    QHash<QString, QList<QUrlQuery>> m_callLog;
};

} // namespace TestSupport
