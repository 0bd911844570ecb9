#pragma once

#include <QString>

namespace Secrets {

/// The keyring entry that holds the password of sync account \a accountId
/// ("account/<id>/password"); the database never holds it.
[[nodiscard]] QString accountPasswordKey(qint64 accountId);

/// The environment variable that, when set, gives the password of every account instead of
/// the keyring: for tests and machines without a keyring service. Nothing is stored then.
inline constexpr const char *AccountPasswordVariable = "TIDINGS_ACCOUNT_PASSWORD";

} // namespace Secrets
