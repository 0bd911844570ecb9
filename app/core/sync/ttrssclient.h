#pragma once

#include "sync/accountclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Sync {

/// A Tiny Tiny RSS account through its JSON API (POST {server}/api/). Logs in for a session
/// id, and once more when the server answers NOT_LOGGED_IN (sessions expire, and are bound to
/// the client's User-Agent). Works with API level 15 (Debian 12's server) and later.
class TtRssClient final : public AccountClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TtRssClient)

public:
    struct Options
    {
        int timeoutMs = 30'000;  ///< No byte for this long ends a call.
        int pageSize = 200;      ///< Headlines per call; servers give at most 200.
        int idsPerUpdate = 1000; ///< Article ids per updateArticle call.
        /// Pages of one list asked for at once: TT-RSS answers as many calls at once as it has
        /// PHP workers, and most of a call's time is its query, whatever the page size.
        int parallelCalls = 4;
    };

    /// How long TT-RSS lists an article under "Recently read" (a day), less a margin for
    /// the two clocks and the sync's own length: a sync less than this after the last one
    /// finds the articles read since on that list.
    static constexpr qint64 RecentlyReadSecs = 12 * 60 * 60;
    /// subscribeToFeed and unsubscribeFeed came with API level 5 (TT-RSS 1.7.6).
    static constexpr int SubscribeApiLevel = 5;

    /// \a network must outlive the client and belong to the client's thread.
    TtRssClient(QNetworkAccessManager *network, const QUrl &serverUrl, const QString &username,
                const QString &password, const Options &options, QObject *parent = nullptr);
    ~TtRssClient() override;

    /// Where the API of a server installed at \a serverUrl answers.
    [[nodiscard]] static QUrl apiUrl(const QUrl &serverUrl);

    void logIn(Done done) override;
    [[nodiscard]] int apiLevel() const override { return m_apiLevel; }
    void folders(Reply<QList<Storage::RemoteFolder>> done) override;
    void sources(Reply<QList<Storage::RemoteSource>> done) override;
    void articles(qint64 sinceId, int offset, Reply<ArticlePage> done) override;
    [[nodiscard]] int parallelPages() const override { return m_options.parallelCalls; }
    [[nodiscard]] bool listsEveryArticleWithStates() const override { return true; }
    void articleStates(Reply<ArticleStates> done) override;
    /// Articles read lately (the "Recently read" list), and the unread ones of the sources
    /// whose unread count (getCounters) still differs from \a known after those.
    void changedStates(const KnownStates &known, Reply<ArticleStates> done) override;
    void setArticleStates(Storage::ChangeKind state, bool value, const QStringList &articleIds,
                          Done done) override;
    void subscribe(const QUrl &feedUrl, const QString &folderId, Reply<QString> done) override;
    void unsubscribe(const QString &sourceId, Done done) override;
    void move(const QString &sourceId, const QString &folderId, Done done) override;
    void rename(const QString &sourceId, const QString &title, Done done) override;
    void markSourceRead(const QString &sourceId, Done done) override;

private:
    using Answer = std::function<void(const QString &error, const QJsonValue &content)>;

    /// One API call with the session, logging in first when there is none, and again once
    /// when the server forgot it.
    void call(const QJsonObject &request, Answer done, bool secondTry = false);
    /// One POST, without any login.
    void post(QJsonObject request, Answer done);
    void finished(QNetworkReply *reply, const Answer &done);
    void answered(const QJsonObject &answer, bool valid, const Answer &done);
    /// Every page of a getHeadlines \a request: the first alone, then several at once once
    /// the list proves longer. \a page gets each page (in any order).
    void pages(const QJsonObject &request, std::function<void(const QJsonArray &)> page, Done done);
    struct Paging;
    void askForPages(const std::shared_ptr<Paging> &paging);
    void collectIds(const QJsonObject &request, Reply<QStringList> done);
    /// The unread ids of \a sourceIds, a few sources at a time.
    void unreadOf(const QStringList &sourceIds, Reply<QStringList> done);
    void updateInBatches(QJsonObject request, QStringList ids, Done done);
    void expectOk(const QJsonObject &request, Done done);
    /// \a next with an empty error once logged in to a server of API level \a level or
    /// later, else with \a tooLow, its %1 the server's level and %2 \a level.
    void requireLevel(int level, const QString &tooLow, Done next);
    [[nodiscard]] static QString subscribeLevelTooLow();
    void subscribeNow(const QUrl &feedUrl, const QString &folderId, const Reply<QString> &done);
    void unsubscribeNow(const QString &sourceId, const Done &done);
    [[nodiscard]] QString answerError(const QString &code) const;

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_apiUrl;
    QString m_username;
    QString m_password;
    Options m_options;
    QString m_sessionId;
    int m_apiLevel = 0;
    QList<Done> m_loginWaiters; ///< Calls waiting for the login under way.
};

} // namespace Sync
