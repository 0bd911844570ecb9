#pragma once

#include "storage/accountmirror.h"
#include "storage/accountrepository.h"
#include "storage/articlerepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace TestSupport {

/// A TT-RSS account in a test library, as a first sync leaves it: folder "f1", source "s1" in
/// it, and articles "r1" (unread), "r2" (read) and "r3" (unread, bookmarked) by server id.
struct RemoteAccount
{
    qint64 accountId = 0;
    qint64 sourceId = 0;
    QHash<QString, qint64> articles; ///< Local ids by server id.

    static Storage::RemoteArticle article(const QString &id, bool read, bool bookmarked)
    {
        Storage::RemoteArticle article;
        article.id = id;
        article.sourceId = QStringLiteral("s1");
        article.item.title = QStringLiteral("Article ") + id;
        article.item.link = QStringLiteral("https://example.org/") + id;
        article.item.content = QStringLiteral("<p>Text of ") + id + QStringLiteral("</p>");
        article.read = read;
        article.bookmarked = bookmarked;
        return article;
    }

    static RemoteAccount create(const QSqlDatabase &db, const QDateTime &now)
    {
        RemoteAccount account;
        Storage::AccountDraft draft;
        draft.serverUrl = QUrl(QStringLiteral("https://rss.example.org/tt-rss/"));
        draft.username = QStringLiteral("reader");
        account.accountId = Storage::AccountRepository(db).add(draft).value_or(0);
        Storage::AccountMirror mirror(db);
        if (!mirror.replaceFolders(account.accountId, {{QStringLiteral("f1"), "Folder"}}) ||
            !mirror.replaceSources(account.accountId, {{QStringLiteral("s1"),
                                                        QStringLiteral("f1"),
                                                        "Remote",
                                                        QUrl("https://example.org/feed.xml"),
                                                        {}}}) ||
            !mirror.storeArticles(account.accountId,
                                  {article("r1", false, false), article("r2", true, false),
                                   article("r3", false, true)},
                                  now)) {
            return {};
        }
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT a.remote_id, a.id, a.source_id FROM articles a"
                                  " WHERE a.remote_id IS NOT NULL"));
        while (query.next()) {
            account.articles.insert(query.value(0).toString(), query.value(1).toLongLong());
            account.sourceId = query.value(2).toLongLong();
        }
        return account;
    }
};

} // namespace TestSupport
