#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <optional>

namespace Storage {

/// What kind of library an account is: the local one, whose sources Tidings fetches itself,
/// or one on a server that fetches them and that Tidings syncs with.
enum class AccountType { Local, TinyTinyRss, GoogleReader };

/// The local account: the library as it was before accounts, always there.
inline constexpr qint64 LocalAccountId = 1;

/// What a person gives when adding an account.
struct AccountDraft
{
    AccountType type = AccountType::TinyTinyRss;
    QString title; ///< Empty: the server's host name.
    QUrl serverUrl;
    QString username; ///< The password is in the keyring, never here.
};

struct Account
{
    qint64 id = 0;
    AccountType type = AccountType::Local;
    QString title;
    QUrl serverUrl;
    QString username;
    int syncIntervalSeconds = 0; ///< 0: follow the application setting.
    QDateTime lastSync;          ///< The end of the last sync that succeeded.
    QString lastError;           ///< Why the last sync failed; empty when it did not.
    int apiLevel = 0;            ///< What the server said at the last login; 0: unknown.
    qint64 lastArticleId = 0;    ///< The highest server article id stored.
    int position = 0;
    int pendingChanges = 0; ///< Changes waiting to be sent.

    [[nodiscard]] bool isRemote() const { return type != AccountType::Local; }
    /// What a person calls a remote account: its title, else its server's host name.
    [[nodiscard]] QString name() const { return title.isEmpty() ? serverUrl.host() : title; }
};

/// The accounts (table accounts). Works on the connection it is given, on the thread that owns
/// it. Removing an account removes its folders and sources, and their articles except the
/// bookmarked ones, and whatever it still had to send; the local account cannot be removed.
class AccountRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Storage::AccountRepository)

public:
    explicit AccountRepository(QSqlDatabase database);

    /// The new account's id, or nothing (see errorMessage()).
    [[nodiscard]] std::optional<qint64> add(const AccountDraft &draft);
    /// What becomes of a removed account's bookmarked articles.
    enum class Bookmarks { CopyToLocal, Remove };
    /// \a bookmarks CopyToLocal keeps them in the library as articles of no server (under
    /// Bookmarks, with their source's title).
    [[nodiscard]] bool remove(qint64 id, Bookmarks bookmarks = Bookmarks::CopyToLocal);
    [[nodiscard]] std::optional<Account> find(qint64 id) const;
    /// Every account, the local one first, then in position order.
    [[nodiscard]] QList<Account> all() const;

    [[nodiscard]] bool recordSyncSuccess(qint64 id, const QDateTime &at);
    [[nodiscard]] bool recordSyncError(qint64 id, const QString &message);
    [[nodiscard]] bool setApiLevel(qint64 id, int level);
    /// \a seconds 0: follow the application setting.
    [[nodiscard]] bool setSyncInterval(qint64 id, int seconds);
    /// Raises the highest article id seen; never lowers it.
    [[nodiscard]] bool raiseLastArticleId(qint64 id, qint64 articleId);

    [[nodiscard]] static QString typeName(AccountType type);
    [[nodiscard]] static std::optional<AccountType> typeFromName(const QString &name);

    /// What went wrong in the last call that failed.
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

private:
    bool removeRow(qint64 id);
    bool fail(const QString &message) const;
    bool update(qint64 id, const QString &assignments, const QVariantList &values);

    QSqlDatabase m_database;
    mutable QString m_errorMessage;
};

} // namespace Storage
