#pragma once

#include "sync/accountclient.h"
#include "sync/greaderserver.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Sync {

/// An account on a server of the Google Reader API: FreshRSS, Miniflux, Inoreader, The Old
/// Reader, BazQux (see GReaderServer for what sets each apart). Logs in with ClientLogin for
/// the Auth token, which every call sends, and once more when a call answers 401; writes also
/// carry the T token (/reader/api/0/token), fetched again when a write answers 401.
///
/// New articles come ids first: the reading list's ids (stream/items/ids, page by page with
/// its continuation), less the ones the library holds (setStoredIds()), then their content
/// in batches (stream/items/contents); articles()'s offset counts into that list. The states
/// pass lists the unread ids (reading list without user/-/state/com.google/read) and the
/// starred ones.
class GReaderClient final : public AccountClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GReaderClient)

public:
    struct Options
    {
        int timeoutMs = 30'000;    ///< No byte for this long ends a call.
        int idsPerPage = 0;        ///< n of stream/items/ids; 0: what the server allows.
        int itemsPerRequest = 250; ///< Item ids per stream/items/contents call.
        int idsPerEdit = 250;      ///< Item ids per edit-tag call.
    };

    /// \a network must outlive the client and belong to the client's thread.
    GReaderClient(QNetworkAccessManager *network, const QUrl &serverUrl, const QString &username,
                  const QString &password, const Options &options, QObject *parent = nullptr);
    ~GReaderClient() override;

    /// Where the API of \a serverUrl answers: the address without a trailing slash, without
    /// /reader/api/0 or /accounts/ClientLogin when those were given too.
    [[nodiscard]] static QUrl apiBase(const QUrl &serverUrl);
    [[nodiscard]] GReaderServer server() const { return m_server; }

    void logIn(Done done) override;
    /// The protocol has no levels: always 0.
    [[nodiscard]] int apiLevel() const override { return 0; }
    void folders(Reply<QList<Storage::RemoteFolder>> done) override;
    void sources(Reply<QList<Storage::RemoteSource>> done) override;
    void articles(qint64 sinceId, int offset, Reply<ArticlePage> done) override;
    [[nodiscard]] bool wantsStoredIds() const override { return true; }
    void setStoredIds(QSet<QString> ids) override;
    void articleStates(Reply<ArticleStates> done) override;
    void setArticleStates(Storage::ChangeKind state, bool value, const QStringList &articleIds,
                          Done done) override;
    void subscribe(const QUrl &feedUrl, const QString &folderId, Reply<QString> done) override;
    void unsubscribe(const QString &sourceId, Done done) override;
    void move(const QString &sourceId, const QString &folderId, Done done) override;
    void rename(const QString &sourceId, const QString &title, Done done) override;
    void markSourceRead(const QString &sourceId, Done done) override;

private:
    using Fields = QList<QPair<QString, QString>>;
    /// One call: a GET with \a query, or (write) a POST of \a form with the T token.
    struct Call
    {
        QString path; ///< Below the API base: "/reader/api/0/tag/list".
        Fields query;
        Fields form;
        bool write = false;
    };
    using Answer = std::function<void(const QString &error, const QByteArray &body)>;
    struct Listing;

    /// Logs in first when there is no Auth token, fetches T first for a write, and tries
    /// again after a 401 (a write with a new T, then with a new login; a read with a new login).
    void call(const Call &request, Answer done, int attempt = 0);
    /// One HTTP request with the tokens as they are; \a done gets the status too.
    void send(const Call &request, bool withAuth,
              std::function<void(int status, const QString &error, const QByteArray &body)> done);
    void fetchToken(Done done);
    void callJson(const Call &request, Reply<QJsonObject> done);
    /// subscription/list as the server has it now.
    void listSources(Reply<QList<Storage::RemoteSource>> done);
    /// Every id of a stream, page by page with the continuation.
    void collectIds(Fields query, std::shared_ptr<QStringList> ids, QString continuation,
                    Reply<QStringList> done);
    void listNewArticles();
    void serveArticles(int offset, const Reply<ArticlePage> &done);
    void editTags(const QString &tagField, const QString &tag, QStringList ids, Done done);
    void editSubscription(const Fields &fields, Done done);
    [[nodiscard]] QString httpError(int status, const QByteArray &reason,
                                    const QByteArray &body) const;
    [[nodiscard]] QString notGoogleReader() const;

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_apiBase;
    GReaderServer m_server;
    GReaderTraits m_traits;
    QString m_username;
    QString m_password;
    Options m_options;
    QString m_auth;             ///< ClientLogin's Auth token.
    QString m_token;            ///< The T token for writes.
    QList<Done> m_loginWaiters; ///< Calls waiting for the login under way.
    QList<Done> m_tokenWaiters; ///< Writes waiting for the T token under way.
    QSet<QString> m_storedIds;
    std::shared_ptr<Listing> m_listing;     ///< The new articles of this sync, once listed.
    QList<Storage::RemoteSource> m_sources; ///< subscription/list as folders() read it.
};

} // namespace Sync
