#include "storage/accountrepository.h"

#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace Storage {

using SqlValues::exec;
using SqlValues::fromDateTime;
using SqlValues::fromText;
using SqlValues::toDateTime;

namespace {

const char *const SelectAccounts =
    "SELECT a.id, a.type, a.title, a.server_url, a.username, coalesce(a.sync_interval, 0),"
    " a.last_sync, a.last_error, coalesce(a.api_level, 0), a.last_article_id, a.position,"
    " (SELECT count(*) FROM pending_changes p WHERE p.account_id = a.id) FROM accounts a ";

Account readAccount(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.type =
        AccountRepository::typeFromName(query.value(1).toString()).value_or(AccountType::Local);
    account.title = query.value(2).toString();
    account.serverUrl = QUrl(query.value(3).toString());
    account.username = query.value(4).toString();
    account.syncIntervalSeconds = query.value(5).toInt();
    account.lastSync = toDateTime(query.value(6));
    account.lastError = query.value(7).toString();
    account.apiLevel = query.value(8).toInt();
    account.lastArticleId = query.value(9).toLongLong();
    account.position = query.value(10).toInt();
    account.pendingChanges = query.value(11).toInt();
    return account;
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase database) : m_database(std::move(database))
{}

QString AccountRepository::typeName(AccountType type)
{
    switch (type) {
    case AccountType::Local:
        return QStringLiteral("local");
    case AccountType::TinyTinyRss:
        return QStringLiteral("ttrss");
    case AccountType::GoogleReader:
        return QStringLiteral("greader");
    }
    return {};
}

std::optional<AccountType> AccountRepository::typeFromName(const QString &name)
{
    for (const AccountType type :
         {AccountType::Local, AccountType::TinyTinyRss, AccountType::GoogleReader}) {
        if (typeName(type) == name)
            return type;
    }
    return std::nullopt;
}

std::optional<qint64> AccountRepository::add(const AccountDraft &draft)
{
    if (draft.type == AccountType::Local) {
        fail(tr("There is only one local account."));
        return std::nullopt;
    }
    const QUrl url = draft.serverUrl;
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        fail(tr("\"%1\" is not a server address (http:// or https://).").arg(url.toString()));
        return std::nullopt;
    }
    if (draft.username.trimmed().isEmpty()) {
        fail(tr("An account needs a user name."));
        return std::nullopt;
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "INSERT INTO accounts (type, title, server_url, username, position)"
        " VALUES (?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM accounts))"));
    query.addBindValue(typeName(draft.type));
    query.addBindValue(draft.title.trimmed().isEmpty() ? url.host() : draft.title.trimmed());
    query.addBindValue(url.toString(QUrl::FullyEncoded));
    query.addBindValue(draft.username.trimmed());
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot add the account: %1").arg(error));
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool AccountRepository::remove(qint64 id, Bookmarks bookmarks)
{
    if (id == LocalAccountId)
        return fail(tr("The local account cannot be removed."));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(tr("Cannot remove the account: %1").arg(transaction.errorMessage()));
    // Kept bookmarks forget their server: nothing is queued for them any more.
    QSqlQuery articles(m_database);
    articles.prepare(
        bookmarks == Bookmarks::Remove
            ? QStringLiteral("DELETE FROM articles WHERE source_id IN"
                             " (SELECT id FROM sources WHERE account_id = ?)")
            : QStringLiteral("UPDATE articles SET remote_id = NULL, remote_read = NULL,"
                             " remote_bookmarked = NULL WHERE bookmarked = 1 AND"
                             " source_id IN (SELECT id FROM sources WHERE"
                             " account_id = ?)"));
    articles.addBindValue(id);
    QString error;
    if (!exec(articles, &error))
        return fail(tr("Cannot remove the account: %1").arg(error));
    if (!removeRow(id))
        return false;
    if (!transaction.commit())
        return fail(tr("Cannot remove the account: %1").arg(transaction.errorMessage()));
    return true;
}

bool AccountRepository::removeRow(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    query.addBindValue(id);
    QString error;
    if (!exec(query, &error))
        return fail(tr("Cannot remove the account: %1").arg(error));
    if (query.numRowsAffected() == 0)
        return fail(tr("There is no account %1.").arg(id));
    return true;
}

std::optional<Account> AccountRepository::find(qint64 id) const
{
    QSqlQuery query(m_database);
    query.prepare(QLatin1String(SelectAccounts) + QStringLiteral("WHERE a.id = ?"));
    query.addBindValue(id);
    QString error;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the accounts: %1").arg(error));
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readAccount(query);
}

QList<Account> AccountRepository::all() const
{
    QSqlQuery query(m_database);
    query.prepare(QLatin1String(SelectAccounts) +
                  QStringLiteral("ORDER BY a.id != 1, a.position, a.id"));
    QString error;
    QList<Account> accounts;
    if (!exec(query, &error)) {
        fail(tr("Cannot read the accounts: %1").arg(error));
        return accounts;
    }
    while (query.next())
        accounts.append(readAccount(query));
    return accounts;
}

bool AccountRepository::recordSyncSuccess(qint64 id, const QDateTime &at)
{
    return update(id, QStringLiteral("last_sync = ?, last_error = NULL"), {fromDateTime(at)});
}

bool AccountRepository::recordSyncError(qint64 id, const QString &message)
{
    return update(id, QStringLiteral("last_error = ?"), {fromText(message)});
}

bool AccountRepository::setSyncInterval(qint64 id, int seconds)
{
    return update(id, QStringLiteral("sync_interval = ?"),
                  {seconds > 0 ? QVariant(seconds) : QVariant(QMetaType(QMetaType::Int))});
}

bool AccountRepository::setApiLevel(qint64 id, int level)
{
    return update(id, QStringLiteral("api_level = ?"), {level});
}

bool AccountRepository::raiseLastArticleId(qint64 id, qint64 articleId)
{
    return update(id, QStringLiteral("last_article_id = max(last_article_id, ?)"), {articleId});
}

bool AccountRepository::update(qint64 id, const QString &assignments, const QVariantList &values)
{
    QString error;
    switch (SqlValues::updateRow(m_database, QLatin1String("accounts"), id, assignments, values,
                                 &error)) {
    case SqlValues::RowUpdate::Failed:
        return fail(tr("Cannot update the account: %1").arg(error));
    case SqlValues::RowUpdate::NoSuchRow:
        return fail(tr("There is no account %1.").arg(id));
    case SqlValues::RowUpdate::Done:
        break;
    }
    return true;
}

bool AccountRepository::fail(const QString &message) const
{
    m_errorMessage = message;
    return false;
}

} // namespace Storage
