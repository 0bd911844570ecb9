#pragma once

#include "storage/accountrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Sync {

/// The kinds of account a person can add, by the name of their server: the command line's
/// words (`tidings account add freshrss …`) and the choices of Preferences → Accounts. Several
/// are the same account type (all but ttrss speak the Google Reader API) with their own
/// address rules.
struct AccountPreset
{
    QString name;        ///< The command line's word: "ttrss", "greader", "freshrss", …
    QString displayName; ///< What Preferences shows.
    Storage::AccountType type = Storage::AccountType::TinyTinyRss;
    QUrl hostedUrl;      ///< A hosted service's address; empty for servers people run.
    QString placeholder; ///< An example address for servers people run.

    /// The address to store for what a person typed (empty: the hosted address): FreshRSS's
    /// API lives at …/api/greader.php below its address.
    [[nodiscard]] QUrl serverUrl(const QString &typed) const;
};

class AccountPresets final
{
    Q_DECLARE_TR_FUNCTIONS(Sync::AccountPresets)

public:
    [[nodiscard]] static QList<AccountPreset> all();
    [[nodiscard]] static std::optional<AccountPreset> named(const QString &name);
    /// The names, for usage messages: "ttrss, greader, freshrss, …".
    [[nodiscard]] static QString names();
    /// What a person calls the server of an account: "FreshRSS", "Inoreader", "Tiny Tiny RSS"
    /// (Miniflux's address says nothing of it: "Google Reader API").
    [[nodiscard]] static QString serverName(Storage::AccountType type, const QUrl &serverUrl);
};

} // namespace Sync
